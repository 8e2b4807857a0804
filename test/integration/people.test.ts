import { describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("people on %s", (engine) => {
  const subject = setupApp(engine);
  const { api } = subject;

  it("creates, reads, updates and deletes a person", async () => {
    const org = await api.post("/api/organizations", { name: "Northwind", relation: "target" });
    expect(org.status).toBe(201);
    const created = await api.post("/api/people", {
      fullName: "Ines Muñoz",
      organizationId: org.body.id,
      roles: ["practitioner", "supervisor"],
      emails: ["ines@example.com"],
      howKnown: "former_boss",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      fullName: "Ines Muñoz",
      hiringPower: false,
      priority: "B",
      stage: null,
    });
    const read = await api.get(`/api/people/${created.body.id}`);
    expect(read.body.roles).toEqual(["practitioner", "supervisor"]);
    // Lists name each person's organization, found by search or not.
    for (const path of ["/api/people", "/api/people?q=munoz"]) {
      const listed = (await api.get(path)).body.items.find(
        (p: { id: string }) => p.id === created.body.id,
      );
      expect(listed.organizationName).toBe("Northwind");
    }
    // A renamed organization shows its new name in the next list (nothing stale is kept).
    await api.patch(`/api/organizations/${org.body.id}`, { name: "Northwind Traders" });
    const relisted = (await api.get("/api/people")).body.items.find(
      (p: { id: string }) => p.id === created.body.id,
    );
    expect(relisted.organizationName).toBe("Northwind Traders");
    const updated = await api.patch(`/api/people/${created.body.id}`, {
      hiringPower: true,
      tags: ["warm"],
    });
    expect(updated.body).toMatchObject({
      hiringPower: true,
      tags: ["warm"],
      fullName: "Ines Muñoz",
    });
    expect((await api.delete(`/api/people/${created.body.id}`)).status).toBe(204);
    expect((await api.get(`/api/people/${created.body.id}`)).status).toBe(404);
  });

  it("refuses bad input with a 400 naming the field, and changes nothing", async () => {
    const before = await api.get("/api/people?limit=1");
    const bad = await api.post("/api/people", {
      fullName: "X",
      emails: ["not-an-email"],
      priority: "Z",
    });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain("application/problem+json");
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "emails.0",
      "priority",
    ]);
    const unknownRef = await api.post("/api/people", { fullName: "Y", organizationId: "nope" });
    expect(unknownRef.status).toBe(400);
    expect(unknownRef.body.errors[0].field).toBe("organizationId");
    const unknownField = await api.post("/api/people", { fullName: "Z", salary: 1 });
    expect(unknownField.status).toBe(400);
    const broken = await api.request("POST", "/api/people", "{not json", {
      "content-type": "application/json",
    });
    expect(broken.status).toBe(400);
    const after = await api.get("/api/people?limit=1");
    expect(after.body.total).toBe(before.body.total);
  });

  it("finds people by name, organization, title and notes, ignoring case and accents", async () => {
    const org = await api.post("/api/organizations", { name: "Société Générale Logistique" });
    await api.post("/api/people", {
      fullName: "María Álvarez",
      title: "Demand planner",
      organizationId: org.body.id,
    });
    await api.post("/api/people", {
      fullName: "Bob Stone",
      notes: "Met at the supply-chain meetup in Lyon",
    });
    const names = async (q: string) =>
      (await api.get(`/api/people?q=${encodeURIComponent(q)}`)).body.items.map(
        (p: { fullName: string }) => p.fullName,
      );
    expect(await names("alvarez")).toEqual(["María Álvarez"]);
    expect(await names("ÁLV")).toEqual(["María Álvarez"]);
    expect(await names("societe")).toEqual(["María Álvarez"]);
    expect(await names("demand plan")).toEqual(["María Álvarez"]);
    expect(await names("lyon")).toEqual(["Bob Stone"]);
    expect(await names('"lyon OR')).toEqual([]);
    // Renaming the organization reindexes its people.
    await api.patch(`/api/organizations/${org.body.id}`, { name: "Fabrikam" });
    expect(await names("fabrikam")).toEqual(["María Álvarez"]);
    expect(await names("societe")).toEqual([]);
  });

  it("filters and paginates", async () => {
    for (let i = 0; i < 12; i++) {
      await api.post("/api/people", {
        fullName: `Page Person ${String(i).padStart(2, "0")}`,
        priority: i % 2 ? "A" : "C",
        tags: ["batch"],
        roles: i < 3 ? ["recruiter"] : [],
      });
    }
    const first = await api.get("/api/people?tags=batch&limit=5&offset=0");
    expect(first.body.total).toBe(12);
    expect(first.body.items).toHaveLength(5);
    const third = await api.get("/api/people?tags=batch&limit=5&offset=10");
    expect(third.body.items.map((p: { fullName: string }) => p.fullName)).toEqual([
      "Page Person 10",
      "Page Person 11",
    ]);
    expect((await api.get("/api/people?tags=batch&priority=A")).body.total).toBe(6);
    expect((await api.get("/api/people?roles=recruiter")).body.total).toBe(3);
    expect((await api.get("/api/people?limit=0")).status).toBe(400);
  });

  it("never shows another owner's people", async () => {
    const mine = await api.post("/api/people", { fullName: "Only Mine" });
    await subject.app.ctx.store.db
      .insertInto("owners")
      .values({ id: "other", name: "Other", created_at: "2026-01-01T00:00:00.000Z" })
      .execute();
    const other = testApi({ ...subject.app, ctx: { ...subject.app.ctx, ownerId: "other" } });
    expect((await other.get(`/api/people/${mine.body.id}`)).status).toBe(404);
    expect((await other.get("/api/people?q=only")).body.total).toBe(0);
    expect((await other.patch(`/api/people/${mine.body.id}`, { notes: "x" })).status).toBe(404);
    expect(
      (await other.post("/api/people", { fullName: "Theirs", referredById: mine.body.id })).status,
    ).toBe(400);
  });
});
