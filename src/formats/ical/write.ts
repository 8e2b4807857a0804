// The calendar feed people subscribe to from Google Calendar, Apple Calendar or Outlook:
// conversations as timed events in UTC, follow-ups as all-day items. Subscribed feeds ignore
// alarms, so none are written; SEQUENCE and DTSTAMP let clients notice changes.
import { Temporal } from "temporal-polyfill";
import { FormatError } from "../contact.js";
import { escapeText, escapeUri, joinContentLines } from "../text/contentLine.js";

export const CALENDAR_PRODUCT_ID = "-//Inroads//Inroads//EN";

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** ISO instant. */
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** ISO instant of the last change; written as DTSTAMP. */
  updatedAt: string;
}

export interface CalendarAllDayItem {
  uid: string;
  sequence: number;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  updatedAt: string;
}

export interface CalendarInput {
  calendarName: string;
  events: readonly CalendarEvent[];
  allDay: readonly CalendarAllDayItem[];
}

/** `20261123T150000Z`: iCalendar's UTC form, whole seconds. */
function utcStamp(instant: string, field: string): string {
  let parsed: Temporal.Instant;
  try {
    parsed = Temporal.Instant.from(instant);
  } catch {
    throw new FormatError(`"${instant}" is not an ISO instant`, null, field);
  }
  return parsed.toString({ smallestUnit: "second" }).replace(/[-:]/g, "");
}

function plainDate(date: string, field: string): Temporal.PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new FormatError(`"${date}" is not a YYYY-MM-DD date`, null, field);
  }
  try {
    return Temporal.PlainDate.from(date, { overflow: "reject" });
  } catch {
    throw new FormatError(`"${date}" is not a calendar date`, null, field);
  }
}

function basicDate(date: Temporal.PlainDate): string {
  return date.toString().replaceAll("-", "");
}

function sequenceValue(sequence: number, field: string): string {
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new FormatError(`sequence ${sequence} is not a whole number ≥ 0`, null, field);
  }
  return String(sequence);
}

function optionalText(name: string, value: string | undefined): string[] {
  return value === undefined || value === "" ? [] : [`${name}:${escapeText(value)}`];
}

function eventLines(event: CalendarEvent, index: number): string[] {
  const at = (field: string) => `events.${index}.${field}`;
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.updatedAt, at("updatedAt"))}`,
    `SEQUENCE:${sequenceValue(event.sequence, at("sequence"))}`,
    `DTSTART:${utcStamp(event.start, at("start"))}`,
    `DTEND:${utcStamp(event.end, at("end"))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...optionalText("DESCRIPTION", event.description),
    ...optionalText("LOCATION", event.location),
    ...(event.url === undefined || event.url === "" ? [] : [`URL:${escapeUri(event.url)}`]),
    "END:VEVENT",
  ];
}

function allDayLines(item: CalendarAllDayItem, index: number): string[] {
  const at = (field: string) => `allDay.${index}.${field}`;
  const date = plainDate(item.date, at("date"));
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(item.uid)}`,
    `DTSTAMP:${utcStamp(item.updatedAt, at("updatedAt"))}`,
    `SEQUENCE:${sequenceValue(item.sequence, at("sequence"))}`,
    `DTSTART;VALUE=DATE:${basicDate(date)}`,
    // DTEND is exclusive, so a one-day item ends the next day.
    `DTEND;VALUE=DATE:${basicDate(date.add({ days: 1 }))}`,
    `SUMMARY:${escapeText(item.summary)}`,
    ...optionalText("DESCRIPTION", item.description),
    // A reminder to write to someone should not mark the whole day busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

export function writeCalendar(input: CalendarInput): string {
  return joinContentLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.calendarName)}`,
    `NAME:${escapeText(input.calendarName)}`,
    // Hints for subscribing clients on how often to fetch again (RFC 7986 and Apple/Outlook).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...input.events.flatMap(eventLines),
    ...input.allDay.flatMap(allDayLines),
    "END:VCALENDAR",
  ]);
}
