// A word of the trade belongs to its industry's glossary, and also, when it was captured while
// talking to someone, to that conversation: "Captured in this conversation" lists it beside the
// names and insights, on any browser. A deleted conversation leaves the word in the glossary.
import type { Migration } from "./migration.js";

export const capturedTerms: Migration = {
  name: "0010_captured_terms",
  async up(db) {
    await db.schema
      .alterTable("glossary_terms")
      .addColumn("conversation_id", "text", (c) =>
        c.references("conversations.id").onDelete("set null"),
      )
      .execute();
    await db.schema
      .createIndex("glossary_terms_conversation_idx")
      .on("glossary_terms")
      .column("conversation_id")
      .execute();
  },
};
