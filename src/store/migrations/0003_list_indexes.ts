// Indexes for the reads that grow with the network, found by the large-seeker benchmark
// (`npm run bench`): Today's coverage of every active target reads the conversations by target,
// and its retries count the attempts of a few conversations. PostgreSQL also gets fresh
// statistics, so its planner does not guess on tables loaded before this migration.
import { sql } from "kysely";
import type { Migration } from "./migration.js";

export const listIndexes: Migration = {
  name: "0003_list_indexes",
  async up(db, engine) {
    await db.schema
      .createIndex("conversations_owner_target_idx")
      .on("conversations")
      .columns(["owner_id", "target_id", "person_id", "status"])
      .execute();
    await db.schema
      .createIndex("attempts_owner_conversation_idx")
      .on("attempts")
      .columns(["owner_id", "conversation_id"])
      .execute();
    if (engine === "postgres") await sql`ANALYZE`.execute(db);
  },
};
