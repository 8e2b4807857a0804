// From the store's counts to the practice's facts about a seeker, and to what the API shows.

import type { z } from "zod";
import type { MilestoneMetric } from "../../domain/centers/milestones.js";
import { metricValue, milestoneStatus } from "../../domain/centers/milestones.js";
import {
  referralYieldOf,
  type SeekerFacts,
  thankYouOnTimePercent,
} from "../../domain/centers/seekerFacts.js";
import type { ProgressCounts } from "../../store/repositories/centers/seekerFacts.repository.js";
import type {
  milestoneProgressSchema,
  milestoneSchema,
  SeekerFactsView,
} from "../views/centers.js";

export function factsOf(counts: ProgressCounts): SeekerFacts {
  return {
    peopleAdded: counts.peopleAdded,
    asksSent: counts.asksSent,
    asksByAttempt: [counts.firstAsks, counts.secondAsks, counts.laterAsks],
    conversationsHeld: counts.conversationsHeld,
    thankYousSent: counts.thankYousSent,
    thankYousOnTime: counts.thankYousOnTime,
    referrals: counts.referrals,
    lastAskAt: counts.lastAskAt,
    lastActiveAt: counts.lastActiveAt,
  };
}

export function factsView(facts: SeekerFacts): SeekerFactsView {
  return {
    peopleAdded: facts.peopleAdded,
    asksSent: facts.asksSent,
    asksByAttempt: facts.asksByAttempt,
    conversationsHeld: facts.conversationsHeld,
    thankYousSent: facts.thankYousSent,
    thankYouOnTimePercent: thankYouOnTimePercent(facts),
    referrals: facts.referrals,
    referralYield: referralYieldOf(facts),
    lastActiveAt: facts.lastActiveAt,
  };
}

export function milestoneProgress(
  milestones: z.output<typeof milestoneSchema>[],
  facts: SeekerFacts,
  today: string,
): z.output<typeof milestoneProgressSchema>[] {
  return milestones.map((milestone) => {
    const value = metricValue(facts, milestone.metric as MilestoneMetric);
    return { ...milestone, value, status: milestoneStatus(value, milestone, today) };
  });
}
