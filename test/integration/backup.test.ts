// The JSON backup round trip on both engines: export → restore into an empty database → export
// gives the same document, ids and built-in question picks included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/app/demo.js";
import type { OpenApp } from "../../src/app/open.js";
import { type TestApi, testApi } from "../support/api.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/databases.js";
import { snapshot } from "../support/transferFiles.js";

describe.each(ENGINES)("the JSON backup on %s", (engine) => {
  const databases: TestDatabase[] = [];
  const apps: OpenApp[] = [];
  let source: TestApi;
  let target: TestApi;

  const open = async () => {
    const database = await freshDatabase(engine);
    const app = await database.open();
    databases.push(database);
    apps.push(app);
    return { app, api: testApi(app) };
  };

  beforeAll(async () => {
    const first = await open();
    source = first.api;
    await loadDemo(first.app.ctx);
    // An own question picked beside the built-in ones, and a setting changed from its default.
    const question = await source.post("/api/questions", { text: "What would you read first?" });
    const conversation = (await source.get("/api/conversations?limit=1")).body.items[0];
    const picked = (await source.get(`/api/conversations/${conversation.id}/preparation`)).body;
    const ids = (picked.questions ?? []).map((q: { questionId: string }) => q.questionId);
    const builtIn = (await source.get("/api/questions?limit=2")).body.items.map(
      (q: { id: string }) => q.id,
    );
    await source.put(`/api/conversations/${conversation.id}/questions`, {
      questionIds: [...new Set([...ids, ...builtIn, question.body.id])],
    });
    await source.put("/api/settings", { timeZone: "Europe/Lisbon", maxAttempts: 4 });
    await source.post("/api/calendar-feeds");
    target = (await open()).api;
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const database of databases) await database.destroy();
  });

  it("restores into an empty database and exports the same document again", async () => {
    const exported = await source.get("/api/export/json");
    expect(exported.status).toBe(200);
    expect(exported.contentType).toBe("application/json; charset=utf-8");
    const document = exported.body;
    expect(document).toMatchObject({ format: "inroads-backup", version: 1 });
    expect(document.settings).toMatchObject({ timeZone: "Europe/Lisbon", maxAttempts: 4 });
    for (const table of [
      "people",
      "conversations",
      "follow-ups",
      "referrals",
      "pitches",
      "leads",
    ]) {
      expect(document.tables[table].length, table).toBeGreaterThan(0);
    }
    const picks = document.tables["conversation-questions"];
    expect(picks.some((pick: { questionKey?: string }) => pick.questionKey !== undefined)).toBe(
      true,
    );
    expect(picks.some((pick: { questionId?: string }) => pick.questionId !== undefined)).toBe(true);

    const restored = await target.post("/api/import", {
      fileName: "backup.json",
      content: JSON.stringify(document),
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ format: "backup", applied: true });
    expect(restored.body.tables.people).toBe(document.tables.people.length);

    const again = await target.get("/api/export/json");
    expect(again.body).toEqual(document);
    // Built-in questions got their own ids in each database; the picks followed the keys.
    const sourceIds = (await source.get("/api/questions?limit=500")).body.items.map(
      (q: { id: string }) => q.id,
    );
    const targetIds = (await target.get("/api/questions?limit=500")).body.items.map(
      (q: { id: string }) => q.id,
    );
    expect(targetIds.filter((id: string) => sourceIds.includes(id))).toHaveLength(1);
  });

  it("restores the search index and the practice's state, not just the rows", async () => {
    const found = await target.get("/api/people?q=northwind");
    expect(found.body.total).toBeGreaterThan(0);
    const [sourceToday, targetToday] = await Promise.all([
      source.get("/api/today"),
      target.get("/api/today"),
    ]);
    expect(targetToday.body).toEqual(sourceToday.body);
  });

  it("refuses to restore into a database that has data, and changes nothing", async () => {
    const document = (await source.get("/api/export/json")).body;
    const before = await snapshot(target);
    const refused = await target.post("/api/import", {
      fileName: "backup.json",
      content: JSON.stringify(document),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].field).toBe("database");
    expect(await snapshot(target)).toEqual(before);
    const preview = await target.post("/api/import/preview", {
      fileName: "backup.json",
      content: JSON.stringify(document),
    });
    expect(preview.status).toBe(409);
  });

  it("refuses a broken or foreign backup, naming what is wrong", async () => {
    const { api: empty } = await open();
    const document = (await source.get("/api/export/json")).body;
    const post = (content: string) =>
      empty.post("/api/import", { fileName: "b.json", content, format: "backup" });

    const newer = await post(JSON.stringify({ ...document, version: 2 }));
    expect(newer.status).toBe(400);
    expect(newer.body.errors[0].field).toBe("version");

    const text = JSON.stringify(document, null, 2);
    const cut = await post(text.slice(0, text.length / 2));
    expect(cut.status).toBe(400);
    expect(cut.body.errors[0].field).toMatch(/^line \d+$/);

    // A stray token: V8 names the token but not where it is; the line still comes out.
    const lines = text.split("\n");
    lines[2] = `${lines[2]} oops`;
    const stray = await post(lines.join("\n"));
    expect(stray.status).toBe(400);
    expect(stray.body.errors[0].field).toBe("line 3");

    const person = document.tables.people[0];
    const badRef = await post(
      JSON.stringify({
        ...document,
        tables: {
          ...document.tables,
          people: [{ ...person, organizationId: "missing" }, ...document.tables.people.slice(1)],
        },
      }),
    );
    expect(badRef.status).toBe(400);
    expect(badRef.body.errors[0]).toMatchObject({ field: "tables.people.0.organizationId" });

    const badValue = await post(
      JSON.stringify({
        ...document,
        tables: {
          ...document.tables,
          people: [{ ...person, emails: ["not an email"] }, ...document.tables.people.slice(1)],
        },
      }),
    );
    expect(badValue.status).toBe(400);
    expect(badValue.body.errors[0].field).toBe("tables.people.0.emails.0");
    expect(await snapshot(empty)).toEqual({ people: 0, organizations: 0 });
  });
});
