import { describe, expect, it } from "vitest";
import { RuleViolation } from "./errors.js";
import { classifyFollowUps, type FollowUpFacts, snoozeUntil } from "./followUps.js";
import { DEFAULT_SETTINGS } from "./settings.js";

const settings = { ...DEFAULT_SETTINGS, timeZone: "Europe/Paris" };
// 10:00 in Paris on 20 May 2026.
const now = "2026-05-20T08:00:00.000Z";

const item = (id: string, over: Partial<FollowUpFacts> = {}): FollowUpFacts => ({
  id,
  kind: "check_in",
  dueOn: "2026-05-20",
  dueAt: null,
  doneAt: null,
  snoozedUntil: null,
  ...over,
});

const ids = (list: FollowUpFacts[]) => list.map((f) => f.id);

describe("classifyFollowUps", () => {
  it("sorts by day in the user's zone", () => {
    const result = classifyFollowUps(
      [
        item("late", { dueOn: "2026-05-19" }),
        item("today", { dueOn: "2026-05-20" }),
        item("later", { dueOn: "2026-05-21" }),
      ],
      now,
      settings,
    );
    expect(ids(result.overdue)).toEqual(["late"]);
    expect(ids(result.dueToday)).toEqual(["today"]);
    expect(ids(result.upcoming)).toEqual(["later"]);
  });

  it("judges today in the user's zone, not UTC", () => {
    // 23:30 UTC on the 20th is already the 21st in Paris.
    const result = classifyFollowUps(
      [item("a", { dueOn: "2026-05-20" })],
      "2026-05-20T22:30:00Z",
      settings,
    );
    expect(ids(result.overdue)).toEqual(["a"]);
  });

  it("makes a thank-you overdue once its deadline passes, even on its own day", () => {
    const thankYou = item("ty", {
      kind: "thank_you",
      dueOn: "2026-05-20",
      dueAt: "2026-05-20T07:00:00.000Z",
    });
    expect(ids(classifyFollowUps([thankYou], now, settings).overdue)).toEqual(["ty"]);
    expect(ids(classifyFollowUps([thankYou], "2026-05-20T06:59:00Z", settings).dueToday)).toEqual([
      "ty",
    ]);
  });

  it("drops done follow-ups and hides snoozed ones until their day", () => {
    const list = [
      item("done", { doneAt: "2026-05-19T10:00:00Z" }),
      item("snoozed", { dueOn: "2026-05-18", snoozedUntil: "2026-05-21" }),
      item("woken", { dueOn: "2026-05-18", snoozedUntil: "2026-05-20" }),
    ];
    const result = classifyFollowUps(list, now, settings);
    expect(ids(result.overdue)).toEqual(["woken"]);
    expect(result.dueToday).toEqual([]);
    expect(result.upcoming).toEqual([]);
    const tomorrow = classifyFollowUps(list, "2026-05-21T08:00:00Z", settings);
    expect(ids(tomorrow.overdue)).toEqual(["snoozed", "woken"]);
  });

  it("puts thank-yous first, then outreach, check-ins, come-backs and the rest", () => {
    const list = [
      item("other", { kind: "other" }),
      item("come-back", { kind: "come_back" }),
      item("check-in", { kind: "check_in" }),
      item("close", { kind: "close_outreach", dueOn: "2026-05-20" }),
      item("retry", { kind: "retry", dueOn: "2026-05-20" }),
      item("thanks", { kind: "thank_you", dueAt: "2026-05-20T20:00:00Z" }),
    ];
    expect(ids(classifyFollowUps(list, now, settings).dueToday)).toEqual([
      "thanks",
      "close",
      "retry",
      "check-in",
      "come-back",
      "other",
    ]);
  });

  it("orders the same kind by due date, then deadline, then id", () => {
    const list = [
      item("c", { kind: "check_in", dueOn: "2026-05-25" }),
      item("b", { kind: "check_in", dueOn: "2026-05-22" }),
      item("t2", { kind: "thank_you", dueOn: "2026-05-21", dueAt: "2026-05-21T15:00:00Z" }),
      item("t1", { kind: "thank_you", dueOn: "2026-05-21", dueAt: "2026-05-21T09:00:00Z" }),
      item("a", { kind: "check_in", dueOn: "2026-05-22" }),
    ];
    expect(ids(classifyFollowUps(list, now, settings).upcoming)).toEqual([
      "t1",
      "t2",
      "a",
      "b",
      "c",
    ]);
  });

  it("keeps the caller's own fields", () => {
    const rich = { ...item("x"), personName: "Ana" };
    const [first] = classifyFollowUps([rich], now, settings).dueToday;
    expect(first?.personName).toBe("Ana");
  });
});

describe("snoozeUntil", () => {
  it("adds days to today", () => {
    expect(snoozeUntil("2026-05-30", 3)).toBe("2026-06-02");
  });

  it("refuses zero or fractional days", () => {
    expect(() => snoozeUntil("2026-05-30", 0)).toThrow(RuleViolation);
    expect(() => snoozeUntil("2026-05-30", 1.5)).toThrow(RuleViolation);
  });
});
