// The practice's rules hold whoever drives them: each refusal is a 409 naming the rule's field,
// on both engines, through the same endpoints the web app and scripts use.
import { beforeAll, describe, expect, it } from "vitest";
import { buildConversation, buildPerson, buildTarget } from "../support/builders.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("the practice's rules on %s", (engine) => {
  const { api } = setupApp(engine, { now: "2026-11-23T09:00:00.000Z" });

  async function heldConversation(person: Record<string, unknown> = {}) {
    const { id: personId } = await buildPerson(api, person);
    const { id } = await buildConversation(api, { personId });
    expect((await api.post(`/api/conversations/${id}/attempts`, {})).status).toBe(201);
    await api.post(`/api/conversations/${id}/schedule`, {
      scheduledAt: "2026-11-20T15:00:00.000Z",
    });
    expect((await api.post(`/api/conversations/${id}/held`, {})).status).toBe(200);
    return { id, personId };
  }

  describe("thank-you", () => {
    it("refuses a card without a mailing address, naming mailingAddress", async () => {
      const { id, personId } = await heldConversation();
      const card = await api.post(`/api/conversations/${id}/thanked`, {
        channel: "card",
        nameChecked: true,
      });
      expect(card.status).toBe(409);
      expect(card.contentType).toContain("application/problem+json");
      expect(card.body.errors[0].field).toBe("mailingAddress");
      expect((await api.get(`/api/conversations/${id}`)).body.status).toBe("held");

      await api.patch(`/api/people/${personId}`, { mailingAddress: "4 Quay St, Bristol" });
      const sent = await api.post(`/api/conversations/${id}/thanked`, {
        channel: "card",
        nameChecked: true,
      });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ status: "thanked", thankYouChannel: "card" });
    });

    it("refuses any thank-you until the name is checked; leaving the field out is malformed", async () => {
      const { id } = await heldConversation();
      const unchecked = await api.post(`/api/conversations/${id}/thanked`, {
        channel: "email",
        nameChecked: false,
      });
      expect(unchecked.status).toBe(409);
      expect(unchecked.body.errors[0].field).toBe("nameChecked");
      const missing = await api.post(`/api/conversations/${id}/thanked`, { channel: "email" });
      expect(missing.status).toBe(400);
      const email = await api.post(`/api/conversations/${id}/thanked`, {
        channel: "email",
        nameChecked: true,
      });
      expect(email.status).toBe(200);
    });
  });

  describe("attempts", () => {
    it("leaves a bounce out of the three: bounced plus three real ones are accepted, a fourth is 409", async () => {
      const { id } = await buildConversation(api);
      const first = await api.post(`/api/conversations/${id}/attempts`, { channel: "email" });
      expect(first.status).toBe(201);
      const bounced = await api.post(`/api/attempts/${first.body.id}/response`, {
        response: "bounced",
      });
      expect(bounced.status).toBe(200);
      for (const n of [2, 3, 4]) {
        const real = await api.post(`/api/conversations/${id}/attempts`, { channel: "linkedin" });
        expect(real.status, `attempt ${n}`).toBe(201);
        expect(real.body.number).toBe(n);
      }
      const fourthReal = await api.post(`/api/conversations/${id}/attempts`, { channel: "phone" });
      expect(fourthReal.status).toBe(409);
      expect(fourthReal.body.errors[0].field).toBe("attempt");
      expect(fourthReal.body.detail).toMatch(/attempt limit/);
      expect((await api.get(`/api/attempts?conversationId=${id}`)).body.total).toBe(4);
    });

    it("counts only the asks that reached them on Today", async () => {
      const { id } = await buildConversation(api);
      const first = await api.post(`/api/conversations/${id}/attempts`, {
        sentAt: "2026-11-10T09:00:00.000Z",
      });
      await api.post(`/api/attempts/${first.body.id}/response`, { response: "bounced" });
      // Sent eight days ago: its retry is due today.
      await api.post(`/api/conversations/${id}/attempts`, {
        channel: "linkedin",
        sentAt: "2026-11-15T09:00:00.000Z",
      });
      const { body } = await api.get("/api/today");
      const retry = body.retries.find((r: { conversationId: string }) => r.conversationId === id);
      expect(retry).toMatchObject({ kind: "retry", attempts: 1, maxAttempts: 3 });
    });

    it("answers a malformed attempt with 400, not 409", async () => {
      const { id } = await buildConversation(api);
      const bad = await api.post(`/api/conversations/${id}/attempts`, { channel: "pigeon" });
      expect(bad.status).toBe(400);
    });
  });

  describe("question guide", () => {
    it("never passes 15, nor what the questions block holds, at any length", async () => {
      const { id } = await buildConversation(api);
      for (const minutes of [5, 10, 15, 20, 30, 45, 60, 90, 180]) {
        await api.patch(`/api/conversations/${id}`, { requestedMinutes: minutes });
        const { body } = await api.get(`/api/conversations/${id}/preparation`);
        expect(body.guide.max, `${minutes} min`).toBeLessThanOrEqual(15);
        expect(body.guide.min).toBeLessThanOrEqual(body.guide.max);
        // The guide counts two-minute questions: that many always fit the block.
        expect(body.guide.max * 120, `${minutes} min`).toBeLessThanOrEqual(
          body.budget.budgetSeconds,
        );
      }
      await api.patch(`/api/conversations/${id}`, { requestedMinutes: 20 });
      expect((await api.get(`/api/conversations/${id}/preparation`)).body.guide).toEqual({
        min: 4,
        max: 7,
      });
    });
  });

  describe("a name given outside a conversation", () => {
    it("waits to be asked for under the giver's latest target", async () => {
      const target = await buildTarget(api);
      const giver = await buildPerson(api);
      await buildConversation(api, { personId: giver.id, targetId: target.id });
      const captured = await api.post("/api/referrals/capture", {
        fromPersonId: giver.id,
        person: { fullName: "Ada Whitlock" },
        mayUseName: true,
      });
      expect(captured.status).toBe(201);
      expect(captured.body.person.referredById).toBe(giver.id);
      expect(captured.body.conversation.targetId).toBe(target.id);
    });
  });

  describe("the practice's words", () => {
    it("keeps a target's answers to why this field and why this company", async () => {
      const target = await buildTarget(api, {
        whyField: "Logistics decides whether shelves are full.",
        whyCompany: "Northwind runs the greenest fleet.",
      });
      const read = await api.get(`/api/targets/${target.id}`);
      expect(read.body).toMatchObject({
        whyField: "Logistics decides whether shelves are full.",
        whyCompany: "Northwind runs the greenest fleet.",
      });
    });

    it("knows professors, associations and chamber directories as sources", async () => {
      for (const howKnown of [
        "professor_or_teacher",
        "association",
        "chamber_or_trade_directory",
      ]) {
        expect((await buildPerson(api, { howKnown })).howKnown).toBe(howKnown);
      }
    });

    it("counts what changed my mind, and leads by where they stand, on Progress", async () => {
      const before = (await api.get("/api/progress")).body;
      await api.post("/api/insights", {
        area: "job",
        kind: "assumption_overturned",
        text: "I thought planners never meet suppliers; they visit them monthly.",
      });
      await api.post("/api/insights", { area: "industry", text: "Margins are thin." });
      const lead = await api.post("/api/leads", { title: "Junior planner, Northwind" });
      expect(lead.status).toBe(201);
      expect(
        (await api.patch(`/api/leads/${lead.body.id}`, { status: "interviewing" })).body.status,
      ).toBe("interviewing");
      const after = (await api.get("/api/progress")).body;
      const count = (list: { kind: string; count: number }[], kind: string) =>
        list.find((k) => k.kind === kind)?.count ?? 0;
      expect(count(after.insights, "assumption_overturned")).toBe(
        count(before.insights, "assumption_overturned") + 1,
      );
      expect(count(after.insights, "learned")).toBe(count(before.insights, "learned") + 1);
      expect(after.leads.total).toBe(before.leads.total + 1);
      expect(after.leads.open).toBe(before.leads.open + 1);
      expect(
        after.leads.byStatus.find((s: { status: string }) => s.status === "interviewing").count,
      ).toBeGreaterThan(0);
    });
  });
});

