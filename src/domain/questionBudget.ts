// Questions compete for the minutes of the questions phase; picking more than fit means
// rushing the person or running over the time they gave.
import type { AgendaItem } from "./agenda.js";
import { RuleViolation } from "./errors.js";

export type QuestionBudgetState = "ok" | "full" | "over";

export interface QuestionBudget {
  budgetSeconds: number;
  usedSeconds: number;
  /** Negative when the picked questions run past the budget. */
  remainingSeconds: number;
  state: QuestionBudgetState;
  count: number;
}

/** Share of the budget from which the list counts as full: leave room for follow-up questions. */
export const QUESTION_BUDGET_FULL_SHARE = 0.9;

export function questionBudget(
  pickedMinutes: readonly number[],
  agenda: readonly AgendaItem[],
): QuestionBudget {
  for (const [index, minutes] of pickedMinutes.entries()) {
    if (!Number.isFinite(minutes) || minutes < 0) {
      const message = `A question takes zero or more minutes; got ${minutes}.`;
      throw new RuleViolation(message, [{ field: `pickedMinutes.${index}`, message }]);
    }
  }
  const budgetSeconds = agenda
    .filter((item) => item.phase === "questions")
    .reduce((sum, item) => sum + item.plannedSeconds, 0);
  // Rounded so that fractional minutes do not leave floating-point crumbs.
  const usedSeconds = Math.round(pickedMinutes.reduce((sum, m) => sum + m, 0) * 60);
  let state: QuestionBudgetState = "ok";
  if (usedSeconds > budgetSeconds) state = "over";
  else if (usedSeconds >= budgetSeconds * QUESTION_BUDGET_FULL_SHARE) state = "full";
  return {
    budgetSeconds,
    usedSeconds,
    remainingSeconds: budgetSeconds - usedSeconds,
    state,
    count: pickedMinutes.length,
  };
}

/**
 * How many questions to prepare: a short call holds only a handful, a longer one more,
 * with spares for when the talk stalls.
 */
export function questionCountGuide(minutes: number): { min: number; max: number } {
  if (!Number.isFinite(minutes) || minutes <= 0) {
    const message = `A conversation lasts a positive number of minutes; got ${minutes}.`;
    throw new RuleViolation(message, [{ field: "minutes", message }]);
  }
  if (minutes <= 15) return { min: 4, max: 5 };
  return { min: 5, max: Math.max(5, Math.round(minutes * 0.75)) };
}
