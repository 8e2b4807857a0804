// Sorting the follow-ups into what is late, what is for today and what comes later. The
// thank-you goes first: it is the one with a real deadline and the most goodwill at stake.
import { RuleViolation } from "./errors.js";
import type { PracticeSettings } from "./settings.js";
import { addDays, compareInstants, dateInZone } from "./time.js";
import type { FollowUpKind } from "./vocabulary.js";

export interface FollowUpFacts {
  id: string;
  kind: FollowUpKind;
  dueOn: string;
  dueAt: string | null;
  doneAt: string | null;
  /** A date; the follow-up stays out of sight until then. */
  snoozedUntil: string | null;
}

const KIND_RANK: Readonly<Record<FollowUpKind, number>> = {
  thank_you: 0,
  // Unanswered outreach is next: a late retry reads as a lost interest.
  retry: 1,
  close_outreach: 1,
  check_in: 2,
  come_back: 3,
  other: 4,
};

function compareFollowUps(a: FollowUpFacts, b: FollowUpFacts): number {
  const byKind = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (byKind !== 0) return byKind;
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  if (a.dueAt !== null && b.dueAt !== null) {
    const byInstant = compareInstants(a.dueAt, b.dueAt);
    if (byInstant !== 0) return byInstant;
  } else if (a.dueAt !== b.dueAt) {
    return a.dueAt === null ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function classifyFollowUps<T extends FollowUpFacts>(
  items: readonly T[],
  now: string,
  settings: PracticeSettings,
): { overdue: T[]; dueToday: T[]; upcoming: T[] } {
  const today = dateInZone(now, settings.timeZone);
  const overdue: T[] = [];
  const dueToday: T[] = [];
  const upcoming: T[] = [];
  for (const item of items) {
    if (item.doneAt !== null) continue;
    if (item.snoozedUntil !== null && item.snoozedUntil > today) continue;
    const late =
      item.dueOn < today || (item.dueAt !== null && compareInstants(item.dueAt, now) < 0);
    if (late) overdue.push(item);
    else if (item.dueOn === today) dueToday.push(item);
    else upcoming.push(item);
  }
  return {
    overdue: overdue.sort(compareFollowUps),
    dueToday: dueToday.sort(compareFollowUps),
    upcoming: upcoming.sort(compareFollowUps),
  };
}

export function snoozeUntil(today: string, days: number): string {
  if (!Number.isInteger(days) || days <= 0) {
    const message = `Snooze for a whole number of days above zero; got ${days}.`;
    throw new RuleViolation(message, [{ field: "days", message }]);
  }
  return addDays(today, days);
}
