// When a reminder mail is due. The daily digest goes out once a day from the hour the person
// chose, in their own time zone; the thank-you nudge once a conversation has been held a while
// with no thank-you recorded. "Now" and the zone are given; nothing here reads the clock.
import { Temporal } from "temporal-polyfill";
import { addHours, compareInstants, dateInZone } from "./time.js";

export interface ReminderSettings {
  /** The daily digest e-mail. */
  digest: boolean;
  /** Hour of the day (0-23, the person's time zone) from which the day's digest may go. */
  digestHour: number;
  /** The short e-mail when a held conversation still has no thank-you. */
  nudge: boolean;
  /** Hours after a conversation was held before the nudge. */
  nudgeAfterHours: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  digest: true,
  digestHour: 8,
  nudge: true,
  nudgeAfterHours: 18,
};

/**
 * The day whose digest may be sent at `now`: today in the zone once its hour has come, else
 * null. A server that was down at the hour sends it when it comes back, the same day.
 */
export function digestDayAt(now: string, timeZone: string, hour: number): string | null {
  const local = Temporal.Instant.from(now).toZonedDateTimeISO(timeZone);
  return local.hour >= hour ? dateInZone(now, timeZone) : null;
}

/** The instant the nudge for a conversation held at `heldAt` becomes due. */
export function nudgeDueAt(heldAt: string, afterHours: number): string {
  return addHours(heldAt, afterHours);
}

export function isNudgeDue(heldAt: string, afterHours: number, now: string): boolean {
  return compareInstants(nudgeDueAt(heldAt, afterHours), now) <= 0;
}
