// Who needs a coach's attention: no ask in 14 days, a thank-you overdue, three attempts left
// unanswered, or no conversation three weeks after joining. Each flag needs the scope its facts
// come from; a flag the grant does not allow is not computed, so it cannot leak by its absence
// either (the dashboard says which flags it could check).
import { daysBetween } from "../time.js";
import type { Scope } from "./consent.js";

export const ATTENTION_FLAGS = [
  "no_ask_in_14_days",
  "overdue_thank_you",
  "three_unanswered_attempts",
  "no_conversation_after_3_weeks",
] as const;
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];

export const ATTENTION_WORDS: Readonly<Record<AttentionFlag, string>> = {
  no_ask_in_14_days: "No ask in 14 days",
  overdue_thank_you: "Thank-you overdue",
  three_unanswered_attempts: "Three attempts unanswered",
  no_conversation_after_3_weeks: "No conversation after 3 weeks",
};

const NEEDS: Readonly<Record<AttentionFlag, Scope>> = {
  no_ask_in_14_days: "progress",
  overdue_thank_you: "pipeline",
  three_unanswered_attempts: "pipeline",
  no_conversation_after_3_weeks: "progress",
};

export interface AttentionFacts {
  /** Calendar dates (YYYY-MM-DD) in UTC. */
  today: string;
  joinedOn: string;
  lastAskOn: string | null;
  conversationsHeld: number;
  overdueThankYous: number;
  /** Conversations whose last three attempts had no answer. */
  unansweredAfterThree: number;
}

export function attentionFlags(facts: AttentionFacts, scopes: ReadonlySet<Scope>): AttentionFlag[] {
  const raised: Record<AttentionFlag, boolean> = {
    no_ask_in_14_days: daysBetween(facts.lastAskOn ?? facts.joinedOn, facts.today) >= 14,
    overdue_thank_you: facts.overdueThankYous > 0,
    three_unanswered_attempts: facts.unansweredAfterThree > 0,
    no_conversation_after_3_weeks:
      facts.conversationsHeld === 0 && daysBetween(facts.joinedOn, facts.today) >= 21,
  };
  return ATTENTION_FLAGS.filter((flag) => scopes.has(NEEDS[flag]) && raised[flag]);
}

/** The flags a coach with these scopes can check at all. */
export function checkableFlags(scopes: ReadonlySet<Scope>): AttentionFlag[] {
  return ATTENTION_FLAGS.filter((flag) => scopes.has(NEEDS[flag]));
}
