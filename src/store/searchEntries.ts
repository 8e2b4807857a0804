// SQLite's FTS rows for many people at once (imports and restores), numbered by owner as
// searchRows.ts explains: a person who has a row keeps its number, a new one takes the owner's
// next numbers, written back to people.search_rowid in the same transaction.
import { insertInChunks } from "./bulk.js";
import { handleOf, type Tx } from "./handle.js";
import { nextSearchRowid, recordSearchRowid, searchRangeFor } from "./searchRows.js";

/** SQLite's bound-parameter limit is 32,766: 500 ids a statement stays well under it. */
const IDS_PER_STATEMENT = 500;

export interface SearchEntry {
  personId: string;
  fullName: string;
  text: string;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += IDS_PER_STATEMENT) {
    out.push(items.slice(start, start + IDS_PER_STATEMENT));
  }
  return out;
}

/** The row numbers these people already have. */
async function numbersOf(
  tx: Tx,
  ownerId: string,
  personIds: readonly string[],
): Promise<Map<string, number>> {
  const { db } = handleOf(tx);
  const known = new Map<string, number>();
  for (const ids of chunks(personIds)) {
    const rows = await db
      .selectFrom("people")
      .select(["id", "search_rowid"])
      .where("owner_id", "=", ownerId)
      .where("id", "in", ids)
      .execute();
    for (const row of rows) {
      if (typeof row.search_rowid === "number") known.set(row.id, row.search_rowid);
    }
  }
  return known;
}

/** Writes each newly numbered person's row number into people. */
async function recordNumbers(
  tx: Tx,
  ownerId: string,
  numbered: readonly { id: string; rowid: number }[],
): Promise<void> {
  const { sqlite } = handleOf(tx);
  if (sqlite?.inTransaction) {
    const statement = sqlite.prepare(
      "update people set search_rowid = ? where owner_id = ? and id = ?",
    );
    for (const { id, rowid } of numbered) statement.run(rowid, ownerId, id);
    return;
  }
  for (const { id, rowid } of numbered) await recordSearchRowid(tx, ownerId, id, rowid);
}

/**
 * Keeps SQLite's FTS table in step with people whose search_text the caller has written
 * (PostgreSQL indexes the column itself). `replace` drops the old rows of people who had one.
 */
export async function writeSearchEntries(
  tx: Tx,
  ownerId: string,
  entries: readonly SearchEntry[],
  options: { replace: boolean },
): Promise<void> {
  const { db, engine, sqlite } = handleOf(tx);
  if (engine !== "sqlite" || entries.length === 0) return;
  const known = options.replace
    ? await numbersOf(
        tx,
        ownerId,
        entries.map((entry) => entry.personId),
      )
    : new Map<string, number>();
  for (const rowids of chunks([...known.values()])) {
    await db.deleteFrom("people_fts").where("rowid", "in", rowids).execute();
  }
  const numbered: { id: string; rowid: number }[] = [];
  const fresh = entries.length - known.size;
  let next = fresh > 0 ? await nextSearchRowid(tx, await searchRangeFor(tx, ownerId), fresh) : 0;
  const rows = entries.map((entry) => {
    let rowid = known.get(entry.personId);
    if (rowid === undefined) {
      rowid = next++;
      numbered.push({ id: entry.personId, rowid });
    }
    return {
      rowid,
      person_id: entry.personId,
      owner_id: ownerId,
      full_name: entry.fullName,
      search_text: entry.text,
    };
  });
  await recordNumbers(tx, ownerId, numbered);
  await insertInChunks(db, "people_fts", rows, sqlite);
}
