// The dataset is dated relative to one pinned instant, the same one the benchmarks pass to the
// server and the CLI as INROADS_NOW, so "overdue" and "due today" mean the same on every run.
// The seeker's time zone is UTC, so a calendar date is the instant's first ten characters.

export const BENCH_NOW = "2026-11-23T09:00:00.000Z";
export const BENCH_TIME_ZONE = "UTC";

const NOW_MS = Date.parse(BENCH_NOW);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** An instant `days` (may be fractional or negative) from the pinned now. */
export function fromNow(days: number): string {
  return new Date(NOW_MS + Math.round(days * DAY_MS)).toISOString();
}

export function later(instant: string, days: number): string {
  return new Date(Date.parse(instant) + Math.round(days * DAY_MS)).toISOString();
}

export function dateOf(instant: string): string {
  return instant.slice(0, 10);
}

export function isPast(instant: string): boolean {
  return Date.parse(instant) < NOW_MS;
}

/** ISO instants compare as text; capped at the pinned now (nothing is dated in the future). */
export function notAfterNow(instant: string): string {
  return earlier(instant, BENCH_NOW);
}

export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxInstant(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
