// Calendar arithmetic in the user's time zone. Rules get "now" as an ISO instant and the zone
// as a name; nothing here reads the clock.
import { Temporal } from "temporal-polyfill";
import { zoneOffsetMs } from "./zoneOffsets.js";

const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * An instant in the stored form (UTC with milliseconds) as epoch milliseconds; null for any
 * other form, and for what only looks like one (2026-02-30, 24:00), left to Temporal to read
 * or refuse.
 */
function storedInstantMs(instant: string): number | null {
  if (!STORED_INSTANT.test(instant)) return null;
  const ms = Date.parse(instant);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === instant ? ms : null;
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function dateInZone(instant: string, timeZone: string): string {
  // Stored instants by arithmetic: Today dates every person waiting to be asked, Progress
  // everyone added, and Temporal's parsing took about 10 µs each.
  const ms = storedInstantMs(instant);
  if (ms !== null) {
    const local = new Date(ms + zoneOffsetMs(ms, timeZone)).toISOString();
    // Years past 9999 or before 0 are written otherwise; Temporal writes those.
    if (local.length === 24) return local.slice(0, 10);
  }
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function addHours(instant: string, hours: number): string {
  return Temporal.Instant.from(instant).add({ hours }).toString({ smallestUnit: "millisecond" });
}

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The same few dates come back again and again (today, the days seekers joined): remembered,
// up to a bound so a long-running server does not keep every date it ever saw.
const knownDates = new Map<string, number | null>();

/** A valid YYYY-MM-DD as UTC milliseconds; null for anything else (left to Temporal). */
function plainDateMs(date: string): number | null {
  const known = knownDates.get(date);
  if (known !== undefined) return known;
  let ms: number | null = null;
  if (PLAIN_DATE.test(date)) {
    const parsed = Date.parse(`${date}T00:00:00Z`);
    // Date.parse rolls 2026-02-30 over to March; Temporal refuses it, and so must we.
    if (!Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === date) ms = parsed;
  }
  if (knownDates.size >= 4_096) knownDates.clear();
  knownDates.set(date, ms);
  return ms;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  // Plain dates by arithmetic: a cohort's flags take two per seeker, and the polyfill's parsing
  // was a tenth of a 1,500-seeker dashboard's time.
  const a = plainDateMs(from);
  const b = plainDateMs(to);
  if (a !== null && b !== null) return Math.round((b - a) / DAY_MS);
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" })
    .days;
}

/** Normalises any ISO instant to the stored form, UTC with milliseconds. */
export function toStoredInstant(instant: string): string {
  return Temporal.Instant.from(instant).toString({ smallestUnit: "millisecond" });
}

export function compareInstants(a: string, b: string): number {
  // Stored instants by their milliseconds: sorting a day's follow-ups compares hundreds.
  const msA = storedInstantMs(a);
  const msB = storedInstantMs(b);
  if (msA !== null && msB !== null) return Math.sign(msA - msB);
  return Temporal.Instant.compare(Temporal.Instant.from(a), Temporal.Instant.from(b));
}

export function isValidTimeZone(zone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * A calendar date from either a date or an instant. Callers hold some moments as dates and
 * others as instants; the rules only care which day it was for the user.
 */
export function calendarDate(dateOrInstant: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateOrInstant)) {
    return Temporal.PlainDate.from(dateOrInstant).toString();
  }
  return dateInZone(dateOrInstant, timeZone);
}
