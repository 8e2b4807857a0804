// Calendar arithmetic in the user's time zone. Rules get "now" as an ISO instant and the zone
// as a name; nothing here reads the clock.
import { Temporal } from "temporal-polyfill";

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function dateInZone(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function addHours(instant: string, hours: number): string {
  return Temporal.Instant.from(instant).add({ hours }).toString({ smallestUnit: "millisecond" });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" })
    .days;
}

/** Normalises any ISO instant to the stored form, UTC with milliseconds. */
export function toStoredInstant(instant: string): string {
  return Temporal.Instant.from(instant).toString({ smallestUnit: "millisecond" });
}

export function compareInstants(a: string, b: string): number {
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
