// Today shows the next move (issue 16): the people waiting to be asked (referrals first, with how
// long they have waited), the thank-yous due within the next 24 hours, and an action for each
// gap in a target's plan. On both engines, through the API, and checked against the schema.
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/app/context.js";
import { today } from "../../src/app/today.js";
import { todaySchema } from "../../src/app/views/today.js";
import {
  buildConversation,
  buildOrganization,
  buildPerson,
  buildTarget,
} from "../support/builders.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

// 09:00 in UTC, the default time zone.
const NOW = "2026-11-23T09:00:00.000Z";

describe.each(ENGINES)("Today's next move on %s", (engine) => {
  const subject = setupApp(engine, { now: NOW });
  const { api } = subject;

  it("lists the people to ask, referrals first, with how long they have waited", async () => {
    const empty = todaySchema.parse((await api.get("/api/today")).body);
    expect(empty.toAsk).toEqual([]);
    expect(empty.toAskTotal).toBe(0);

    const plain = await buildConversation(api, {
      personId: (await buildPerson(api, { fullName: "Ola Berg" })).id,
    });
    const giver = await buildPerson(api, { fullName: "Dana Alvarez" });
    const met = await buildConversation(api, { personId: giver.id });
    await api.post(`/api/conversations/${met.id}/schedule`, {
      scheduledAt: "2026-11-22T10:00:00.000Z",
    });
    await api.post(`/api/conversations/${met.id}/held`, {});
    const captured = await api.post("/api/referrals/capture", {
      conversationId: met.id,
      person: { fullName: "Grace Liu" },
      mayUseName: true,
    });
    expect(captured.status).toBe(201);

    const response = await api.get("/api/today");
    expect(response.status).toBe(200);
    const day = todaySchema.parse(response.body);
    expect(day.toAsk.map((p) => [p.personName, p.referredBy?.fullName ?? null])).toEqual([
      ["Grace Liu", "Dana Alvarez"],
      ["Ola Berg", null],
    ]);
    expect(day.toAsk[1]).toMatchObject({ conversationId: plain.id, waitedDays: 0 });
    expect(day.toAskTotal).toBe(2);

    // Three days later, each has waited three days; asking takes them off the list.
    const later = await today({
      ...subject.app.ctx,
      clock: fixedClock("2026-11-26T09:00:00.000Z"),
    });
    expect(later.toAsk.map((p) => p.waitedDays)).toEqual([3, 3]);
    await api.post(`/api/conversations/${plain.id}/attempts`, { channel: "email" });
    const after = todaySchema.parse((await api.get("/api/today")).body);
    expect(after.toAsk.map((p) => p.personName)).toEqual(["Grace Liu"]);
  });

  it("lists a thank-you due tomorrow morning, within the next 24 hours", async () => {
    const person = await buildPerson(api, { fullName: "Lee Okafor" });
    const c = await buildConversation(api, { personId: person.id });
    // Held this morning at 08:30: the thank-you is due tomorrow at 08:30, not today.
    await api.post(`/api/conversations/${c.id}/schedule`, {
      scheduledAt: "2026-11-23T08:30:00.000Z",
    });
    const held = await api.post(`/api/conversations/${c.id}/held`, {
      heldAt: "2026-11-23T08:30:00.000Z",
    });
    expect(held.status).toBe(200);
    const day = todaySchema.parse((await api.get("/api/today")).body);
    const dueNow = [...day.followUps.overdue, ...day.followUps.dueToday].filter(
      (f) => f.kind === "thank_you" && f.personName === "Lee Okafor",
    );
    expect(dueNow).toEqual([]);
    // Dana's, held at 09:00 in the first test, is due at exactly 24 hours from now: listed too.
    expect(day.thankYousSoon.map((f) => [f.kind, f.personName])).toEqual([
      ["thank_you", "Dana Alvarez"],
      ["thank_you", "Lee Okafor"],
    ]);
    expect(day.thankYousSoon[1]?.conversationId).toBe(c.id);
    // Once thanked, it is gone.
    await api.post(`/api/conversations/${c.id}/thanked`, { nameChecked: true });
    const thanked = todaySchema.parse((await api.get("/api/today")).body);
    expect(thanked.thankYousSoon.filter((f) => f.conversationId === c.id)).toEqual([]);
  });

  it("gives each gap an action: whom to find, and where", async () => {
    const north = await buildOrganization(api, { name: "Northwind" });
    const fabrikam = await buildOrganization(api, { name: "Fabrikam" });
    const target = await buildTarget(api, {
      role: "Demand planner",
      organizationIds: [north.id, fabrikam.id],
    });
    const day = todaySchema.parse((await api.get("/api/today")).body);
    const gaps = day.coverageGaps.find((t) => t.targetId === target.id)?.gaps ?? [];
    const byCode = new Map(gaps.map((g) => [g.code, g.action]));
    // Organizations come by name: Fabrikam before Northwind.
    expect(byCode.get("hiring_manager")).toEqual({
      label: "Find a hiring manager at Fabrikam",
      people: { roles: "hiring_manager", organizationId: fabrikam.id },
    });
    expect(byCode.get("supervisor")).toEqual({
      label: "Find someone who manages the job at Fabrikam",
      people: { roles: "supervisor", organizationId: fabrikam.id },
    });
    expect(byCode.get("two_organizations")).toEqual({
      label: "Find someone at Fabrikam",
      people: { roles: null, organizationId: fabrikam.id },
    });
    expect(byCode.get("industry_insight")).toEqual({
      label: "Open the target's research",
      people: null,
    });
  });
});
