import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Conflict } from "./errors.js";
import {
  assertTransition,
  canTransition,
  isPlanned,
  isTalked,
  nextStatuses,
  personStage,
} from "./pipeline.js";
import { CONVERSATION_STATUSES, type ConversationStatus } from "./vocabulary.js";

const LEGAL: [ConversationStatus, ConversationStatus][] = [
  ["identified", "asked"],
  ["identified", "scheduled"],
  ["identified", "cancelled"],
  ["asked", "asked"],
  ["asked", "scheduled"],
  ["asked", "declined"],
  ["asked", "no_response"],
  ["asked", "cancelled"],
  ["scheduled", "scheduled"],
  ["scheduled", "held"],
  ["scheduled", "cancelled"],
  ["held", "thanked"],
  ["thanked", "in_touch"],
  ["declined", "identified"],
  ["no_response", "identified"],
  ["no_response", "asked"],
  ["cancelled", "identified"],
  ["cancelled", "scheduled"],
];

const isLegal = (from: ConversationStatus, to: ConversationStatus) =>
  LEGAL.some(([f, t]) => f === from && t === to);

describe("canTransition", () => {
  it.each(LEGAL)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    ["held", "asked"],
    ["identified", "held"],
    ["asked", "held"],
    ["thanked", "held"],
    ["in_touch", "identified"],
    ["declined", "scheduled"],
    ["held", "cancelled"],
    ["identified", "identified"],
  ] as [ConversationStatus, ConversationStatus][])("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("agrees with the table for every pair of statuses", () => {
    for (const from of CONVERSATION_STATUSES) {
      for (const to of CONVERSATION_STATUSES) {
        expect(canTransition(from, to)).toBe(isLegal(from, to));
      }
    }
  });
});

describe("nextStatuses", () => {
  it("lists the allowed next steps", () => {
    expect(nextStatuses("asked")).toEqual([
      "asked",
      "scheduled",
      "declined",
      "no_response",
      "cancelled",
    ]);
    expect(nextStatuses("in_touch")).toEqual([]);
  });

  it("returns a copy the caller may change", () => {
    nextStatuses("held").push("asked");
    expect(nextStatuses("held")).toEqual(["thanked"]);
  });
});

describe("assertTransition", () => {
  it("throws a Conflict naming the status field and the allowed steps", () => {
    try {
      assertTransition("held", "asked");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Conflict);
      const conflict = error as Conflict;
      expect(conflict.message).toBe(
        'A conversation that is "held" cannot become "asked"; allowed next: thanked',
      );
      expect(conflict.issues[0]?.field).toBe("status");
    }
  });

  it("says when nothing comes next", () => {
    expect(() => assertTransition("in_touch", "thanked")).toThrow(/allowed next: nothing/);
  });
});

describe("personStage", () => {
  it("is null without conversations", () => {
    expect(personStage([])).toBeNull();
  });

  it("takes the furthest status on the pipeline", () => {
    expect(personStage(["asked", "held", "identified"])).toBe("held");
    expect(personStage(["declined", "thanked"])).toBe("thanked");
    expect(personStage(["cancelled", "identified"])).toBe("identified");
  });

  it("falls back to the most telling ended status", () => {
    expect(personStage(["cancelled", "no_response", "declined"])).toBe("declined");
    expect(personStage(["cancelled", "no_response"])).toBe("no_response");
    expect(personStage(["cancelled"])).toBe("cancelled");
  });

  it("always returns one of the given statuses", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CONVERSATION_STATUSES), { minLength: 1 }), (list) => {
        const stage = personStage(list);
        expect(stage).not.toBeNull();
        expect(list).toContain(stage);
      }),
    );
  });
});

describe("isTalked / isPlanned", () => {
  it("splits the statuses", () => {
    expect(CONVERSATION_STATUSES.filter(isTalked)).toEqual(["held", "thanked", "in_touch"]);
    expect(CONVERSATION_STATUSES.filter(isPlanned)).toEqual(["identified", "asked", "scheduled"]);
    expect(isTalked(null)).toBe(false);
    expect(isPlanned(null)).toBe(false);
  });
});
