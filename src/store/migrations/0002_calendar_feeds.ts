// Calendar subscriptions: a secret link per feed, revocable. Only a SHA-256 hash of the token
// is stored, so a copy of the database (a backup, a stolen laptop's disk) does not hand out
// working links; the token itself is shown once, when the feed is created.
import type { Migration } from "./migration.js";

export const calendarFeeds: Migration = {
  name: "0002_calendar_feeds",
  async up(db) {
    await db.schema
      .createTable("calendar_feeds")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("owner_id", "text", (c) => c.notNull().references("owners.id").onDelete("cascade"))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createIndex("calendar_feeds_owner_idx")
      .on("calendar_feeds")
      .column("owner_id")
      .execute();
  },
};
