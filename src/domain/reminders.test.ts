import { describe, expect, it } from "vitest";
import { digestDayAt, isNudgeDue, nudgeDueAt } from "./reminders.js";

describe("when the digest is due", () => {
  it("waits for the hour in the person's own zone", () => {
    // 07:30 UTC is 08:30 in Paris (winter) and 02:30 in New York.
    expect(digestDayAt("2026-11-23T07:30:00Z", "Europe/Paris", 8)).toBe("2026-11-23");
    expect(digestDayAt("2026-11-23T07:30:00Z", "America/New_York", 8)).toBeNull();
    expect(digestDayAt("2026-11-23T13:00:00Z", "America/New_York", 8)).toBe("2026-11-23");
  });

  it("names the local day, which may not be UTC's", () => {
    expect(digestDayAt("2026-11-23T23:30:00Z", "Asia/Tokyo", 8)).toBe("2026-11-24");
  });
});

describe("when the thank-you nudge is due", () => {
  it("is due 18 hours after the conversation, not a minute before", () => {
    const held = "2026-11-23T15:00:00.000Z";
    expect(nudgeDueAt(held, 18)).toBe("2026-11-24T09:00:00.000Z");
    expect(isNudgeDue(held, 18, "2026-11-24T08:59:00.000Z")).toBe(false);
    expect(isNudgeDue(held, 18, "2026-11-24T09:00:00.000Z")).toBe(true);
  });
});
