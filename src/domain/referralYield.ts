// Referrals are the engine of the practice: each conversation should lead to the next. This
// measures how well that engine runs.
import { isTalked } from "./pipeline.js";
import type { ConversationStatus } from "./vocabulary.js";

export interface ReferralYield {
  referrals: number;
  /** Referrals received per conversation held. */
  perConversation: number;
  /** Referred people the seeker has since talked to. */
  reached: number;
  reachRate: number;
}

const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 100) / 100;

export function referralYield(input: {
  talkedConversations: number;
  referrals: { referredStage: ConversationStatus | null }[];
}): ReferralYield {
  const referrals = input.referrals.length;
  const reached = input.referrals.filter((r) => isTalked(r.referredStage)).length;
  return {
    referrals,
    perConversation: ratio(referrals, input.talkedConversations),
    reached,
    reachRate: ratio(reached, referrals),
  };
}
