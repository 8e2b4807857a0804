// Writes a planned dataset through the real store in one transaction, with multi-row inserts
// in chunks that stay under both engines' bound-parameter limits (SQLite 32,766; PostgreSQL
// 65,535). On SQLite the people's FTS5 rows are written alongside, as the app does.
import type { Kysely } from "kysely";
import type { AppContext } from "../src/app/context.js";
import { handleFor } from "../src/store/handle.js";
import type { Database } from "../src/store/schema.js";
import { nextSearchRowid, searchRangeFor } from "../src/store/searchRows.js";
import { BENCH_MAX_ATTEMPTS } from "./dataset/attemptCounts.js";
import { BENCH_TIME_ZONE } from "./dataset/time.js";
import { type Dataset, INSERT_ORDER } from "./dataset/types.js";

const MAX_ROWS = 500;
const MAX_PARAMETERS = 30_000;

// biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time from INSERT_ORDER
type Dynamic = Kysely<any>;

async function insertChunked(db: Dynamic, table: string, rows: readonly object[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perChunk = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perChunk) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perChunk))
      .execute();
  }
}

/** On SQLite, each person's FTS row number in the owner's range, as the app gives them. */
async function searchRowids(tx: Kysely<Database>, ctx: AppContext, data: Dataset) {
  const handle = handleFor({ db: tx, engine: "sqlite", sqlite: null });
  const range = await searchRangeFor(handle, ctx.ownerId);
  const first = await nextSearchRowid(handle, range, data.people.length);
  return new Map(data.people.map((p, i) => [p.id, first + i]));
}

export async function writeDataset(ctx: AppContext, data: Dataset): Promise<void> {
  const { engine } = ctx.store;
  await ctx.store.db.transaction().execute(async (tx: Kysely<Database>) => {
    const rowids = engine === "sqlite" ? await searchRowids(tx, ctx, data) : null;
    const numbered = (people: Dataset["people"]) =>
      rowids ? people.map((p) => ({ ...p, search_rowid: rowids.get(p.id) })) : people;
    await tx
      .updateTable("settings")
      .set({ time_zone: BENCH_TIME_ZONE, max_attempts: BENCH_MAX_ATTEMPTS })
      .where("owner_id", "=", ctx.ownerId)
      .execute();
    const db = tx as unknown as Dynamic;
    for (const table of INSERT_ORDER) {
      if (table === "people") {
        // Referred people point at their referrer, so referrers go in first.
        await insertChunked(
          db,
          table,
          numbered(data.people.filter((p) => p.referred_by_id === null)),
        );
        await insertChunked(
          db,
          table,
          numbered(data.people.filter((p) => p.referred_by_id !== null)),
        );
      } else {
        await insertChunked(db, table, data[table]);
      }
    }
    if (rowids) {
      const fts = data.people.map((p) => ({
        rowid: rowids.get(p.id),
        person_id: p.id,
        owner_id: p.owner_id,
        full_name: p.full_name,
        search_text: p.search_text,
      }));
      await insertChunked(db, "people_fts", fts);
    }
  });
}
