import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planAgenda } from "./agenda.js";
import { RuleViolation } from "./errors.js";
import { questionBudget, questionCountGuide } from "./questionBudget.js";

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
  it("suggests four or five for calls up to 15 minutes", () => {
    expect(questionCountGuide(10)).toEqual({ min: 4, max: 5 });
    expect(questionCountGuide(15)).toEqual({ min: 4, max: 5 });
  });

  it("suggests up to about fifteen at 20 minutes and scales beyond", () => {
    expect(questionCountGuide(20)).toEqual({ min: 5, max: 15 });
    expect(questionCountGuide(16)).toEqual({ min: 5, max: 12 });
    expect(questionCountGuide(30)).toEqual({ min: 5, max: 23 });
  });

  it("refuses a non-positive length", () => {
    expect(() => questionCountGuide(0)).toThrow(RuleViolation);
  });
});
