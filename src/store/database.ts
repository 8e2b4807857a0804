// Opens the database the user named: a SQLite file (the default, local mode) or a PostgreSQL
// URL (shared deployments). Everything above this file sees only `Store`.
import { statSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, sql } from "kysely";
import { handleFor, type Tx } from "./handle.js";
import { rememberPositions } from "./listPositions.js";
import { isPostgresUrl } from "./location.js";
import { migrateToLatest } from "./migrations/index.js";
import type { Engine } from "./migrations/migration.js";
import { createPrivateFile, makePrivate } from "./privateFile.js";
import type { Database } from "./schema.js";
import { pageCacheKib } from "./sqliteCache.js";
import { ImmediateSqliteDialect } from "./sqliteDialect.js";

export interface Store {
  /** The query builder; repositories and tests only (use cases hold `handle`). */
  db: Kysely<Database>;
  /** The store as use cases pass it to repositories outside a transaction. */
  handle: Tx;
  engine: Engine;
  /** The file or URL (password hidden) for messages. */
  location: string;
  /** The raw SQLite handle; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  /** Answers when the database does (the health check). */
  ping(): Promise<void>;
  /** Applies the migrations not yet applied; returns their names. */
  migrate(): Promise<string[]>;
  /**
   * Copies a SQLite database to `file` with SQLite's online backup: a consistent snapshot,
   * page by page, even while the server writes. PostgreSQL has pg_dump for that.
   */
  backupTo(file: string): Promise<{ pages: number }>;
  close(): Promise<void>;
}

type Parts = Pick<Store, "db" | "engine" | "location" | "sqlite" | "close">;

function storeOf(parts: Parts): Store {
  const { db, engine, sqlite } = parts;
  return {
    ...parts,
    handle: handleFor({ db, engine, sqlite }),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    migrate: () => migrateToLatest(db, engine),
    backupTo: async (file) => {
      if (!sqlite) throw new Error("backup copies a SQLite file; for PostgreSQL use pg_dump");
      createPrivateFile(file);
      const result = await sqlite.backup(file);
      makePrivate(file);
      return { pages: result.totalPages };
    },
  };
}

function hidePassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

export async function openStore(
  target: string,
  options: { migrate?: boolean } = {},
): Promise<Store> {
  const store = isPostgresUrl(target) ? await openPostgres(target) : openSqlite(target);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close().catch(() => {});
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot open ${store.location}: ${reason}`);
    }
  }
  return store;
}

function openSqlite(file: string): Store {
  let sqlite: SqliteDatabase.Database;
  try {
    createPrivateFile(file);
    sqlite = new SqliteDatabase(file);
  } catch (error) {
    throw new Error(
      `cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // WAL lets the server read while it writes; synchronous=FULL makes every acknowledged commit
  // durable even if the machine loses power right after, at a small cost per commit.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`cache_size = -${pageCacheKib(statSync(file).size)}`);
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }),
  });
  rememberPositions(db, sqlite);
  return storeOf({
    db,
    engine: "sqlite",
    location: file,
    sqlite,
    close: () => db.destroy(),
  });
}

const STATEMENTS_KEPT = 256;

/**
 * The handle Kysely runs queries through, keeping prepared statements by their SQL: Kysely
 * prepares every query it runs, and a list request's statements are the same each time.
 * SQLite re-prepares a kept statement itself if the schema changes under it.
 */
function cachingStatements(sqlite: SqliteDatabase.Database) {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(text: string) {
      let statement = kept.get(text);
      if (statement) {
        kept.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (kept.size >= STATEMENTS_KEPT) {
          const oldest = kept.keys().next().value;
          if (oldest !== undefined) kept.delete(oldest);
        }
      }
      kept.set(text, statement);
      return statement;
    },
  };
}

async function openPostgres(url: string): Promise<Store> {
  // Loaded only for PostgreSQL: the local default (SQLite) should not pay for the driver.
  const { default: pg } = await import("pg");
  // int8 (count(*), sums) arrives as a string from pg; our counts fit easily in a JS number.
  pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover, a database dropped at the end of
  // a test) reports here; without a listener Node would end the whole process for it. The pool
  // drops that connection and opens another on the next query.
  pool.on("error", (error) => {
    console.error(`PostgreSQL closed an idle connection: ${error.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return storeOf({
    db,
    engine: "postgres",
    location: hidePassword(url),
    sqlite: null,
    close: () => db.destroy(),
  });
}
