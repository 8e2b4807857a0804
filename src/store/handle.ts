// What use cases hold while they work: the store, or one transaction open on it. To them it is
// an opaque token they pass to repository functions; only code in this folder can open it and
// run SQL, so the application layer cannot build a query even by accident.
import type { Kysely } from "kysely";
import type { RawSqlite } from "./bulk.js";
import type { Engine } from "./migrations/migration.js";
import type { Database } from "./schema.js";

declare const opaque: unique symbol;

/** The store or a transaction open on it, as the application layer sees it. */
export interface Tx {
  readonly [opaque]: "Tx";
}

/** What a repository finds inside a Tx. */
export interface Handle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The raw SQLite connection (bulk writes through one prepared statement); null on PostgreSQL. */
  readonly sqlite: RawSqlite;
}

export function handleFor(handle: Handle): Tx {
  return handle as unknown as Tx;
}

export function handleOf(tx: Tx): Handle {
  return tx as unknown as Handle;
}

/** The query builder behind a Tx, for repositories. */
export function dbOf(tx: Tx): Kysely<Database> {
  return handleOf(tx).db;
}
