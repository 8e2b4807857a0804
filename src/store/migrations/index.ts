// Runs the migrations in order with Kysely's migrator, which records them and takes a lock so
// two processes starting at once do not both migrate.
import { type Kysely, type MigrationResultSet, Migrator } from "kysely";
import { initial } from "./0001_initial.js";
import { calendarFeeds } from "./0002_calendar_feeds.js";
import { listIndexes } from "./0003_list_indexes.js";
import { structuredNames } from "./0004_structured_names.js";
import { accounts } from "./0005_accounts.js";
import { practiceWords } from "./0006_practice_words.js";
import { reminders } from "./0007_reminders.js";
import { centers } from "./0008_centers.js";
import { searchSpeed } from "./0009_search_speed.js";
import { capturedTerms } from "./0010_captured_terms.js";
import { centerIndexes } from "./0011_center_indexes.js";
import { conversationActivityIndex } from "./0012_conversation_activity_index.js";
import { searchRowsByOwner } from "./0013_search_rows_by_owner.js";
import type { Engine, Migration } from "./migration.js";

export const MIGRATIONS: readonly Migration[] = [
  initial,
  calendarFeeds,
  listIndexes,
  structuredNames,
  accounts,
  practiceWords,
  reminders,
  centers,
  searchSpeed,
  capturedTerms,
  centerIndexes,
  conversationActivityIndex,
  searchRowsByOwner,
];

export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema
  db: Kysely<any>,
  engine: Engine,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    migrationTableName: "inroads_migrations",
    migrationLockTableName: "inroads_migrations_lock",
    // Numbers are handed out as work starts, not as it lands: 0009 landed after 0010-0012, so
    // a database that already ran those runs 0009 when it arrives instead of being refused.
    // Each migration stands on its own and on those numbered before it that landed first.
    allowUnorderedMigrations: true,
    provider: {
      async getMigrations() {
        return Object.fromEntries(
          MIGRATIONS.map((m) => [m.name, { up: (tx: Kysely<unknown>) => m.up(tx, engine) }]),
        );
      },
    },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    // No failed migration means the database could not even be read (unreachable, locked…).
    throw new Error(failed ? `migration ${failed.migrationName} failed: ${reason}` : reason);
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
