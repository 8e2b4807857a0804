import { describe, expect, it } from "vitest";
import { RuleViolation } from "./errors.js";
import { countWords, PITCH_PARTS, type PitchParts, pitchTiming } from "./pitch.js";
import { DEFAULT_SETTINGS } from "./settings.js";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["hello", 1],
    ["  two   words ", 2],
    ["line\nbreaks\tand tabs", 4],
    ["Zoë Löwe from São Paulo", 5],
    ["a mid-size supplier", 3],
    ["I'm in my final year", 5],
    ["Worked 3 years at ACME — then left", 7],
    ["- bullet • points …", 2],
    ["北京 数据", 2],
  ])("counts %j as %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("PITCH_PARTS", () => {
  it("orders the four parts", () => {
    expect(PITCH_PARTS.map((p) => p.key)).toEqual([
      "whoIAm",
      "whatIDid",
      "whatIWant",
      "howYouCanHelp",
    ]);
  });
});

describe("pitchTiming", () => {
  const empty: PitchParts = { whoIAm: "", whatIDid: "", whatIWant: "", howYouCanHelp: "" };

  it("is empty with no words, and lists every part as missing", () => {
    const timing = pitchTiming(empty, DEFAULT_SETTINGS);
    expect(timing).toMatchObject({ words: 0, seconds: 0, overBySeconds: 0, state: "empty" });
    expect(timing.missingParts).toEqual(PITCH_PARTS.map((p) => p.key));
  });

  it("times each part at 150 words a minute", () => {
    const timing = pitchTiming(
      { whoIAm: words(15), whatIDid: words(20), whatIWant: words(10), howYouCanHelp: words(25) },
      DEFAULT_SETTINGS,
    );
    expect(timing.perPart).toEqual([
      { part: "whoIAm", words: 15, seconds: 6 },
      { part: "whatIDid", words: 20, seconds: 8 },
      { part: "whatIWant", words: 10, seconds: 4 },
      { part: "howYouCanHelp", words: 25, seconds: 10 },
    ]);
    expect(timing).toMatchObject({ words: 70, seconds: 28, state: "ok", missingParts: [] });
  });

  it("is ok at exactly the limit and long past it", () => {
    const atLimit = pitchTiming({ ...empty, whoIAm: words(75) }, DEFAULT_SETTINGS);
    expect(atLimit).toMatchObject({ seconds: 30, state: "ok", overBySeconds: 0 });
    const long = pitchTiming({ ...empty, whoIAm: words(76) }, DEFAULT_SETTINGS);
    expect(long).toMatchObject({ seconds: 30.4, state: "long", overBySeconds: 0.4 });
    expect(long.missingParts).toEqual(["whatIDid", "whatIWant", "howYouCanHelp"]);
  });

  it("rounds to a tenth of a second", () => {
    const timing = pitchTiming(
      { ...empty, whatIWant: words(7) },
      { ...DEFAULT_SETTINGS, speakingRateWpm: 130 },
    );
    expect(timing.seconds).toBe(3.2);
  });

  it("follows the user's rate and limit", () => {
    const slow = { ...DEFAULT_SETTINGS, speakingRateWpm: 120, pitchMaxSeconds: 45 };
    expect(pitchTiming({ ...empty, whoIAm: words(80) }, slow)).toMatchObject({
      seconds: 40,
      state: "ok",
    });
  });

  it("refuses a rate of zero", () => {
    expect(() => pitchTiming(empty, { ...DEFAULT_SETTINGS, speakingRateWpm: 0 })).toThrow(
      RuleViolation,
    );
  });
});
