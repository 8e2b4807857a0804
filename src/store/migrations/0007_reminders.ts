// Reminders that reach people by mail: each owner's choices (the daily digest and its hour, the
// thank-you nudge and its delay), the record of what was sent (one row per owner, kind and day or
// conversation, written in the transaction that claims the send, so no run sends it twice), and
// unsubscribe links (only a hash of each token is kept, like calendar feeds).
import type { Migration } from "./migration.js";

export const reminders: Migration = {
  name: "0007_reminders",
  async up(db) {
    await db.schema
      .createTable("reminder_settings")
      .addColumn("owner_id", "text", (c) =>
        c.primaryKey().references("owners.id").onDelete("cascade"),
      )
      .addColumn("digest_enabled", "integer", (c) => c.notNull())
      .addColumn("digest_hour", "integer", (c) => c.notNull())
      .addColumn("nudge_enabled", "integer", (c) => c.notNull())
      .addColumn("nudge_after_hours", "integer", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("reminders_sent")
      .addColumn("owner_id", "text", (c) => c.notNull().references("owners.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("reminders_sent_pk", ["owner_id", "kind", "subject"])
      .execute();
    await db.schema
      .createTable("unsubscribe_links")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("owner_id", "text", (c) => c.notNull().references("owners.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createIndex("unsubscribe_links_owner_idx")
      .on("unsubscribe_links")
      .column("owner_id")
      .execute();
  },
};
