import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { writeInvitation } from "./invitation.js";

describe("an invitation for the other person", () => {
  const text = writeInvitation({
    event: {
      uid: "c1@inroads",
      sequence: 2,
      start: "2026-11-25T15:00:00.000Z",
      end: "2026-11-25T15:20:00.000Z",
      summary: "Informational interview: Ana Álvarez and Sam",
      description: "20 minutes by video; thank you for your time, Ana.",
      location: "https://meet.example.com/abc",
      updatedAt: "2026-11-23T09:00:00.000Z",
    },
    organizer: { name: 'Sam "the seeker"', email: "sam@example.com" },
    attendee: { name: "Ana Álvarez", email: "ana@example.org" },
  });

  it("is a REQUEST with organizer and attendee that a calendar parser reads", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = calendar.getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("organizer")).toBe("mailto:sam@example.com");
    const attendee = event?.getFirstProperty("attendee");
    expect(attendee?.getFirstValue()).toBe("mailto:ana@example.org");
    expect(attendee?.getParameter("cn")).toBe("Ana Álvarez");
    expect(attendee?.getParameter("rsvp")).toBe("TRUE");
    expect(event?.getFirstPropertyValue("sequence")).toBe(2);
    expect(String(event?.getFirstPropertyValue("summary"))).toContain("Ana Álvarez");
  });

  it("keeps lines within 75 octets and ends them with CRLF", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
