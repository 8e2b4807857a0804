import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { compareInstants, dateInZone } from "./time.js";
import { zoneOffsetMs } from "./zoneOffsets.js";

// Zones whose clocks do something unusual: half-hour and 45-minute offsets, a 30-minute DST,
// a day skipped at the date line, DST ending at midnight, DST abolished, DST south of the
// equator, far from UTC on both sides.
const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "America/Sao_Paulo",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Africa/Casablanca",
  "America/St_Johns",
  "Europe/Moscow",
];

function temporalDate(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

function temporalOffsetMs(epochMs: number, timeZone: string): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  return zoned.offsetNanoseconds / 1e6;
}

const MIN_MS = Date.parse("1900-01-01T00:00:00.000Z");
const MAX_MS = Date.parse("2100-01-01T00:00:00.000Z");

describe("zone offsets between transitions", () => {
  // First in the file, latest first, the transition itself asked before the instant just
  // before it: nothing remembered yet can answer for the instants around it.
  it("agree with Temporal on both sides of every transition from 2030 back to 2010", () => {
    for (const zone of ZONES) {
      let at = Temporal.Instant.from("2030-12-31T00:00:00Z").toZonedDateTimeISO(zone);
      for (;;) {
        const previous = at.getTimeZoneTransition("previous");
        if (!previous || previous.year < 2010) break;
        const ms = previous.epochMilliseconds;
        for (const near of [ms, ms - 1, ms + 1, ms + 999, ms - 86_400_000, ms + 86_400_000]) {
          expect(zoneOffsetMs(near, zone), `${zone} ${near}`).toBe(temporalOffsetMs(near, zone));
        }
        at = previous;
      }
    }
  });

  it("agree with Temporal at any instant, in any order of asking", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: MIN_MS, max: MAX_MS }), { minLength: 1, maxLength: 20 }),
        (zone, instants) => {
          for (const ms of instants) {
            expect(zoneOffsetMs(ms, zone)).toBe(temporalOffsetMs(ms, zone));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("date stored instants as Temporal does, and leave other forms to it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: MIN_MS, max: MAX_MS }),
        (zone, ms) => {
          const instant = new Date(ms).toISOString();
          expect(dateInZone(instant, zone)).toBe(temporalDate(instant, zone));
        },
      ),
      { numRuns: 500 },
    );
    for (const instant of ["2026-03-29T01:30:00+02:00", "2026-03-29T00:30:00Z"]) {
      expect(dateInZone(instant, "Europe/Paris")).toBe(temporalDate(instant, "Europe/Paris"));
    }
    expect(dateInZone("9999-12-31T23:00:00.000Z", "Asia/Tokyo")).toBe("+010000-01-01");
    expect(() => dateInZone("2026-02-30T10:00:00.000Z", "UTC")).toThrow(RangeError);
    expect(() => dateInZone("2026-11-23T09:00:00.000Z", "Mars/Olympus")).toThrow(RangeError);
  });

  it("compare stored instants by time, and refuse what Temporal refuses", () => {
    expect(compareInstants("2026-01-01T08:00:00.000Z", "2026-01-01T08:00:00.001Z")).toBe(-1);
    expect(compareInstants("2026-01-01T08:00:00.000Z", "2026-01-01T08:00:00.000Z")).toBe(0);
    expect(compareInstants("2026-01-02T00:00:00.000Z", "2026-01-01T23:59:59.999Z")).toBe(1);
    expect(() => compareInstants("2026-13-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z")).toThrow(
      RangeError,
    );
  });
});
