// The practice end to end through the API: ask (at most three times), schedule, hold, thank,
// keep in touch, and follow a referral, with the follow-ups each step implies.
import { beforeAll, describe, expect, it } from "vitest";
import { buildConversation, buildPerson, buildTarget } from "../support/builders.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("the conversation pipeline on %s", (engine) => {
  const subject = setupApp(engine, { now: "2026-11-23T09:00:00.000Z" });
  const { api } = subject;
  let personId: string;
  let conversationId: string;
  let targetId: string;

  beforeAll(async () => {
    await api.put("/api/settings", { timeZone: "America/New_York" });
    targetId = (await buildTarget(api, { role: "Supply chain analyst" })).id;
    personId = (await buildPerson(api, { fullName: "Dana Álvarez", roles: ["supervisor"] })).id;
    conversationId = (await buildConversation(api, { personId, targetId })).id;
  });

  const followUps = async () =>
    (await api.get(`/api/follow-ups?personId=${personId}&limit=100`)).body.items as {
      kind: string;
      dueOn: string;
      dueAt: string | null;
      doneAt: string | null;
    }[];

  it("starts a conversation as identified with the default 20 minutes", async () => {
    const conversation = await api.get(`/api/conversations/${conversationId}`);
    expect(conversation.body).toMatchObject({ status: "identified", requestedMinutes: 20 });
    expect((await api.get(`/api/people/${personId}`)).body.stage).toBe("identified");
  });

  it("records up to three attempts, each setting a retry, and refuses a fourth", async () => {
    for (const [n, sentAt] of [
      [1, "2026-11-01T15:00:00.000Z"],
      [2, "2026-11-08T15:00:00.000Z"],
      [3, "2026-11-15T15:00:00.000Z"],
    ] as const) {
      const attempt = await api.post(`/api/conversations/${conversationId}/attempts`, {
        channel: "email",
        sentAt,
      });
      expect(attempt.status).toBe(201);
      expect(attempt.body.number).toBe(n);
    }
    const open = (await followUps()).filter((f) => !f.doneAt);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: "close_outreach", dueOn: "2026-11-22" });
    const fourth = await api.post(`/api/conversations/${conversationId}/attempts`, {
      channel: "phone",
    });
    expect(fourth.status).toBe(409);
    expect(fourth.body.errors[0].field).toBe("attempt");
    expect((await api.get(`/api/attempts?conversationId=${conversationId}`)).body.total).toBe(3);
    const today = await api.get("/api/today");
    expect(today.body.retries).toHaveLength(1);
    expect(today.body.retries[0]).toMatchObject({
      kind: "close_outreach",
      attempts: 3,
      maxAttempts: 3,
    });
  });

  it("refuses a step the pipeline does not allow, naming the status", async () => {
    const early = await api.post(`/api/conversations/${conversationId}/thanked`, {
      channel: "email",
      nameChecked: true,
    });
    expect(early.status).toBe(409);
    expect(early.body.errors[0].field).toBe("status");
    expect((await api.get(`/api/conversations/${conversationId}`)).body.status).toBe("asked");
  });

  it("schedules, which ends the retries", async () => {
    const scheduled = await api.post(`/api/conversations/${conversationId}/schedule`, {
      scheduledAt: "2026-11-25T14:00:00.000Z",
      mode: "in_person",
      place: "Harbor café",
    });
    expect(scheduled.body).toMatchObject({ status: "scheduled", place: "Harbor café" });
    expect((await followUps()).filter((f) => !f.doneAt)).toHaveLength(0);
    expect((await api.get("/api/today")).body.upcoming.map((c: { id: string }) => c.id)).toEqual([
      conversationId,
    ]);
  });

  it("prepares: picks questions and reports the time budget", async () => {
    const bank = (await api.get("/api/questions?limit=100")).body.items as {
      id: string;
      minutes: number;
      builtIn: boolean;
    }[];
    expect(bank.length).toBeGreaterThan(20);
    expect(bank.every((q) => q.builtIn)).toBe(true);
    const picked = await api.put(`/api/conversations/${conversationId}/questions`, {
      questionIds: bank.slice(0, 4).map((q) => q.id),
    });
    expect(picked.status).toBe(200);
    expect(picked.body.budget.budgetSeconds).toBe(840);
    expect(picked.body.questions).toHaveLength(4);
    const over = await api.put(`/api/conversations/${conversationId}/questions`, {
      questionIds: bank.map((q) => q.id),
    });
    expect(over.body.budget.state).toBe("over");
    const answered = over.body.questions[0];
    await api.patch(`/api/conversation-questions/${answered.id}`, {
      asked: true,
      answer: "Started in stores.",
    });
    const kept = await api.put(`/api/conversations/${conversationId}/questions`, {
      questionIds: [answered.questionId],
    });
    expect(kept.body.questions[0]).toMatchObject({ answer: "Started in stores.", asked: true });
    const edit = await api.patch(`/api/questions/${bank[0]?.id}`, { text: "changed" });
    expect(edit.status).toBe(409);
  });

  it("marks held: the thank-you is due within 24 hours and the first check-in is set", async () => {
    // 23:30 in New York is 04:30 UTC the next day; dates are judged in the user's zone.
    const held = await api.post(`/api/conversations/${conversationId}/held`, {
      heldAt: "2026-11-26T04:30:00.000Z",
    });
    expect(held.body.status).toBe("held");
    const open = (await followUps()).filter((f) => !f.doneAt);
    const thanks = open.find((f) => f.kind === "thank_you");
    expect(thanks).toMatchObject({ dueAt: "2026-11-27T04:30:00.000Z", dueOn: "2026-11-26" });
    expect(open.find((f) => f.kind === "check_in")?.dueOn).toBe("2026-12-16");
    const person = (await api.get(`/api/people/${personId}`)).body;
    expect(person).toMatchObject({ stage: "held", lastContactAt: "2026-11-26T04:30:00.000Z" });
  });

  it("captures a referral as a new person with their next conversation", async () => {
    const captured = await api.post("/api/referrals/capture", {
      conversationId,
      person: { fullName: "Grace Liu", organizationName: "Northwind" },
      mayUseName: true,
    });
    expect(captured.status).toBe(201);
    expect(captured.body.person).toMatchObject({
      fullName: "Grace Liu",
      howKnown: "referral",
      referredById: personId,
      stage: "identified",
    });
    expect(captured.body.conversation).toMatchObject({ status: "identified", targetId });
    expect(captured.body.referral).toMatchObject({ fromPersonId: personId, mayUseName: true });
    const orgs = (await api.get("/api/organizations")).body.items.map(
      (o: { name: string }) => o.name,
    );
    expect(orgs).toEqual(["Northwind"]);
    const again = await api.post("/api/referrals/capture", {
      conversationId,
      person: { fullName: "Ann Lee", organizationName: "northwind" },
    });
    expect(again.body.person.organizationId).toBe(captured.body.person.organizationId);
    const neither = await api.post("/api/referrals/capture", { conversationId });
    expect(neither.status).toBe(400);
  });

  it("records the thank-you, closing its follow-up", async () => {
    await api.patch(`/api/people/${personId}`, { mailingAddress: "12 Dock Road, Leeds" });
    const thanked = await api.post(`/api/conversations/${conversationId}/thanked`, {
      channel: "card",
      nameChecked: true,
    });
    expect(thanked.body).toMatchObject({ status: "thanked", thankYouChannel: "card" });
    expect((await followUps()).find((f) => f.kind === "thank_you")?.doneAt).not.toBeNull();
  });

  it("doing a check-in moves the relationship to in touch and sets the next one", async () => {
    const checkIn = (await api.get(`/api/follow-ups?personId=${personId}&kind=check_in`)).body
      .items[0];
    const done = await api.post(`/api/follow-ups/${checkIn.id}/done`, {});
    expect(done.body.doneAt).not.toBeNull();
    expect((await api.get(`/api/conversations/${conversationId}`)).body.status).toBe("in_touch");
    const next = (await followUps()).filter((f) => f.kind === "check_in" && !f.doneAt);
    expect(next).toHaveLength(1);
  });

  it("snoozes a follow-up off Today until the chosen day", async () => {
    const open = (
      await api.get(`/api/follow-ups?personId=${personId}&kind=check_in`)
    ).body.items.find((f: { doneAt: string | null }) => !f.doneAt);
    const snoozed = await api.post(`/api/follow-ups/${open.id}/snooze`, { days: 3 });
    expect(snoozed.body.snoozedUntil).toBe("2026-11-26");
    expect((await api.post(`/api/follow-ups/${open.id}/snooze`, {})).status).toBe(400);
  });

  it("logs a touchpoint given", async () => {
    const logged = await api.post("/api/touchpoints", {
      personId,
      direction: "given",
      summary: "Sent the article on 3PLs",
    });
    expect(logged.status).toBe(201);
    expect(logged.body.occurredOn).toBe("2026-11-23");
  });

  it("reports coverage and progress", async () => {
    await api.post("/api/insights", {
      area: "industry",
      text: "Distributors consolidate",
      targetId,
    });
    const coverage = (await api.get(`/api/targets/${targetId}/coverage`)).body;
    expect(coverage.areas).toEqual({ industry: 1, company: 0, job: 0 });
    expect(coverage.roles.supervisor.talked.map((p: { fullName: string }) => p.fullName)).toEqual([
      "Dana Álvarez",
    ]);
    expect(coverage.gaps.map((g: { code: string }) => g.code)).toEqual(
      expect.arrayContaining([
        "company_insight",
        "job_insight",
        "practitioner",
        "hiring_manager",
        "two_organizations",
      ]),
    );
    const progress = (await api.get("/api/progress")).body;
    expect(progress.funnel[0]).toEqual({ stage: "identified", count: 3 });
    expect(progress.funnel.find((s: { stage: string }) => s.stage === "held").count).toBe(1);
    expect(progress.referralYield.referrals).toBe(2);
  });

  it("saves the pitch and times it", async () => {
    const pitch = await api.put(`/api/targets/${targetId}/pitch`, {
      whoIAm: "I run store operations.",
      whatIDid: "I cut stock-outs by a third.",
    });
    expect(pitch.body.timing.words).toBe(10);
    expect(pitch.body.timing.state).toBe("ok");
    const long = await api.put(`/api/targets/${targetId}/pitch`, { whatIWant: "word ".repeat(80) });
    expect(long.body.timing.state).toBe("long");
    expect(long.body.whoIAm).toBe("I run store operations.");
  });
});
