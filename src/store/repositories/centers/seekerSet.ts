// Many seekers in one statement. A program's cohort asks about 1,500 seekers at once: as an
// IN list that is 1,500 bound parameters per statement, which the query builder builds node by
// node and the PostgreSQL driver sends value by value (a fifth of the dashboard's time went to
// writing and collecting them). On PostgreSQL the ids go as one array parameter; SQLite binds
// in the same process, so its IN list costs nothing to send.
import { type RawBuilder, type SqlBool, sql } from "kysely";
import { handleOf, type Tx } from "../../handle.js";

/** `column` is one of `ids`. */
export function isOneOf(tx: Tx, column: string, ids: readonly string[]): RawBuilder<SqlBool> {
  return handleOf(tx).engine === "postgres"
    ? sql<SqlBool>`${sql.ref(column)} = ANY(${sql.val([...ids])}::text[])`
    : sql<SqlBool>`${sql.ref(column)} IN (${sql.join([...ids])})`;
}

/** The ids as a one-column table named `id`, for a WITH clause. */
export function idTable(tx: Tx, ids: readonly string[]): RawBuilder<unknown> {
  return handleOf(tx).engine === "postgres"
    ? sql`SELECT unnest(${sql.val([...ids])}::text[]) AS id`
    : sql`VALUES ${sql.join(ids.map((id) => sql`(${id})`))}`;
}
