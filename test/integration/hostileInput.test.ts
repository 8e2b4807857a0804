// Input a careless or hostile client can send: far-off dates, links that run code, text that
// cannot be stored as sent. Each is refused with a 400 that names the field and changes nothing,
// on both engines; nothing answers 5xx, and the calendar and the backup keep working.
import { describe, expect, it } from "vitest";
import { buildConversation, buildPerson } from "../support/builders.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("hostile input on %s", (engine) => {
  const { api } = setupApp(engine);

  const refusedNaming = async (
    method: "post" | "patch",
    path: string,
    body: unknown,
    field: string,
  ) => {
    const before = (await api.get("/api/export/json")).body.tables;
    const response = await api[method](path, body);
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect((await api.get("/api/export/json")).body.tables).toEqual(before);
  };

  it("refuses dates outside 1900–2200, so the calendar and the backup keep working", async () => {
    const conversation = await buildConversation(api);
    for (const sentAt of [
      "9999-12-31T23:59:59Z",
      "1899-12-31T23:59:59Z",
      "+010000-01-01T00:00:00Z",
    ]) {
      const response = await api.post(`/api/conversations/${conversation.id}/attempts`, {
        channel: "email",
        sentAt,
      });
      expect(response.status, sentAt).toBe(400);
      expect(response.body.errors[0].field).toBe("sentAt");
    }
    await refusedNaming(
      "post",
      "/api/leads",
      { title: "Analyst opening", heardOn: "10000-01-01" },
      "heardOn",
    );
    // A date at the edge whose retry a week later would pass it is refused too, naming the
    // reminder; one that leaves room is fine, and what it leads to still exports.
    const tooLate = await api.post(`/api/conversations/${conversation.id}/attempts`, {
      channel: "email",
      sentAt: "2200-12-31T23:59:59Z",
    });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.errors[0].field).toBe("dueOn");
    const last = await api.post(`/api/conversations/${conversation.id}/attempts`, {
      channel: "email",
      sentAt: "2200-06-01T12:00:00Z",
    });
    expect(last.status).toBe(201);
    expect((await api.get("/api/export/ics")).status).toBe(200);
    expect((await api.get("/api/export/json")).status).toBe(200);
  });

  it("takes a lead without the day it was heard of: today", async () => {
    const lead = await api.post("/api/leads", { title: "Buyer, Northwind" });
    expect(lead.status).toBe(201);
    expect(lead.body.heardOn).toBe("2026-11-23");
  });

  it("accepts only http and https links", async () => {
    for (const link of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      await refusedNaming(
        "post",
        "/api/people",
        { fullName: "Link", profileUrl: link },
        "profileUrl",
      );
      await refusedNaming("post", "/api/organizations", { name: "Link", website: link }, "website");
    }
    const person = await buildPerson(api, { profileUrl: "https://www.linkedin.com/in/ada" });
    expect(person.profileUrl).toBe("https://www.linkedin.com/in/ada");
    await refusedNaming(
      "patch",
      `/api/people/${person.id}`,
      { profileUrl: "javascript:alert(1)" },
      "profileUrl",
    );
  });

  it("refuses text that cannot be stored as sent, naming the field", async () => {
    // Sent as JSON escapes, as a script could: a lone surrogate and a NUL.
    for (const [raw, field] of [
      ['{"fullName":"Ana","notes":"broken \\ud800 here"}', "notes"],
      ['{"fullName":"Ana\\u0000Bell"}', "fullName"],
      ['{"fullName":"Ana","tags":["ok","\\udc00"]}', "tags.1"],
    ] as const) {
      const response = await api.request("POST", "/api/people", raw, {
        "content-type": "application/json",
      });
      expect(response.status, raw).toBe(400);
      expect(response.body.errors[0].field).toBe(field);
    }
    const fine = await buildPerson(api, { fullName: "Zoë 😀 Dvořák" });
    expect(fine.fullName).toBe("Zoë 😀 Dvořák");
  });

  it("refuses a body that is not UTF-8", async () => {
    const response = await api.request(
      "POST",
      "/api/people",
      new Uint8Array([
        0x7b, 0x22, 0x66, 0x75, 0x6c, 0x6c, 0x4e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22,
        0x7d,
      ]),
      { "content-type": "application/json" },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe("(body)");
  });
});

describe.each(ENGINES)("introductions on %s", (engine) => {
  const { api } = setupApp(engine);

  it("refuses a self-referral and records each introduction once", async () => {
    const ada = await buildPerson(api, { fullName: "Ada" });
    const ben = await buildPerson(api, { fullName: "Ben" });
    const self = await api.post("/api/referrals", { fromPersonId: ada.id, personId: ada.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe("personId");

    const first = await api.post("/api/referrals", { fromPersonId: ada.id, personId: ben.id });
    expect(first.status).toBe(201);
    const again = await api.post("/api/referrals", { fromPersonId: ada.id, personId: ben.id });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe("personId");
    const captured = await api.post("/api/referrals/capture", {
      fromPersonId: ada.id,
      personId: ben.id,
    });
    expect(captured.status).toBe(409);

    const other = await buildPerson(api, { fullName: "Cy" });
    const second = await api.post("/api/referrals", { fromPersonId: other.id, personId: ben.id });
    expect(second.status).toBe(201);
    const toSelf = await api.patch(`/api/referrals/${second.body.id}`, { fromPersonId: ben.id });
    expect(toSelf.status).toBe(400);
    const toCopy = await api.patch(`/api/referrals/${second.body.id}`, { fromPersonId: ada.id });
    expect(toCopy.status).toBe(409);
    expect((await api.get(`/api/referrals?personId=${ben.id}`)).body.total).toBe(2);
  });
});
