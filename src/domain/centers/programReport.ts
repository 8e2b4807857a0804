// A program's report in aggregates, for the center and its analysts: no row is a person.
// Only seekers who share `progress` with the program count, plus what departed seekers left
// as nameless aggregates. A figure drawn from fewer than five seekers is withheld, since a
// small group's total can point at one person.
import { referralYieldOf, type SeekerFacts, thankYouOnTimePercent } from "./seekerFacts.js";

export const SMALLEST_GROUP = 5;

export interface ReportRow {
  measure: string;
  seekers: number;
  total: number | null;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const value = (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
  return Math.round(value * 100) / 100;
}

function row(measure: string, values: readonly number[], summable: boolean): ReportRow {
  if (values.length < SMALLEST_GROUP) {
    return {
      measure,
      seekers: values.length,
      total: null,
      median: null,
      lowerQuartile: null,
      upperQuartile: null,
    };
  }
  const sorted = [...values].sort((a, b) => a - b);
  return {
    measure,
    seekers: values.length,
    total: summable ? sorted.reduce((sum, v) => sum + v, 0) : null,
    median: quantile(sorted, 0.5),
    lowerQuartile: quantile(sorted, 0.25),
    upperQuartile: quantile(sorted, 0.75),
  };
}

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

export function programReport(facts: readonly SeekerFacts[]): ReportRow[] {
  return [
    row(
      "people added",
      facts.map((f) => f.peopleAdded),
      true,
    ),
    row(
      "asks sent",
      facts.map((f) => f.asksSent),
      true,
    ),
    row(
      "first asks",
      facts.map((f) => f.asksByAttempt[0]),
      true,
    ),
    row(
      "second asks",
      facts.map((f) => f.asksByAttempt[1]),
      true,
    ),
    row(
      "third asks",
      facts.map((f) => f.asksByAttempt[2]),
      true,
    ),
    row(
      "conversations held",
      facts.map((f) => f.conversationsHeld),
      true,
    ),
    row(
      "thank-yous sent",
      facts.map((f) => f.thankYousSent),
      true,
    ),
    row("thank-yous within 24 hours (%)", present(facts.map(thankYouOnTimePercent)), false),
    row(
      "referrals gathered",
      facts.map((f) => f.referrals),
      true,
    ),
    row("referrals per conversation", present(facts.map(referralYieldOf)), false),
  ];
}
