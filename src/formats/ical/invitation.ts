// An invitation for the other person (iTIP, RFC 5546): one event with METHOD:REQUEST, the
// seeker as ORGANIZER and the person as ATTENDEE, so their calendar offers to accept it. Sent
// again after a change, the same UID with a higher SEQUENCE updates the event they accepted.
import { joinContentLines, stripControls } from "../text/contentLine.js";
import { CALENDAR_PRODUCT_ID, type CalendarEvent, writeCalendar } from "./write.js";

export interface Participant {
  name: string;
  email: string;
}

export interface InvitationInput {
  event: CalendarEvent;
  organizer: Participant;
  attendee: Participant | null;
}

/** A parameter value in quotes: no quotes, controls, or line breaks survive inside it. */
function quotedParam(value: string): string {
  return `"${stripControls(value).replace(/["\r\n]/g, "'")}"`;
}

function mailto(email: string): string {
  return `mailto:${encodeURI(stripControls(email).trim())}`;
}

export function writeInvitation(input: InvitationInput): string {
  // The event's lines come from the calendar writer; only the envelope and the people differ.
  const published = writeCalendar({ calendarName: "Invitation", events: [input.event], allDay: [] })
    .split("\r\n")
    .filter((line) => line !== "");
  const unfolded = published.reduce<string[]>((lines, line) => {
    if (line.startsWith(" ") && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
  const begin = unfolded.indexOf("BEGIN:VEVENT");
  const end = unfolded.indexOf("END:VEVENT");
  const people = [
    `ORGANIZER;CN=${quotedParam(input.organizer.name)}:${mailto(input.organizer.email)}`,
    ...(input.attendee
      ? [
          `ATTENDEE;CN=${quotedParam(input.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(input.attendee.email)}`,
        ]
      : []),
  ];
  return joinContentLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
    ...unfolded.slice(begin, end),
    ...people,
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
  ]);
}
