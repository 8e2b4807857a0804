// The first schema: everything PRACTICE.md names. One migration for both engines; only the
// full-text index differs (FTS5 on SQLite, a GIN index over a tsvector on PostgreSQL).
import { type Kysely, sql } from "kysely";
import type { Engine, Migration } from "./migration.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's row types
type AnyDb = Kysely<any>;

const text = "text" as const;
const integer = "integer" as const;

async function ownedTable(
  db: AnyDb,
  name: string,
  columns: (
    builder: ReturnType<AnyDb["schema"]["createTable"]>,
  ) => ReturnType<AnyDb["schema"]["createTable"]>,
): Promise<void> {
  let table = db.schema
    .createTable(name)
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("owner_id", text, (c) => c.notNull().references("owners.id").onDelete("cascade"));
  table = columns(table);
  await table.execute();
  await db.schema.createIndex(`${name}_owner_idx`).on(name).column("owner_id").execute();
}

async function up(db: AnyDb, engine: Engine): Promise<void> {
  await db.schema
    .createTable("owners")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("settings")
    .addColumn("owner_id", text, (c) => c.primaryKey().references("owners.id").onDelete("cascade"))
    .addColumn("time_zone", text, (c) => c.notNull())
    .addColumn("request_minutes", integer, (c) => c.notNull())
    .addColumn("retry_after_days", integer, (c) => c.notNull())
    .addColumn("max_attempts", integer, (c) => c.notNull())
    .addColumn("thank_you_within_hours", integer, (c) => c.notNull())
    .addColumn("active_check_in_days", integer, (c) => c.notNull())
    .addColumn("active_period_days", integer, (c) => c.notNull())
    .addColumn("long_run_check_in_days", integer, (c) => c.notNull())
    .addColumn("come_back_after_days", integer, (c) => c.notNull())
    .addColumn("speaking_rate_wpm", integer, (c) => c.notNull())
    .addColumn("pitch_max_seconds", integer, (c) => c.notNull())
    .addColumn("upcoming_days", integer, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .execute();

  await ownedTable(db, "industries", (t) =>
    t
      .addColumn("name", text, (c) => c.notNull())
      .addColumn("segments", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("notes", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );

  await ownedTable(db, "organizations", (t) =>
    t
      .addColumn("name", text, (c) => c.notNull())
      .addColumn("industry_id", text, (c) => c.references("industries.id").onDelete("set null"))
      .addColumn("relation", text, (c) => c.notNull().defaultTo("other"))
      .addColumn("website", text)
      .addColumn("notes", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );
  await db.schema
    .createIndex("organizations_owner_name_idx")
    .on("organizations")
    .columns(["owner_id", "name"])
    .execute();

  await ownedTable(db, "targets", (t) =>
    t
      .addColumn("role", text, (c) => c.notNull())
      .addColumn("industry_id", text, (c) => c.references("industries.id").onDelete("set null"))
      .addColumn("notes", text, (c) => c.notNull().defaultTo(""))
      .addColumn("active", integer, (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );

  await db.schema
    .createTable("target_organizations")
    .addColumn("owner_id", text, (c) => c.notNull().references("owners.id").onDelete("cascade"))
    .addColumn("target_id", text, (c) => c.notNull().references("targets.id").onDelete("cascade"))
    .addColumn("organization_id", text, (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("target_organizations_pk", ["target_id", "organization_id"])
    .execute();

  await ownedTable(db, "people", (t) =>
    t
      .addColumn("full_name", text, (c) => c.notNull())
      .addColumn("name_note", text, (c) => c.notNull().defaultTo(""))
      .addColumn("title", text)
      .addColumn("organization_id", text, (c) =>
        c.references("organizations.id").onDelete("set null"),
      )
      .addColumn("industry_id", text, (c) => c.references("industries.id").onDelete("set null"))
      .addColumn("emails", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("phones", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("mailing_address", text)
      .addColumn("profile_url", text)
      .addColumn("how_known", text, (c) => c.notNull().defaultTo("other"))
      .addColumn("degree", text, (c) => c.notNull().defaultTo("none"))
      .addColumn("roles", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("hiring_power", integer, (c) => c.notNull().defaultTo(0))
      .addColumn("referred_by_id", text, (c) => c.references("people.id").onDelete("set null"))
      .addColumn("priority", text, (c) => c.notNull().defaultTo("B"))
      .addColumn("tags", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("notes", text, (c) => c.notNull().defaultTo(""))
      .addColumn("keep_in_touch_days", integer)
      .addColumn("stage", text)
      .addColumn("last_contact_at", text)
      .addColumn("search_text", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );
  // Lists are shown by name and filtered by stage; both within one owner.
  await db.schema
    .createIndex("people_owner_name_idx")
    .on("people")
    .columns(["owner_id", "full_name", "id"])
    .execute();
  await db.schema
    .createIndex("people_owner_stage_idx")
    .on("people")
    .columns(["owner_id", "stage"])
    .execute();
  await db.schema
    .createIndex("people_owner_org_idx")
    .on("people")
    .columns(["owner_id", "organization_id"])
    .execute();
  await db.schema
    .createIndex("people_referred_by_idx")
    .on("people")
    .column("referred_by_id")
    .execute();

  await ownedTable(db, "conversations", (t) =>
    t
      .addColumn("person_id", text, (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("target_id", text, (c) => c.references("targets.id").onDelete("set null"))
      .addColumn("mode", text, (c) => c.notNull())
      .addColumn("requested_minutes", integer, (c) => c.notNull())
      .addColumn("status", text, (c) => c.notNull())
      .addColumn("scheduled_at", text)
      .addColumn("place", text)
      .addColumn("agenda", text)
      .addColumn("notes_permission", integer)
      .addColumn("notes", text, (c) => c.notNull().defaultTo(""))
      .addColumn("research_notes", text, (c) => c.notNull().defaultTo(""))
      .addColumn("held_at", text)
      .addColumn("thank_you_sent_at", text)
      .addColumn("thank_you_channel", text)
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );
  await db.schema
    .createIndex("conversations_person_idx")
    .on("conversations")
    .column("person_id")
    .execute();
  await db.schema
    .createIndex("conversations_owner_status_idx")
    .on("conversations")
    .columns(["owner_id", "status", "scheduled_at"])
    .execute();

  await ownedTable(db, "attempts", (t) =>
    t
      .addColumn("conversation_id", text, (c) =>
        c.notNull().references("conversations.id").onDelete("cascade"),
      )
      .addColumn("number", integer, (c) => c.notNull())
      .addColumn("channel", text, (c) => c.notNull())
      .addColumn("sent_at", text, (c) => c.notNull())
      .addColumn("response", text, (c) => c.notNull().defaultTo("none"))
      .addColumn("responded_at", text)
      .addColumn("message", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addUniqueConstraint("attempts_conversation_number_uq", ["conversation_id", "number"]),
  );

  await db.schema
    .createTable("questions")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("owner_id", text, (c) => c.references("owners.id").onDelete("cascade"))
    .addColumn("key", text)
    .addColumn("text", text, (c) => c.notNull())
    .addColumn("category", text, (c) => c.notNull())
    .addColumn("phase", text, (c) => c.notNull())
    .addColumn("sensitive", integer, (c) => c.notNull().defaultTo(0))
    .addColumn("minutes", integer, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("questions_owner_idx").on("questions").column("owner_id").execute();
  await db.schema.createIndex("questions_key_uq").on("questions").column("key").unique().execute();

  await ownedTable(db, "conversation_questions", (t) =>
    t
      .addColumn("conversation_id", text, (c) =>
        c.notNull().references("conversations.id").onDelete("cascade"),
      )
      .addColumn("question_id", text, (c) => c.notNull().references("questions.id"))
      .addColumn("position", integer, (c) => c.notNull())
      .addColumn("asked", integer, (c) => c.notNull().defaultTo(0))
      .addColumn("answer", text, (c) => c.notNull().defaultTo(""))
      .addColumn("updated_at", text, (c) => c.notNull())
      .addUniqueConstraint("conversation_questions_uq", ["conversation_id", "question_id"]),
  );

  await ownedTable(db, "referrals", (t) =>
    t
      .addColumn("from_person_id", text, (c) =>
        c.notNull().references("people.id").onDelete("cascade"),
      )
      .addColumn("person_id", text, (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("conversation_id", text, (c) =>
        c.references("conversations.id").onDelete("set null"),
      )
      .addColumn("may_use_name", integer, (c) => c.notNull().defaultTo(0))
      .addColumn("note", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull()),
  );
  await db.schema
    .createIndex("referrals_from_idx")
    .on("referrals")
    .column("from_person_id")
    .execute();
  await db.schema.createIndex("referrals_person_idx").on("referrals").column("person_id").execute();

  await ownedTable(db, "insights", (t) =>
    t
      .addColumn("area", text, (c) => c.notNull())
      .addColumn("text", text, (c) => c.notNull())
      .addColumn("target_id", text, (c) => c.references("targets.id").onDelete("set null"))
      .addColumn("industry_id", text, (c) => c.references("industries.id").onDelete("set null"))
      .addColumn("organization_id", text, (c) =>
        c.references("organizations.id").onDelete("set null"),
      )
      .addColumn("person_id", text, (c) => c.references("people.id").onDelete("set null"))
      .addColumn("conversation_id", text, (c) =>
        c.references("conversations.id").onDelete("set null"),
      )
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );
  await db.schema.createIndex("insights_target_idx").on("insights").column("target_id").execute();

  await ownedTable(db, "glossary_terms", (t) =>
    t
      .addColumn("industry_id", text, (c) =>
        c.notNull().references("industries.id").onDelete("cascade"),
      )
      .addColumn("term", text, (c) => c.notNull())
      .addColumn("meaning", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );

  await ownedTable(db, "pitches", (t) =>
    t
      .addColumn("target_id", text, (c) =>
        c.notNull().unique().references("targets.id").onDelete("cascade"),
      )
      .addColumn("who_i_am", text, (c) => c.notNull().defaultTo(""))
      .addColumn("what_i_did", text, (c) => c.notNull().defaultTo(""))
      .addColumn("what_i_want", text, (c) => c.notNull().defaultTo(""))
      .addColumn("how_you_can_help", text, (c) => c.notNull().defaultTo(""))
      .addColumn("updated_at", text, (c) => c.notNull()),
  );

  await ownedTable(db, "follow_ups", (t) =>
    t
      .addColumn("person_id", text, (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("conversation_id", text, (c) =>
        c.references("conversations.id").onDelete("cascade"),
      )
      .addColumn("kind", text, (c) => c.notNull())
      .addColumn("due_on", text, (c) => c.notNull())
      .addColumn("due_at", text)
      .addColumn("done_at", text)
      .addColumn("snoozed_until", text)
      .addColumn("note", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );
  // Today's list reads the open follow-ups in due order.
  await db.schema
    .createIndex("follow_ups_open_idx")
    .on("follow_ups")
    .columns(["owner_id", "done_at", "due_on"])
    .execute();
  await db.schema
    .createIndex("follow_ups_person_idx")
    .on("follow_ups")
    .column("person_id")
    .execute();
  await db.schema
    .createIndex("follow_ups_conversation_idx")
    .on("follow_ups")
    .column("conversation_id")
    .execute();

  await ownedTable(db, "touchpoints", (t) =>
    t
      .addColumn("person_id", text, (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("direction", text, (c) => c.notNull())
      .addColumn("summary", text, (c) => c.notNull())
      .addColumn("occurred_on", text, (c) => c.notNull())
      .addColumn("created_at", text, (c) => c.notNull()),
  );
  await db.schema
    .createIndex("touchpoints_person_idx")
    .on("touchpoints")
    .column("person_id")
    .execute();

  await ownedTable(db, "leads", (t) =>
    t
      .addColumn("title", text, (c) => c.notNull())
      .addColumn("organization_id", text, (c) =>
        c.references("organizations.id").onDelete("set null"),
      )
      .addColumn("person_id", text, (c) => c.references("people.id").onDelete("set null"))
      .addColumn("conversation_id", text, (c) =>
        c.references("conversations.id").onDelete("set null"),
      )
      .addColumn("status", text, (c) => c.notNull().defaultTo("heard"))
      .addColumn("heard_on", text, (c) => c.notNull())
      .addColumn("note", text, (c) => c.notNull().defaultTo(""))
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull()),
  );

  if (engine === "sqlite") {
    // External rows keyed by person; the repository keeps it in step inside each transaction.
    await sql`CREATE VIRTUAL TABLE people_fts USING fts5(person_id UNINDEXED, owner_id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    );
  } else {
    await sql`CREATE INDEX people_search_idx ON people USING gin (to_tsvector('simple', search_text))`.execute(
      db,
    );
  }
}

export const initial: Migration = { name: "0001_initial", up };
