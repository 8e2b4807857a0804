import { describe, expect, it } from "vitest";
import { attentionFlags, checkableFlags } from "./attention.js";
import { milestoneDueOn, milestoneStatus } from "./milestones.js";
import { programReport } from "./programReport.js";
import { NO_FACTS, referralYieldOf, thankYouOnTimePercent } from "./seekerFacts.js";

describe("who needs attention", () => {
  const facts = {
    today: "2026-11-23",
    joinedOn: "2026-11-01",
    lastAskOn: "2026-11-05",
    conversationsHeld: 0,
    overdueThankYous: 1,
    unansweredAfterThree: 1,
  };
  it("raises each flag only with the scope its facts come from", () => {
    const all = new Set(["progress", "pipeline"] as const);
    expect(attentionFlags(facts, all)).toEqual([
      "no_ask_in_14_days",
      "overdue_thank_you",
      "three_unanswered_attempts",
      "no_conversation_after_3_weeks",
    ]);
    expect(attentionFlags(facts, new Set(["progress"] as const))).toEqual([
      "no_ask_in_14_days",
      "no_conversation_after_3_weeks",
    ]);
    expect(checkableFlags(new Set())).toEqual([]);
  });
  it("gives a new seeker time before asking where their asks are", () => {
    const fresh = {
      ...facts,
      joinedOn: "2026-11-20",
      lastAskOn: null,
      overdueThankYous: 0,
      unansweredAfterThree: 0,
    };
    expect(attentionFlags(fresh, new Set(["progress", "pipeline"] as const))).toEqual([]);
  });
});

describe("milestones", () => {
  it("falls due at the end of its week and says where the seeker stands", () => {
    const dueOn = milestoneDueOn("2026-11-02", 4);
    expect(dueOn).toBe("2026-11-29");
    expect(milestoneStatus(3, { target: 3, dueOn }, "2026-11-10")).toBe("met");
    expect(milestoneStatus(1, { target: 3, dueOn }, "2026-11-10")).toBe("on_track");
    expect(milestoneStatus(1, { target: 3, dueOn }, "2026-11-23")).toBe("behind");
    expect(milestoneStatus(1, { target: 3, dueOn }, "2026-11-30")).toBe("missed");
  });
});

describe("a program's report", () => {
  it("withholds figures from fewer than five seekers and gives quartiles from five on", () => {
    const seekers = [1, 2, 3, 4].map((n) => ({ ...NO_FACTS, peopleAdded: n * 10 }));
    expect(programReport(seekers)[0]).toMatchObject({ seekers: 4, total: null, median: null });
    const five = [...seekers, { ...NO_FACTS, peopleAdded: 50 }];
    expect(programReport(five)[0]).toMatchObject({
      seekers: 5,
      total: 150,
      median: 30,
      lowerQuartile: 20,
      upperQuartile: 40,
    });
  });
  it("leaves rates out for seekers with no conversation yet", () => {
    expect(thankYouOnTimePercent(NO_FACTS)).toBeNull();
    expect(referralYieldOf({ ...NO_FACTS, conversationsHeld: 4, referrals: 6 })).toBe(1.5);
  });
});
