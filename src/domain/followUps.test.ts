import { describe, expect, it } from "vitest";
import { RuleViolation } from "./errors.js";
import {
  comeBackFollowUp,
  followUpAfterAttempt,
  followUpsAfterHeld,
  nextCheckIn,
} from "./followUps.js";
import { DEFAULT_SETTINGS, type PracticeSettings } from "./settings.js";

const newYork: PracticeSettings = { ...DEFAULT_SETTINGS, timeZone: "America/New_York" };
const ids = { personId: "p1", conversationId: "c1" };

describe("followUpsAfterHeld", () => {
  it("drafts a thank-you within 24 hours and a first check-in", () => {
    const [thankYou, checkIn] = followUpsAfterHeld(
      { ...ids, heldAt: "2026-05-12T15:00:00.000Z" },
      newYork,
    );
    expect(thankYou).toEqual({
      kind: "thank_you",
      ...ids,
      dueOn: "2026-05-13",
      dueAt: "2026-05-13T15:00:00.000Z",
      note: expect.stringMatching(/thank-you/),
    });
    expect(checkIn).toMatchObject({
      kind: "check_in",
      ...ids,
      dueOn: "2026-06-02",
      dueAt: null,
    });
  });

  it("dates a late-evening talk in the user's zone", () => {
    // 23:30 in New York on 12 May is already 03:30 UTC on the 13th.
    const [thankYou, checkIn] = followUpsAfterHeld(
      { ...ids, heldAt: "2026-05-13T03:30:00.000Z" },
      newYork,
    );
    expect(thankYou?.dueOn).toBe("2026-05-13");
    expect(thankYou?.dueAt).toBe("2026-05-14T03:30:00.000Z");
    // The check-in counts from the local day of the talk (12 May), not the UTC one.
    expect(checkIn?.dueOn).toBe("2026-06-02");
  });

  it("keeps the thank-you to 24 real hours across the spring clock change", () => {
    // Held 23:30 EST on 7 March 2026; clocks jump forward early on the 8th.
    const [thankYou] = followUpsAfterHeld({ ...ids, heldAt: "2026-03-08T04:30:00.000Z" }, newYork);
    expect(thankYou?.dueAt).toBe("2026-03-09T04:30:00.000Z");
    // 24 hours later the wall clock reads 00:30 EDT on the 9th.
    expect(thankYou?.dueOn).toBe("2026-03-09");
  });

  it("and across the autumn one", () => {
    // Held 00:30 EDT on 1 November 2026; clocks fall back that night.
    const [thankYou] = followUpsAfterHeld({ ...ids, heldAt: "2026-11-01T04:30:00.000Z" }, newYork);
    expect(thankYou?.dueAt).toBe("2026-11-02T04:30:00.000Z");
    // 24 hours later it is 23:30 EST, still 1 November.
    expect(thankYou?.dueOn).toBe("2026-11-01");
  });

  it("uses the person's own rhythm and the user's thank-you window", () => {
    const settings = { ...newYork, thankYouWithinHours: 48 };
    const [thankYou, checkIn] = followUpsAfterHeld(
      { ...ids, heldAt: "2026-05-12T15:00:00.000Z", keepInTouchDays: 30 },
      settings,
    );
    expect(thankYou?.dueOn).toBe("2026-05-14");
    expect(checkIn?.dueOn).toBe("2026-06-11");
  });

  it("refuses a rhythm of zero days", () => {
    expect(() =>
      followUpsAfterHeld({ ...ids, heldAt: "2026-05-12T15:00:00Z", keepInTouchDays: 0 }, newYork),
    ).toThrow(RuleViolation);
  });
});

describe("nextCheckIn", () => {
  const base = { personId: "p1", lastConversationOn: "2026-01-10" };

  it("keeps the active cadence while the talk is recent", () => {
    expect(nextCheckIn({ ...base, doneOn: "2026-02-01" }, newYork)).toEqual({
      kind: "check_in",
      personId: "p1",
      conversationId: null,
      dueOn: "2026-02-22",
      dueAt: null,
      note: expect.any(String),
    });
    // Exactly 90 days after still counts as active.
    expect(nextCheckIn({ ...base, doneOn: "2026-04-10" }, newYork).dueOn).toBe("2026-05-01");
  });

  it("slows to the long-run cadence after the active period", () => {
    expect(nextCheckIn({ ...base, doneOn: "2026-04-11" }, newYork).dueOn).toBe("2026-07-10");
  });

  it("uses the long-run cadence when there was never a talk", () => {
    const draft = nextCheckIn({ ...base, lastConversationOn: null, doneOn: "2026-04-11" }, newYork);
    expect(draft.dueOn).toBe("2026-07-10");
  });

  it("lets the person's own rhythm win", () => {
    const early = nextCheckIn({ ...base, doneOn: "2026-02-01", keepInTouchDays: 60 }, newYork);
    expect(early.dueOn).toBe("2026-04-02");
    const late = nextCheckIn({ ...base, doneOn: "2026-06-01", keepInTouchDays: 14 }, newYork);
    expect(late.dueOn).toBe("2026-06-15");
  });

  it("accepts instants and reads them in the user's zone", () => {
    const draft = nextCheckIn(
      { ...base, lastConversationOn: null, doneOn: "2026-04-11T02:00:00Z", keepInTouchDays: 1 },
      newYork,
    );
    expect(draft.dueOn).toBe("2026-04-11");
  });
});

describe("comeBackFollowUp", () => {
  it("comes back after the default research time and names the step", () => {
    const draft = comeBackFollowUp(
      { ...ids, promisedOn: "2026-05-12", step: "take the supply-chain course" },
      newYork,
    );
    expect(draft).toMatchObject({ kind: "come_back", ...ids, dueOn: "2026-06-11", dueAt: null });
    expect(draft.note).toContain("take the supply-chain course");
  });

  it("takes the promised delay when given", () => {
    const draft = comeBackFollowUp(
      { ...ids, conversationId: null, promisedOn: "2026-05-12", afterDays: 7, step: "read it" },
      newYork,
    );
    expect(draft).toMatchObject({ conversationId: null, dueOn: "2026-05-19" });
  });

  it("refuses a negative delay", () => {
    expect(() =>
      comeBackFollowUp({ ...ids, promisedOn: "2026-05-12", afterDays: -3, step: "x" }, newYork),
    ).toThrow(RuleViolation);
  });
});

describe("followUpAfterAttempt", () => {
  it("plans a retry after an early attempt", () => {
    const draft = followUpAfterAttempt(
      { ...ids, attemptNumber: 1, sentAt: "2026-05-12T02:00:00Z" },
      newYork,
    );
    // Sent on the evening of 11 May in New York.
    expect(draft).toMatchObject({ kind: "retry", ...ids, dueOn: "2026-05-18", dueAt: null });
  });

  it("plans to close the outreach after the last attempt", () => {
    const draft = followUpAfterAttempt(
      { ...ids, attemptNumber: 3, sentAt: "2026-05-12T15:00:00Z" },
      newYork,
    );
    expect(draft).toMatchObject({ kind: "close_outreach", dueOn: "2026-05-19" });
    expect(draft.note).toBe("No answer after 3 attempts: let it go.");
  });

  it("follows a changed attempt limit", () => {
    const draft = followUpAfterAttempt(
      { ...ids, attemptNumber: 3, sentAt: "2026-05-12T15:00:00Z" },
      { ...newYork, maxAttempts: 4 },
    );
    expect(draft.kind).toBe("retry");
  });
});
