// The practice's own words where the schema lacked them: a target's answers to "why this field?"
// and "why this company?", an insight's kind (learned, or an assumption confirmed or
// overturned), the seeker's request and thank-you templates (kept per owner; a null field
// means the built-in text), and three new sources of people. Before those sources existed,
// seekers tagged such people instead: the tags say where they belong now.
import { sql } from "kysely";
import type { Migration } from "./migration.js";

const RECLASSIFIED: readonly [howKnown: string, words: readonly string[]][] = [
  ["professor_or_teacher", ["professor", "teacher", "lecturer"]],
  ["association", ["association"]],
  ["chamber_or_trade_directory", ["chamber", "trade directory"]],
];

export const practiceWords: Migration = {
  name: "0006_practice_words",
  async up(db) {
    await db.schema
      .alterTable("targets")
      .addColumn("why_field", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema
      .alterTable("targets")
      .addColumn("why_company", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema
      .alterTable("insights")
      .addColumn("kind", "text", (c) => c.notNull().defaultTo("learned"))
      .execute();

    await db.schema
      .createTable("templates")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("owner_id", "text", (c) => c.notNull().references("owners.id").onDelete("cascade"))
      .addColumn("my_name", "text")
      .addColumn("request_subject", "text")
      .addColumn("request", "text")
      .addColumn("thank_you_email", "text")
      .addColumn("thank_you_card", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    // One set of templates per owner.
    await db.schema
      .createIndex("templates_owner_idx")
      .on("templates")
      .column("owner_id")
      .unique()
      .execute();

    // Only rows filed under the vaguer sources move; a seeker's explicit choice stays.
    for (const [howKnown, words] of RECLASSIFIED) {
      for (const word of words) {
        await db
          .updateTable("people")
          .set({ how_known: howKnown })
          .where("how_known", "in", ["other", "community", "directory", "classmate_or_alumni"])
          .where(sql`lower(tags)`, "like", `%${word}%`)
          .execute();
      }
    }
  },
};
