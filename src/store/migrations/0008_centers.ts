// Coaches and career centers (server mode): centers and their staff, programs and their
// coaches and seekers, invitations (only a hash of each token is kept), the seeker's grants
// with a receipt of every change, the access log of staff reads, comments to the seeker apart
// from private staff notes, milestones, the center's shared material, and what a program
// keeps of a seeker who left: aggregates without a name.
import type { ColumnDefinitionBuilder } from "kysely";
import type { Migration } from "./migration.js";

export const centers: Migration = {
  name: "0008_centers",
  async up(db) {
    const user = (c: ColumnDefinitionBuilder) =>
      c.notNull().references("user.id").onDelete("cascade");
    await db.schema
      .createTable("centers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("center_staff")
      .addColumn("center_id", "text", (c) =>
        c.notNull().references("centers.id").onDelete("cascade"),
      )
      .addColumn("user_id", "text", user)
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("added_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("center_staff_pk", ["center_id", "user_id"])
      .execute();
    await db.schema
      .createIndex("center_staff_user_idx")
      .on("center_staff")
      .column("user_id")
      .execute();
    await db.schema
      .createTable("programs")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("center_id", "text", (c) =>
        c.notNull().references("centers.id").onDelete("cascade"),
      )
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("starts_on", "text", (c) => c.notNull())
      .addColumn("ends_on", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("programs_center_idx").on("programs").column("center_id").execute();
    await db.schema
      .createTable("program_coaches")
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("user_id", "text", user)
      .addPrimaryKeyConstraint("program_coaches_pk", ["program_id", "user_id"])
      .execute();
    await db.schema
      .createIndex("program_coaches_user_idx")
      .on("program_coaches")
      .column("user_id")
      .execute();
    await db.schema
      .createTable("program_members")
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("seeker_id", "text", user)
      .addColumn("joined_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("program_members_pk", ["program_id", "seeker_id"])
      .execute();
    await db.schema
      .createIndex("program_members_seeker_idx")
      .on("program_members")
      .column("seeker_id")
      .execute();
    await db.schema
      .createTable("program_invitations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("email", "text")
      .addColumn("email_domain", "text")
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("accepted_by", "text")
      .addColumn("accepted_at", "text")
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createIndex("program_invitations_program_idx")
      .on("program_invitations")
      .column("program_id")
      .execute();
    await db.schema
      .createTable("grants")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("seeker_id", "text", user)
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("coach_id", "text", (c) => c.references("user.id").onDelete("cascade"))
      .addColumn("scopes", "text", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createIndex("grants_program_seeker_idx")
      .on("grants")
      .columns(["program_id", "seeker_id"])
      .execute();
    await db.schema.createIndex("grants_seeker_idx").on("grants").column("seeker_id").execute();
    // Receipts and the access log name the other side in words as well as by id: a seeker keeps
    // them after leaving, when the center's rows may be gone.
    await db.schema
      .createTable("grant_receipts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("seeker_id", "text", user)
      .addColumn("grant_id", "text", (c) => c.notNull())
      .addColumn("change", "text", (c) => c.notNull())
      .addColumn("scopes", "text", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("whom", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("grant_receipts_seeker_idx")
      .on("grant_receipts")
      .columns(["seeker_id", "at"])
      .execute();
    await db.schema
      .createTable("access_log")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("seeker_id", "text", user)
      .addColumn("staff_id", "text", (c) => c.notNull())
      .addColumn("staff_name", "text", (c) => c.notNull())
      .addColumn("staff_email", "text", (c) => c.notNull())
      .addColumn("center_name", "text", (c) => c.notNull())
      .addColumn("program_name", "text", (c) => c.notNull())
      .addColumn("what", "text", (c) => c.notNull())
      .addColumn("scopes", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("access_log_seeker_idx")
      .on("access_log")
      .columns(["seeker_id", "at"])
      .execute();
    await db.schema
      .createTable("coach_comments")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("seeker_id", "text", user)
      .addColumn("program_id", "text", (c) => c.notNull())
      .addColumn("author_id", "text", (c) => c.notNull())
      .addColumn("author_name", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("dismissed_at", "text")
      .execute();
    await db.schema
      .createIndex("coach_comments_seeker_idx")
      .on("coach_comments")
      .columns(["seeker_id", "created_at"])
      .execute();
    await db.schema
      .createTable("staff_notes")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("seeker_id", "text", user)
      .addColumn("author_id", "text", (c) => c.notNull())
      .addColumn("author_name", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("staff_notes_program_seeker_idx")
      .on("staff_notes")
      .columns(["program_id", "seeker_id"])
      .execute();
    await db.schema
      .createTable("milestones")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("metric", "text", (c) => c.notNull())
      .addColumn("target", "integer", (c) => c.notNull())
      .addColumn("by_week", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("milestones_program_idx")
      .on("milestones")
      .column("program_id")
      .execute();
    await db.schema
      .createTable("center_material")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("center_id", "text", (c) =>
        c.notNull().references("centers.id").onDelete("cascade"),
      )
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("center_material_center_idx")
      .on("center_material")
      .column("center_id")
      .execute();
    await db.schema
      .createTable("program_departures")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("program_id", "text", (c) =>
        c.notNull().references("programs.id").onDelete("cascade"),
      )
      .addColumn("left_on", "text", (c) => c.notNull())
      .addColumn("facts", "text", (c) => c.notNull())
      .execute();
  },
};
