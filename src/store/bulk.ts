// Writing many rows at once, for imports and restores. One INSERT per row would cost a round
// trip each (tens of thousands for a LinkedIn export); one INSERT for all would pass SQLite's
// limit on bound parameters (32,766). Chunks of at most 500 rows stay under it on every table.
// On SQLite there is no round trip to save: given the connection's own handle, the rows go
// through one prepared statement instead, which skips building and compiling a query per chunk
// (at 30,000 people that was a third of an import).
import type SqliteDatabase from "better-sqlite3";
import type { Kysely } from "kysely";
import { handleOf, type Tx } from "./handle.js";
import type { Database } from "./schema.js";

// biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time, like ownedRepository's
type Dynamic = Kysely<any>;

const MAX_ROWS = 500;
const MAX_PARAMETERS = 32_000;

export type BulkRow = Record<string, unknown>;

function chunkSize(row: object): number {
  const columns = Math.max(1, Object.keys(row).length);
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns)));
}

/** The raw SQLite handle of a transaction's connection; null on PostgreSQL. */
export type RawSqlite = SqliteDatabase.Database | null;

function bindable(value: unknown): boolean {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "bigint"
  );
}

/** Null when a row does not fit one prepared statement (other columns, or a value to convert). */
function preparedValues(
  rows: readonly object[],
): { columns: string[]; values: unknown[][] } | null {
  const columns = Object.keys(rows[0] as object);
  const values: unknown[][] = [];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    if (Object.keys(record).length !== columns.length) return null;
    const list = columns.map((column) => record[column]);
    if (!list.every(bindable)) return null;
    values.push(list);
  }
  return { columns, values };
}

/**
 * Inserts rows (all with the same columns) in as few statements as the limits allow. With
 * `sqlite`, the handle of the connection the caller's transaction is open on, rows of plain
 * values are written with one prepared statement, in that same transaction.
 */
export async function insertInChunks(
  db: Kysely<Database>,
  table: keyof Database,
  rows: readonly object[],
  sqlite: RawSqlite = null,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const prepared = sqlite?.inTransaction ? preparedValues(rows) : null;
  if (sqlite && prepared) {
    const names = prepared.columns.map((column) => `"${column.replace(/"/g, '""')}"`);
    const statement = sqlite.prepare(
      `insert into "${table}" (${names.join(", ")}) values (${names.map(() => "?").join(", ")})`,
    );
    for (const values of prepared.values) statement.run(values);
    return;
  }
  const size = chunkSize(first);
  for (let start = 0; start < rows.length; start += size) {
    await (db as unknown as Dynamic)
      .insertInto(table)
      .values(rows.slice(start, start + size))
      .execute();
  }
}

/** insertInChunks inside the transaction `tx`, through its connection's own handle. */
export function insertRows(tx: Tx, table: keyof Database, rows: readonly object[]): Promise<void> {
  const { db, sqlite } = handleOf(tx);
  return insertInChunks(db, table, rows, sqlite);
}
