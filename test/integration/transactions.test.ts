// A use case is one transaction: when it fails part-way, nothing it wrote remains — including
// the search index, which lives in its own table on SQLite.
import { describe, expect, it } from "vitest";
import { inTransaction } from "../../src/app/context.js";
import { createPersonIn, peopleService } from "../../src/app/people.js";
import { buildConversation } from "../support/builders.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("transactions on %s", (engine) => {
  const subject = setupApp(engine);
  const { api } = subject;

  it("rolls back every row a failed use case wrote", async () => {
    await expect(
      inTransaction(subject.app.ctx, async (tx) => {
        await createPersonIn(subject.app.ctx, tx, { fullName: "Half Written" });
        throw new Error("fails after the first write");
      }),
    ).rejects.toThrow("fails after the first write");
    expect(
      (await peopleService.list(subject.app.ctx, { limit: 10, offset: 0 }, {}, "half")).total,
    ).toBe(0);
    const rows = await subject.app.ctx.store.db.selectFrom("people").select("id").execute();
    expect(rows).toHaveLength(0);
    if (engine === "sqlite") {
      const fts = await subject.app.ctx.store.db
        .selectFrom("people_fts")
        .select("person_id")
        .execute();
      expect(fts).toHaveLength(0);
    }
  });

  it("leaves a conversation untouched when a step is refused", async () => {
    const conversation = await buildConversation(api);
    await api.post(`/api/conversations/${conversation.id}/schedule`, {
      scheduledAt: "2026-11-30T10:00:00Z",
    });
    const attempt = await api.post(`/api/conversations/${conversation.id}/attempts`, {
      channel: "email",
    });
    expect(attempt.status).toBe(409);
    expect((await api.get(`/api/attempts?conversationId=${conversation.id}`)).body.total).toBe(0);
    expect((await api.get(`/api/follow-ups?personId=${conversation.personId}`)).body.total).toBe(0);
    expect((await api.get(`/api/conversations/${conversation.id}`)).body.status).toBe("scheduled");
  });
});