describe.each(ENGINES)("templates on %s", (engine) => {
  const { api } = setupApp(engine);

  beforeAll(async () => {
    expect((await api.get("/api/templates")).status).toBe(200);
  });

  it("answers the built-in templates until the seeker edits one, then keeps theirs", async () => {
    const fresh = (await api.get("/api/templates")).body;
    expect(fresh.edited).toEqual([]);
    expect(fresh.request).toBe(fresh.builtIn.request);
    expect(fresh.request).toContain("{whyYes}");

    const saved = await api.put("/api/templates", {
      myName: "Sam Ortiz",
      thankYouCard: "Dear {firstName}, thank you. {myName}",
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      myName: "Sam Ortiz",
      thankYouCard: "Dear {firstName}, thank you. {myName}",
    });
    expect(saved.body.edited.sort()).toEqual(["myName", "thankYouCard"]);
    expect((await api.get("/api/templates")).body.myName).toBe("Sam Ortiz");

    const reset = await api.put("/api/templates", { thankYouCard: null });
    expect(reset.body.thankYouCard).toBe(reset.body.builtIn.thankYouCard);
    expect(reset.body.edited).toEqual(["myName"]);
  });

  it("carries them in the backup", async () => {
    const backup = await api.get("/api/export/json");
    const document = typeof backup.body === "string" ? JSON.parse(backup.body) : backup.body;
    expect(document.tables.templates).toHaveLength(1);
    expect(document.tables.templates[0].myName).toBe("Sam Ortiz");
  });

  it("refuses a malformed template with 400", async () => {
    expect((await api.put("/api/templates", { request: 42 })).status).toBe(400);
  });
});
