// Migration 0006 re-files people whom seekers had tagged as professors, association contacts
// or chamber-directory finds (the sources had no value of their own before), and leaves a
// deliberate choice alone.
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations/index.js";

describe("migration 0006: new sources of people", () => {
  it("re-files tagged people and keeps explicit sources", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before the migration
    const db = new Kysely<any>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(":memory:") }),
    });
    const at = MIGRATIONS.findIndex((m) => m.name === "0006_practice_words");
    for (const migration of MIGRATIONS.slice(0, at)) await migration.up(db, "sqlite");
    const now = "2026-11-23T09:00:00.000Z";
    await db.insertInto("owners").values({ id: "o", name: "me", created_at: now }).execute();
    const person = (id: string, how_known: string, tags: string[]) => ({
      id,
      owner_id: "o",
      full_name: id,
      how_known,
      tags: JSON.stringify(tags),
      created_at: now,
      updated_at: now,
    });
    await db
      .insertInto("people")
      .values([
        person("prof", "other", ["Professor"]),
        person("assoc", "community", ["trade association"]),
        person("chamber", "directory", ["chamber"]),
        person("friend", "friend", ["professor"]),
        person("plain", "other", []),
      ])
      .execute();
    await (MIGRATIONS[at] as (typeof MIGRATIONS)[number]).up(db, "sqlite");
    const rows = await db.selectFrom("people").select(["id", "how_known"]).orderBy("id").execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.how_known]))).toEqual({
      assoc: "association",
      chamber: "chamber_or_trade_directory",
      friend: "friend",
      plain: "other",
      prof: "professor_or_teacher",
    });
    await db.destroy();
  });
});
