// A word of the trade captured in a conversation is kept with that conversation on the server:
// listed by it, carried by the backup and restored with it, and left in the glossary when the
// conversation is deleted. Both engines.
import { describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { ENGINES, freshDatabase } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("words captured in a conversation on %s", (engine) => {
  const subject = setupApp(engine);

  it("are listed by their conversation, backed up and restored, and outlive it", async () => {
    const { api } = subject;
    const industry = (await api.post("/api/industries", { name: "Logistics" })).body;
    const person = (await api.post("/api/people", { fullName: "Bea Lund" })).body;
    const conversation = (await api.post("/api/conversations", { personId: person.id })).body;
    const captured = await api.post("/api/glossary-terms", {
      industryId: industry.id,
      term: "S&OP",
      meaning: "sales and operations planning",
      conversationId: conversation.id,
    });
    expect(captured.status).toBe(201);
    expect(captured.body.conversationId).toBe(conversation.id);
    // A word written into the glossary by hand belongs to no conversation.
    const typed = (await api.post("/api/glossary-terms", { industryId: industry.id, term: "SKU" }))
      .body;
    expect(typed.conversationId).toBeNull();

    const listed = await api.get(`/api/glossary-terms?conversationId=${conversation.id}`);
    expect(listed.body.items.map((t: { term: string }) => t.term)).toEqual(["S&OP"]);

    // The backup carries the link, and a restore keeps it.
    const backup = (await api.get("/api/export/json")).body;
    const terms = backup.tables["glossary-terms"] as { term: string; conversationId: unknown }[];
    expect(terms.find((t) => t.term === "S&OP")?.conversationId).toBe(conversation.id);
    const other = await freshDatabase(engine);
    const app = await other.open();
    try {
      const restored = testApi(app);
      expect(
        (await restored.post("/api/import", { format: "backup", content: JSON.stringify(backup) }))
          .status,
      ).toBe(200);
      const again = await restored.get(`/api/glossary-terms?conversationId=${conversation.id}`);
      expect(again.body.items.map((t: { term: string }) => t.term)).toEqual(["S&OP"]);
      // A backup written before terms named their conversation still restores.
      const older = structuredClone(backup);
      for (const term of older.tables["glossary-terms"]) delete term.conversationId;
      const third = await freshDatabase(engine);
      const thirdApp = await third.open();
      try {
        const result = await testApi(thirdApp).post("/api/import", {
          format: "backup",
          content: JSON.stringify(older),
        });
        expect(result.status).toBe(200);
      } finally {
        await thirdApp.close();
        await third.destroy();
      }
    } finally {
      await app.close();
      await other.destroy();
    }

    // The conversation goes; the word stays in the glossary.
    expect((await api.delete(`/api/conversations/${conversation.id}`)).status).toBe(204);
    const kept = await api.get(`/api/glossary-terms/${captured.body.id}`);
    expect(kept.body).toMatchObject({ term: "S&OP", conversationId: null });
  });
});
