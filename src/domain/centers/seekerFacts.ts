// The numbers a coach reads about one seeker under the `progress` scope, and what a program
// keeps of a seeker who left (the same numbers, without the name).

export interface SeekerFacts {
  peopleAdded: number;
  asksSent: number;
  /** Asks by attempt: first, second, third (and later). */
  asksByAttempt: [number, number, number];
  conversationsHeld: number;
  thankYousSent: number;
  /** Thank-yous sent within 24 hours of the conversation. */
  thankYousOnTime: number;
  referrals: number;
  lastAskAt: string | null;
  lastActiveAt: string | null;
}

export const NO_FACTS: SeekerFacts = {
  peopleAdded: 0,
  asksSent: 0,
  asksByAttempt: [0, 0, 0],
  conversationsHeld: 0,
  thankYousSent: 0,
  thankYousOnTime: 0,
  referrals: 0,
  lastAskAt: null,
  lastActiveAt: null,
};

/** Share of held conversations thanked within a day, 0–100, or null before the first one. */
export function thankYouOnTimePercent(facts: SeekerFacts): number | null {
  if (facts.conversationsHeld === 0) return null;
  return Math.round((facts.thankYousOnTime / facts.conversationsHeld) * 100);
}

/** Names gathered per conversation held, to two decimals; null before the first one. */
export function referralYieldOf(facts: SeekerFacts): number | null {
  if (facts.conversationsHeld === 0) return null;
  return Math.round((facts.referrals / facts.conversationsHeld) * 100) / 100;
}
