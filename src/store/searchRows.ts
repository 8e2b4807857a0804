// How SQLite's FTS table numbers its rows: each owner has a range of 2^32 row numbers, from
// their search key times 2^32, and each person keeps the number of their row (people.
// search_rowid). FTS5 seeks a row by number and limits a match to a range of numbers without
// reading the stored rows, which it must do to test any other column: so a search names the
// owner by their range, and a write finds a person's old row by its number.
//
// Keys are handed out on an owner's first indexed person (the owner's highest person number
// plus one is the next); writes on SQLite are serialized, so two writers never take the same.
// Keys stay below 2^21, so every row number is an exact JavaScript number.
import { type RawBuilder, sql } from "kysely";
import { dbOf, type Tx } from "./handle.js";

const ROWS_PER_OWNER = 2 ** 32;

export interface SearchRange {
  low: number;
  high: number;
}

function rangeOf(key: number): SearchRange {
  return { low: key * ROWS_PER_OWNER, high: key * ROWS_PER_OWNER + (ROWS_PER_OWNER - 1) };
}

/** The owner's range of FTS rows; null when none of their people was ever indexed. */
export async function searchRangeOf(tx: Tx, ownerId: string): Promise<SearchRange | null> {
  const row = await dbOf(tx)
    .selectFrom("owners")
    .select("search_key")
    .where("id", "=", ownerId)
    .executeTakeFirst();
  return typeof row?.search_key === "number" ? rangeOf(row.search_key) : null;
}

/** The owner's range, given a key first if they have none (inside a write transaction). */
export async function searchRangeFor(tx: Tx, ownerId: string): Promise<SearchRange> {
  const known = await searchRangeOf(tx, ownerId);
  if (known) return known;
  await dbOf(tx)
    .updateTable("owners")
    .set({
      search_key: sql<number>`(SELECT coalesce(max(search_key), 0) + 1 FROM owners)`,
    })
    .where("id", "=", ownerId)
    .execute();
  const given = await searchRangeOf(tx, ownerId);
  if (!given) throw new Error(`no owner ${ownerId} to index people for`);
  return given;
}

/** The owner's next row number: it and the `count - 1` after it are free for new people. */
export async function nextSearchRowid(tx: Tx, range: SearchRange, count = 1): Promise<number> {
  const row = await dbOf(tx)
    .selectFrom("people_fts")
    .select("rowid")
    .where("rowid", ">=", range.low)
    .where("rowid", "<=", range.high)
    .orderBy("rowid", "desc")
    .limit(1)
    .executeTakeFirst();
  const next = (row?.rowid ?? range.low) + 1;
  if (next + count - 1 > range.high)
    throw new Error("this owner's search index has no row numbers left");
  return next;
}

/**
 * A condition on people_fts: the row is one of this owner's. The range is read inside the
 * statement, so a search costs no statement more; FTS5 is handed it as bounds on the rowid.
 */
export function ownersSearchRows(ownerId: string): RawBuilder<boolean> {
  const key = sql`(SELECT search_key FROM owners WHERE id = ${ownerId})`;
  return sql<boolean>`people_fts.rowid BETWEEN ${key} * ${sql.lit(ROWS_PER_OWNER)} AND ${key} * ${sql.lit(ROWS_PER_OWNER)} + ${sql.lit(ROWS_PER_OWNER - 1)}`;
}

/** Keeps the number of a person's FTS row with the person. */
export async function recordSearchRowid(
  tx: Tx,
  ownerId: string,
  personId: string,
  rowid: number,
): Promise<void> {
  await dbOf(tx)
    .updateTable("people")
    .set({ search_rowid: rowid })
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId)
    .execute();
}
