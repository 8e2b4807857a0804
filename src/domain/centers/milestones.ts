// Milestones a program sets ("3 conversations held by week 4"), and where a seeker stands on
// each: met, on track, behind (the week is here and the count is not), or missed.
import { addDays } from "../time.js";
import type { SeekerFacts } from "./seekerFacts.js";

export const MILESTONE_METRICS = [
  "people_added",
  "asks_sent",
  "conversations_held",
  "thank_yous_sent",
  "referrals",
] as const;
export type MilestoneMetric = (typeof MILESTONE_METRICS)[number];

export const METRIC_WORDS: Readonly<Record<MilestoneMetric, string>> = {
  people_added: "people added",
  asks_sent: "asks sent",
  conversations_held: "conversations held",
  thank_yous_sent: "thank-yous sent",
  referrals: "referrals gathered",
};

export function metricValue(facts: SeekerFacts, metric: MilestoneMetric): number {
  switch (metric) {
    case "people_added":
      return facts.peopleAdded;
    case "asks_sent":
      return facts.asksSent;
    case "conversations_held":
      return facts.conversationsHeld;
    case "thank_yous_sent":
      return facts.thankYousSent;
    case "referrals":
      return facts.referrals;
  }
}

export type MilestoneStatus = "met" | "on_track" | "behind" | "missed";

/** The last day of week `byWeek` of a program that starts on `startsOn` (week 1 is its first). */
export function milestoneDueOn(startsOn: string, byWeek: number): string {
  return addDays(startsOn, byWeek * 7 - 1);
}

export function milestoneStatus(
  value: number,
  milestone: { target: number; dueOn: string },
  today: string,
): MilestoneStatus {
  if (value >= milestone.target) return "met";
  if (today > milestone.dueOn) return "missed";
  // The week that ends on the due day has begun: the count should be there by now.
  if (today > addDays(milestone.dueOn, -7)) return "behind";
  return "on_track";
}
