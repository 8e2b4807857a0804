// The calendar of conversations and follow-ups, for `inroads export ics`, GET /api/export/ics
// and the subscription feed. Conversations with a time are events (cancelled, declined and
// unanswered ones leave the calendar); open follow-ups are all-day items on the day they are
// due, or the day they were snoozed to. UIDs are the row ids, so every export names the same
// items, and SEQUENCE is derived from the row's stamps, so it rises whenever the row changes.
import { Temporal } from "temporal-polyfill";
import type { FollowUpKind } from "../../domain/vocabulary.js";
// The iCalendar writer alone, not the formats' index: the feed's routes load this at start, and
// the index would bring every reader and writer (CSV, vCard) with it.
import {
  type CalendarAllDayItem,
  type CalendarEvent,
  writeCalendar,
} from "../../formats/ical/write.js";
import {
  conversationsOnCalendar,
  openFollowUpsOnCalendar,
} from "../../store/repositories/calendar.repository.js";
import type { AppContext } from "../context.js";

const ON_CALENDAR = ["scheduled", "held", "thanked", "in_touch"];

const FOLLOW_UP_SUMMARY: Record<FollowUpKind, (name: string) => string> = {
  thank_you: (name) => `Send thanks to ${name}`,
  check_in: (name) => `Check in with ${name}`,
  come_back: (name) => `Come back to ${name} with what you found`,
  retry: (name) => `Ask ${name} again`,
  close_outreach: (name) => `Let the request to ${name} go?`,
  other: (name) => `Follow up with ${name}`,
};

const MODE_LABEL: Record<string, string> = {
  in_person: "in person",
  phone: "by phone",
  video: "by video",
  online: "online",
};

/**
 * Seconds from creation to the last change, rounded up: 0 for a row never changed, and larger
 * after every later change, without storing a counter.
 */
export function sequenceOf(createdAt: string, updatedAt: string): number {
  const seconds = (Date.parse(updatedAt) - Date.parse(createdAt)) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
}

export const calendarUid = (id: string) => `${id}@inroads`;

async function conversationEvents(ctx: AppContext): Promise<CalendarEvent[]> {
  const rows = await conversationsOnCalendar(ctx.store.handle, ctx.ownerId, ON_CALENDAR);
  return rows.map((row) => {
    const start = String(row.scheduled_at);
    const who = row.organization_name
      ? `${row.full_name} (${row.organization_name})`
      : row.full_name;
    const event: CalendarEvent = {
      uid: calendarUid(row.id),
      sequence: sequenceOf(row.created_at, row.updated_at),
      start,
      end: Temporal.Instant.from(start).add({ minutes: row.requested_minutes }).toString(),
      summary: `Informational interview: ${who}`,
      description: `${row.requested_minutes} minutes ${MODE_LABEL[row.mode] ?? row.mode}.`,
      updatedAt: row.updated_at,
    };
    if (row.place) event.location = row.place;
    return event;
  });
}

async function followUpItems(ctx: AppContext): Promise<CalendarAllDayItem[]> {
  const rows = await openFollowUpsOnCalendar(ctx.store.handle, ctx.ownerId);
  return rows.map((row) => {
    const summary = FOLLOW_UP_SUMMARY[row.kind as FollowUpKind] ?? FOLLOW_UP_SUMMARY.other;
    const date =
      row.snoozed_until !== null && row.snoozed_until > row.due_on ? row.snoozed_until : row.due_on;
    const item: CalendarAllDayItem = {
      uid: calendarUid(row.id),
      sequence: sequenceOf(row.created_at, row.updated_at),
      date,
      summary: summary(row.full_name),
      updatedAt: row.updated_at,
    };
    if (row.note.trim() !== "") item.description = row.note;
    return item;
  });
}

export async function buildCalendar(ctx: AppContext): Promise<string> {
  return writeCalendar({
    calendarName: "Inroads",
    events: await conversationEvents(ctx),
    allDay: await followUpItems(ctx),
  });
}
