// A use case is one transaction: when it fails part-way, nothing it wrote remains — including
// the search index, which lives in its own table on SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "../../src/app/context.js";
import type { OpenApp } from "../../src/app/open.js";
import { createPersonIn, peopleService } from "../../src/app/people.js";
import { type TestApi, testApi } from "../support/api.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/databases.js";

describe.each(ENGINES)("transactions on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let api: TestApi;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    api = testApi(app);
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it("rolls back every row a failed use case wrote", async () => {
    await expect(
      inTransaction(app.ctx, async (tx) => {
        await createPersonIn(app.ctx, tx, { fullName: "Half Written" });
        throw new Error("fails after the first write");
      }),
    ).rejects.toThrow("fails after the first write");
    expect((await peopleService.list(app.ctx, { limit: 10, offset: 0 }, {}, "half")).total).toBe(0);
    const rows = await app.ctx.store.db.selectFrom("people").select("id").execute();
    expect(rows).toHaveLength(0);
    if (engine === "sqlite") {
      const fts = await app.ctx.store.db.selectFrom("people_fts").select("person_id").execute();
      expect(fts).toHaveLength(0);
    }
  });

  it("leaves a conversation untouched when a step is refused", async () => {
    const person = (await api.post("/api/people", { fullName: "Refused Step" })).body;
    const conversation = (await api.post("/api/conversations", { personId: person.id })).body;
    await api.post(`/api/conversations/${conversation.id}/schedule`, {
      scheduledAt: "2026-11-30T10:00:00Z",
    });
    const attempt = await api.post(`/api/conversations/${conversation.id}/attempts`, {
      channel: "email",
    });
    expect(attempt.status).toBe(409);
    expect((await api.get(`/api/attempts?conversationId=${conversation.id}`)).body.total).toBe(0);
    expect((await api.get(`/api/follow-ups?personId=${person.id}`)).body.total).toBe(0);
    expect((await api.get(`/api/conversations/${conversation.id}`)).body.status).toBe("scheduled");
  });
});
