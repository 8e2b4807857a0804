import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_AGENDA_MINUTES, MIN_AGENDA_MINUTES, planAgenda } from "./agenda.js";
import { RuleViolation } from "./errors.js";
import {
  MAX_QUESTIONS,
  questionBudget,
  questionCountGuide,
  TYPICAL_QUESTION_MINUTES,
} from "./questionBudget.js";

const twenty = planAgenda(20);

describe("questionBudget", () => {
  it("gives the questions phase as the budget", () => {
    expect(questionBudget([], twenty)).toEqual({
      budgetSeconds: 840,
      usedSeconds: 0,
      remainingSeconds: 840,
      state: "ok",
      count: 0,
    });
  });

  it("is ok below 90 % of the budget", () => {
    const budget = questionBudget([2, 2, 3, 2, 3], twenty);
    expect(budget).toMatchObject({
      usedSeconds: 720,
      remainingSeconds: 120,
      state: "ok",
      count: 5,
    });
  });

  it("is full from 90 % up to the whole budget", () => {
    // 90 % of 840 s is 756 s, i.e. 12.6 minutes.
    expect(questionBudget([12.5], twenty).state).toBe("ok");
    expect(questionBudget([12.6], twenty).state).toBe("full");
    expect(questionBudget([14], twenty)).toMatchObject({ state: "full", remainingSeconds: 0 });
  });

  it("is over past the budget and says by how much", () => {
    expect(questionBudget([3, 3, 3, 3, 3], twenty)).toMatchObject({
      usedSeconds: 900,
      remainingSeconds: -60,
      state: "over",
    });
  });

  it("follows the agenda's length", () => {
    expect(questionBudget([3, 3], planAgenda(10))).toMatchObject({
      budgetSeconds: 390,
      state: "full",
    });
  });

  it("refuses negative minutes, naming the question", () => {
    try {
      questionBudget([2, -1], twenty);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleViolation);
      expect((error as RuleViolation).issues[0]?.field).toBe("pickedMinutes.1");
    }
  });

  it("keeps used plus remaining equal to the budget", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 })),
        fc.integer({ min: 5, max: 90 }),
        (picked, minutes) => {
          const budget = questionBudget(picked, planAgenda(minutes));
          expect(budget.usedSeconds + budget.remainingSeconds).toBe(budget.budgetSeconds);
          expect(budget.state === "over").toBe(budget.remainingSeconds < 0);
        },
      ),
    );
  });
});

describe("questionCountGuide", () => {
  const guideAt = (minutes: number) => questionCountGuide(planAgenda(minutes));

  it("never passes fifteen, at any length", () => {
    for (let minutes = MIN_AGENDA_MINUTES; minutes <= MAX_AGENDA_MINUTES; minutes++) {
      expect(guideAt(minutes).max, `${minutes} min`).toBeLessThanOrEqual(MAX_QUESTIONS);
    }
    expect(guideAt(60).max).toBe(15);
    expect(guideAt(180).max).toBe(15);
  });

  it("never asks for more than the questions block holds, so the budget agrees", () => {
    for (let minutes = MIN_AGENDA_MINUTES; minutes <= MAX_AGENDA_MINUTES; minutes++) {
      const agenda = planAgenda(minutes);
      const { min, max } = questionCountGuide(agenda);
      expect(min, `${minutes} min`).toBeLessThanOrEqual(max);
      const typical = Array.from({ length: max }, () => TYPICAL_QUESTION_MINUTES);
      expect(questionBudget(typical, agenda).state, `${minutes} min`).not.toBe("over");
    }
  });

  it("at 20 minutes stops where the built-in two-minute questions fill the block", () => {
    expect(guideAt(20)).toEqual({ min: 4, max: 7 });
    expect(questionBudget(Array(7).fill(2), planAgenda(20)).state).not.toBe("over");
    expect(questionBudget(Array(8).fill(2), planAgenda(20)).state).toBe("over");
  });

  it("counts in the seeker's own question length when given", () => {
    expect(questionCountGuide(planAgenda(20), 1)).toEqual({ min: 4, max: 14 });
  });

  it("refuses a non-positive question length", () => {
    expect(() => questionCountGuide(planAgenda(20), 0)).toThrow(RuleViolation);
  });
});
