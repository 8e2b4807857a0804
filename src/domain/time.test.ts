import { describe, expect, it } from "vitest";
import {
  addDays,
  addHours,
  calendarDate,
  compareInstants,
  dateInZone,
  daysBetween,
  isValidTimeZone,
  toStoredInstant,
} from "./time.js";

describe("time helpers", () => {
  it("dates an instant in the user's zone", () => {
    expect(dateInZone("2026-03-11T03:30:00Z", "America/New_York")).toBe("2026-03-10");
    expect(dateInZone("2026-03-11T03:30:00Z", "Europe/Paris")).toBe("2026-03-11");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-25", 7)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("adds real hours, whatever the wall clock does", () => {
    expect(addHours("2026-03-08T04:30:00Z", 24)).toBe("2026-03-09T04:30:00.000Z");
  });

  it("counts days in both directions", () => {
    expect(daysBetween("2026-01-01", "2026-03-01")).toBe(59);
    expect(daysBetween("2026-03-01", "2026-01-01")).toBe(-59);
  });

  it("counts days across leap days and years as Temporal does, and refuses what it refuses", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("1999-12-31", "2026-11-23")).toBe(9824);
    expect(daysBetween("2026-11-23T09:00:00", "2026-11-30")).toBe(7);
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
    expect(() => daysBetween("soon", "2026-03-01")).toThrow(RangeError);
  });

  it("normalises and compares instants", () => {
    expect(toStoredInstant("2026-01-01T10:00:00+02:00")).toBe("2026-01-01T08:00:00.000Z");
    expect(compareInstants("2026-01-01T08:00:00Z", "2026-01-01T10:00:00+02:00")).toBe(0);
    expect(compareInstants("2026-01-01T07:00:00Z", "2026-01-01T08:00:00Z")).toBe(-1);
  });

  it("recognises time zones", () => {
    expect(isValidTimeZone("Asia/Tokyo")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  it("reads a calendar date from a date or an instant", () => {
    expect(calendarDate("2026-05-04", "Asia/Tokyo")).toBe("2026-05-04");
    expect(calendarDate("2026-05-04T20:00:00Z", "Asia/Tokyo")).toBe("2026-05-05");
  });
});
