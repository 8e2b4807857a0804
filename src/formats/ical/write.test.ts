import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { anyText } from "../../../test/fixtures/formats/arbitraries.js";
import { FormatError } from "../contact.js";
import { unfold } from "../text/contentLine.js";
import { type CalendarInput, writeCalendar } from "./write.js";

const INPUT: CalendarInput = {
  calendarName: "Inroads — conversations",
  events: [
    {
      uid: "conv-0190a5b2@inroads",
      sequence: 2,
      start: "2026-11-23T15:00:00.000Z",
      end: "2026-11-23T15:30:00.000Z",
      summary: "Informational interview: Ana Souza, Acme; 30 min",
      description: "Ask about the path into product.\nBring: pitch, 3 questions",
      location: "Café Lumière, Lisboa",
      url: "https://inroads.local/conversations/0190a5b2",
      updatedAt: "2026-11-20T09:15:42.123Z",
    },
  ],
  allDay: [
    {
      uid: "fu-0190a5b3@inroads",
      sequence: 0,
      date: "2026-12-31",
      summary: "Thank Ana Souza 🙏",
      updatedAt: "2026-11-23T16:00:00Z",
    },
  ],
};

function parse(text: string): InstanceType<typeof ICAL.Component> {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

describe("writeCalendar", () => {
  const text = writeCalendar(INPUT);

  it("writes a VCALENDAR 2.0 feed line by line, in CRLF", () => {
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Inroads//Inroads//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Inroads — conversations",
      "NAME:Inroads — conversations",
      "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
      "X-PUBLISHED-TTL:PT1H",
      "BEGIN:VEVENT",
      "UID:conv-0190a5b2@inroads",
      "DTSTAMP:20261120T091542Z",
      "SEQUENCE:2",
      "DTSTART:20261123T150000Z",
      "DTEND:20261123T153000Z",
      "SUMMARY:Informational interview: Ana Souza\\, Acme\\; 30 min",
      "DESCRIPTION:Ask about the path into product.\\nBring: pitch\\, 3 questions",
      "LOCATION:Café Lumière\\, Lisboa",
      "URL:https://inroads.local/conversations/0190a5b2",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:fu-0190a5b3@inroads",
      "DTSTAMP:20261123T160000Z",
      "SEQUENCE:0",
      "DTSTART;VALUE=DATE:20261231",
      "DTEND;VALUE=DATE:20270101",
      "SUMMARY:Thank Ana Souza 🙏",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
    expect(text).not.toContain("VALARM");
  });

  it("is read by ical.js: UTC times, all-day dates, text unescaped", () => {
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Inroads — conversations");
    const [timed, allDay] = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(timed?.summary).toBe(INPUT.events[0]?.summary);
    expect(timed?.description).toBe(INPUT.events[0]?.description);
    expect(timed?.location).toBe(INPUT.events[0]?.location);
    expect(timed?.sequence).toBe(2);
    expect(timed?.startDate.toJSDate().toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(timed?.endDate.toJSDate().toISOString()).toBe("2026-11-23T15:30:00.000Z");
    expect(timed?.startDate.zone?.tzid).toBe("UTC");
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2026-12-31");
    expect(allDay?.endDate.toString()).toBe("2027-01-01");
    expect(allDay?.summary).toBe("Thank Ana Souza 🙏");
  });

  it("ends an all-day item on the next day across a leap day", () => {
    const leap = writeCalendar({
      calendarName: "x",
      events: [],
      allDay: [
        {
          uid: "a",
          sequence: 0,
          date: "2028-02-28",
          summary: "s",
          updatedAt: "2028-01-01T00:00:00Z",
        },
      ],
    });
    expect(leap).toContain("DTEND;VALUE=DATE:20280229\r\n");
  });

  it("turns instants with offsets into UTC", () => {
    const shifted = writeCalendar({
      ...INPUT,
      events: [
        {
          ...(INPUT.events[0] as CalendarInput["events"][number]),
          start: "2026-11-23T10:00:00-05:00",
        },
      ],
      allDay: [],
    });
    expect(shifted).toContain("\r\nDTSTART:20261123T150000Z\r\n");
  });

  it("names the field of a value it cannot write", () => {
    const event = INPUT.events[0] as CalendarInput["events"][number];
    const bad = (input: Partial<CalendarInput>) => () => writeCalendar({ ...INPUT, ...input });
    expect(bad({ events: [{ ...event, start: "tomorrow" }] })).toThrow(FormatError);
    expect(bad({ events: [{ ...event, start: "tomorrow" }] })).toThrow(
      expect.objectContaining({ field: "events.0.start" }),
    );
    expect(bad({ events: [{ ...event, sequence: -1 }] })).toThrow(
      expect.objectContaining({ field: "events.0.sequence" }),
    );
    const item = INPUT.allDay[0] as CalendarInput["allDay"][number];
    expect(bad({ allDay: [{ ...item, date: "2026-02-30" }] })).toThrow(
      expect.objectContaining({ field: "allDay.0.date" }),
    );
  });

  it("folds every line to at most 75 octets, whole characters only, and unfolds losslessly (property)", () => {
    fc.assert(
      fc.property(anyText(120), anyText(300), anyText(40), (summary, description, name) => {
        const written = writeCalendar({
          calendarName: name,
          events: [
            { ...(INPUT.events[0] as CalendarInput["events"][number]), summary, description },
          ],
          allDay: [{ ...(INPUT.allDay[0] as CalendarInput["allDay"][number]), summary }],
        });
        const lines = written.split("\r\n");
        expect(lines.pop()).toBe("");
        for (const line of lines) {
          expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\r\n]/);
          expect(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(line))).toBe(line);
        }
        expect(unfold(written)).toContain(
          `\r\nSUMMARY:${summary.replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`))}\r\n`,
        );
        const [timed, allDay] = parse(written)
          .getAllSubcomponents("vevent")
          .map((c) => new ICAL.Event(c));
        expect(timed?.summary).toBe(summary);
        expect(timed?.description).toBe(description);
        expect(allDay?.summary).toBe(summary);
      }),
      { numRuns: 300 },
    );
  });
});
