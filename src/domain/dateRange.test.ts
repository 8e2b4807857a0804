import { describe, expect, it } from "vitest";
import { inDateRange } from "./dateRange.js";

describe("the range of dates a person can mean", () => {
  it("takes 1900 through 2200, dates and instants alike", () => {
    for (const ok of ["1900-01-01", "2026-11-23T09:00:00.000Z", "2200-12-31T23:59:59Z"]) {
      expect(inDateRange(ok), ok).toBe(true);
    }
  });

  it("refuses the years around it, five-digit years and signed ones", () => {
    for (const bad of ["1899-12-31", "2201-01-01", "9999-12-31", "+010000-01-01", "10000-01-01"]) {
      expect(inDateRange(bad), bad).toBe(false);
    }
  });
});
