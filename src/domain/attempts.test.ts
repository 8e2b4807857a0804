import { describe, expect, it } from "vitest";
import {
  type AttemptFacts,
  assertAttemptAllowed,
  attemptPlan,
  needsAnotherChannel,
  realAttemptCount,
  saidYes,
} from "./attempts.js";
import { Conflict } from "./errors.js";
import { DEFAULT_SETTINGS, type PracticeSettings } from "./settings.js";

const settings: PracticeSettings = { ...DEFAULT_SETTINGS, timeZone: "America/New_York" };

const sent = (number: number, sentAt: string, response: AttemptFacts["response"] = "none") => ({
  number,
  sentAt,
  response,
});

describe("attemptPlan", () => {
  it("has not started without attempts", () => {
    expect(attemptPlan([], "2026-04-01T12:00:00Z", settings)).toEqual({
      count: 0,
      remaining: 3,
      lastSentAt: null,
      nextRetryOn: null,
      state: "not_started",
    });
  });

  it("waits, then says a retry is due from the retry date on", () => {
    const attempts = [sent(1, "2026-04-01T14:00:00Z")];
    const waiting = attemptPlan(attempts, "2026-04-07T23:00:00Z", settings);
    expect(waiting).toMatchObject({ count: 1, remaining: 2, nextRetryOn: "2026-04-08" });
    expect(waiting.state).toBe("waiting");
    // 2026-04-08T04:00Z is midnight in New York: the retry date has begun there.
    expect(attemptPlan(attempts, "2026-04-08T04:00:00Z", settings).state).toBe("retry_due");
    expect(attemptPlan(attempts, "2026-04-08T03:59:00Z", settings).state).toBe("waiting");
  });

  it("dates the retry in the user's zone, not UTC", () => {
    // 01:30 UTC on the 2nd is still the evening of the 1st in New York.
    const plan = attemptPlan([sent(1, "2026-04-02T01:30:00Z")], "2026-04-02T02:00:00Z", settings);
    expect(plan.nextRetryOn).toBe("2026-04-08");
  });

  it("counts from the latest attempt whatever the input order", () => {
    const plan = attemptPlan(
      [sent(2, "2026-04-09T14:00:00Z"), sent(1, "2026-04-01T14:00:00Z")],
      "2026-04-10T12:00:00Z",
      settings,
    );
    expect(plan.lastSentAt).toBe("2026-04-09T14:00:00Z");
    expect(plan.nextRetryOn).toBe("2026-04-16");
    expect(plan.remaining).toBe(1);
  });

  it("is exhausted only once the last attempt's wait has passed", () => {
    const attempts = [
      sent(1, "2026-04-01T14:00:00Z"),
      sent(2, "2026-04-08T14:00:00Z"),
      sent(3, "2026-04-15T14:00:00Z"),
    ];
    const before = attemptPlan(attempts, "2026-04-21T14:00:00Z", settings);
    expect(before).toMatchObject({ state: "waiting", remaining: 0, nextRetryOn: null });
    expect(attemptPlan(attempts, "2026-04-22T14:00:00Z", settings).state).toBe("exhausted");
  });

  it("is answered by a yes or a no, but not by a bounce", () => {
    const now = "2026-04-03T12:00:00Z";
    const yes = attemptPlan([sent(1, "2026-04-01T14:00:00Z", "accepted")], now, settings);
    expect(yes).toMatchObject({ state: "answered", nextRetryOn: null });
    const no = attemptPlan(
      [sent(1, "2026-04-01T14:00:00Z"), sent(2, "2026-04-02T14:00:00Z", "declined")],
      now,
      settings,
    );
    expect(no.state).toBe("answered");
    const bounce = attemptPlan([sent(1, "2026-04-01T14:00:00Z", "bounced")], now, settings);
    expect(bounce.state).toBe("waiting");
  });

  it("follows changed settings", () => {
    const patient = { ...settings, maxAttempts: 5, retryAfterDays: 10 };
    const plan = attemptPlan(
      [
        sent(1, "2026-04-01T14:00:00Z"),
        sent(2, "2026-04-11T14:00:00Z"),
        sent(3, "2026-04-21T14:00:00Z"),
      ],
      "2026-05-01T14:00:00Z",
      patient,
    );
    expect(plan).toMatchObject({ remaining: 2, nextRetryOn: "2026-05-01", state: "retry_due" });
  });
});

describe("assertAttemptAllowed", () => {
  it("allows attempts below the limit", () => {
    expect(() => assertAttemptAllowed(0, settings)).not.toThrow();
    expect(() => assertAttemptAllowed(2, settings)).not.toThrow();
  });

  it("refuses at the limit, naming it and the setting", () => {
    try {
      assertAttemptAllowed(3, settings);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Conflict);
      const violation = error as Conflict;
      expect(violation.message).toMatch(/limit is 3/);
      expect(violation.message).toMatch(/settings/);
      expect(violation.issues[0]?.field).toBe("attempt");
    }
  });

  it("respects a raised limit", () => {
    expect(() => assertAttemptAllowed(3, { ...settings, maxAttempts: 4 })).not.toThrow();
  });
});

describe("bounced attempts", () => {
  const bounced = sent(1, "2026-04-01T14:00:00Z", "bounced");
  const real = [2, 3, 4].map((n) => sent(n, `2026-04-0${n}T14:00:00Z`));

  it("do not count toward the limit", () => {
    expect(realAttemptCount([bounced, ...real])).toBe(3);
    expect(() =>
      assertAttemptAllowed(realAttemptCount([bounced, ...real.slice(0, 2)]), settings),
    ).not.toThrow();
    expect(() => assertAttemptAllowed(realAttemptCount([bounced, ...real]), settings)).toThrow(
      Conflict,
    );
  });

  it("leave the plan's remaining asks untouched", () => {
    const plan = attemptPlan([bounced], "2026-04-02T12:00:00Z", settings);
    expect(plan).toMatchObject({ count: 0, remaining: 3 });
  });

  it("ask for another channel when the last one bounced", () => {
    expect(needsAnotherChannel([bounced])).toBe(true);
    expect(needsAnotherChannel([bounced, sent(2, "2026-04-03T14:00:00Z")])).toBe(false);
    expect(needsAnotherChannel([])).toBe(false);
  });
});

describe("saidYes", () => {
  const yes = [sent(1, "2026-11-02T09:00:00Z", "accepted")];
  it("holds while the conversation waits for a time after a yes", () => {
    expect(saidYes("asked", yes)).toBe(true);
    expect(saidYes("asked", [sent(1, "2026-11-02T09:00:00Z")])).toBe(false);
    expect(saidYes("asked", [])).toBe(false);
  });

  it("ends once it is on the calendar or over", () => {
    expect(saidYes("scheduled", yes)).toBe(false);
    expect(saidYes("held", yes)).toBe(false);
    expect(saidYes("no_response", yes)).toBe(false);
  });

  it("reads the last request that reached them", () => {
    // Asked again later (reopened after letting it go): the old yes no longer speaks.
    expect(saidYes("asked", [...yes, sent(2, "2026-12-01T09:00:00Z")])).toBe(false);
    // A bounce after the yes never reached them and changes nothing.
    expect(saidYes("asked", [...yes, sent(2, "2026-11-03T09:00:00Z", "bounced")])).toBe(true);
  });
});
