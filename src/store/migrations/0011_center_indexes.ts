// Indexes for a coach's reads of a whole program, found by the career-center benchmark (1,500
// seekers, 450,000 people): the cohort flags every seeker by their last ask, their talks held,
// their overdue follow-ups and their asks unanswered after three tries, and each of these is now
// a short range of one seeker's index entries instead of a scan of everyone's rows. The open
// follow-ups' index serves Today as well: done ones are most of the table and never read there.
import { sql } from "kysely";
import type { Migration } from "./migration.js";

export const centerIndexes: Migration = {
  name: "0011_center_indexes",
  async up(db, engine) {
    await db.schema
      .createIndex("attempts_owner_sent_idx")
      .on("attempts")
      .columns(["owner_id", "sent_at"])
      .execute();
    await db.schema
      .createIndex("attempts_conversation_response_idx")
      .on("attempts")
      .columns(["conversation_id", "response"])
      .execute();
    await db.schema
      .createIndex("conversations_owner_held_idx")
      .on("conversations")
      .columns(["owner_id", "held_at"])
      .execute();
    // Partial indexes: the same words on both engines.
    await sql`CREATE INDEX conversations_owner_asked_idx ON conversations (owner_id, id)
      WHERE status = 'asked'`.execute(db);
    await sql`CREATE INDEX follow_ups_owner_open_idx ON follow_ups
      (owner_id, due_on, kind, snoozed_until) WHERE done_at IS NULL`.execute(db);
    await db.schema
      .createIndex("people_owner_updated_idx")
      .on("people")
      .columns(["owner_id", "updated_at"])
      .execute();
    if (engine === "postgres") await sql`ANALYZE`.execute(db);
  },
};
