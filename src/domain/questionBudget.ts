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
  const budgetSeconds = questionsBlockSeconds(agenda);
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

/** The articles' ceiling: 10–15 questions for the longest talks, never more. */
export const MAX_QUESTIONS = 15;
/** Their floor: 4–5 questions even for a 10–15-minute call. */
export const MIN_QUESTIONS = 4;
/** Most built-in questions take two minutes; the guide counts in those. */
export const TYPICAL_QUESTION_MINUTES = 2;

export function questionsBlockSeconds(agenda: readonly AgendaItem[]): number {
  return agenda
    .filter((item) => item.phase === "questions")
    .reduce((sum, item) => sum + item.plannedSeconds, 0);
}

/**
 * How many questions to prepare: as many typical questions as the questions block holds, at
 * most 15, so the guide and the time budget never disagree (picking the guide's maximum of
 * typical questions never turns the budget red).
 */
export function questionCountGuide(
  agenda: readonly AgendaItem[],
  typicalMinutes = TYPICAL_QUESTION_MINUTES,
): { min: number; max: number } {
  if (!Number.isFinite(typicalMinutes) || typicalMinutes <= 0) {
    const message = `A question takes a positive number of minutes; got ${typicalMinutes}.`;
    throw new RuleViolation(message, [{ field: "typicalMinutes", message }]);
  }
  const holds = Math.floor(questionsBlockSeconds(agenda) / Math.round(typicalMinutes * 60));
  // Even the shortest call gets one question; the agenda always leaves it room (3 min or more).
  const max = Math.max(1, Math.min(MAX_QUESTIONS, holds));
  return { min: Math.min(MIN_QUESTIONS, max), max };
}
