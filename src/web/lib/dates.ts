// Dates as the seeker reads them, in their own time zone. Calendar dates (YYYY-MM-DD) are days,
// not instants, so they are formatted without any zone shift.

const dayFormat = new Intl.DateTimeFormat("en", {
  weekday: "short",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}

export function formatInstant(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(new Date(instant));
}

export function formatTime(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit", timeZone }).format(
    new Date(instant),
  );
}

/** The calendar date an instant falls on in a zone. */
export function dayInZone(instant: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone,
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysFrom(from: string, to: string): number {
  const ms = Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** "today", "tomorrow", "3 days ago"… relative to the user's today. */
export function relativeDay(date: string, today: string): string {
  const days = daysFrom(today, date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Minutes a zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((asUtc - instant) / 60_000);
}

/** A wall-clock time typed in a form ("2026-11-25T14:30") read in the user's zone. */
export function wallClockToInstant(local: string, timeZone: string): string {
  const naive = Date.parse(`${local}:00Z`);
  let guess = naive - offsetMinutes(naive, timeZone) * 60_000;
  // A second pass settles the guess when the offset changes between the two readings (DST).
  guess = naive - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess).toISOString();
}

/** The reverse, for filling a datetime-local input. */
export function instantToWallClock(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  const shifted = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}
