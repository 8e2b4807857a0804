import { describe, expect, it } from "vitest";
import { BUILT_IN_QUESTIONS, findBuiltInQuestion } from "./questionBank.js";
import { QUESTION_CATEGORIES, QUESTION_PHASES } from "./vocabulary.js";

describe("BUILT_IN_QUESTIONS", () => {
  it("holds about thirty questions", () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(28);
    expect(BUILT_IN_QUESTIONS.length).toBeLessThanOrEqual(40);
  });

  it("has unique kebab-case keys and unique texts", () => {
    const keys = BUILT_IN_QUESTIONS.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const texts = BUILT_IN_QUESTIONS.map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("represents every phase and every category", () => {
    for (const phase of QUESTION_PHASES) {
      expect(BUILT_IN_QUESTIONS.some((q) => q.phase === phase)).toBe(true);
    }
    for (const category of QUESTION_CATEGORIES) {
      expect(BUILT_IN_QUESTIONS.some((q) => q.category === category && q.phase === "core")).toBe(
        true,
      );
    }
  });

  it("gives each question one to three minutes and ends with a question mark", () => {
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.minutes).toBeGreaterThanOrEqual(1);
      expect(q.minutes).toBeLessThanOrEqual(3);
      expect(q.text.endsWith("?")).toBe(true);
    }
  });

  it("flags pay, commission and pressure as sensitive, and only those", () => {
    const sensitive = BUILT_IN_QUESTIONS.filter((q) => q.sensitive).map((q) => q.key);
    expect(sensitive).toEqual(["pay-range", "commission", "stress-hours"]);
  });

  it("closes by asking for names and permission to come back", () => {
    const closing = BUILT_IN_QUESTIONS.filter((q) => q.phase === "closing").map((q) => q.key);
    expect(closing).toEqual(expect.arrayContaining(["who-else", "stay-in-touch", "keywords"]));
  });

  it("finds a question by key", () => {
    expect(findBuiltInQuestion("typical-week")?.phase).toBe("core");
    expect(findBuiltInQuestion("nope")).toBeUndefined();
  });
});
