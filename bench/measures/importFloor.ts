// The floor for importing a LinkedIn file: what no importer can avoid. Parse the file with
// csv-parse, then write each connection as a people row and its FTS5 row with prepared
// statements in one transaction, on a fresh database (opened and migrated before the clock).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { fixedClock } from "../../src/app/context.js";
import { openApp } from "../../src/app/open.js";
import { newId } from "../../src/store/ids.js";
import { personSearchText } from "../../src/store/peopleSearch.js";
import { searchRangeFor } from "../../src/store/searchRows.js";
import { BENCH_NOW } from "../dataset/time.js";

export async function importFloorMs(csvFile: string, databaseFile: string): Promise<number> {
  const app = await openApp(databaseFile, fixedClock(BENCH_NOW));
  const sqlite = app.ctx.store.sqlite;
  if (!sqlite) throw new Error("the floor is measured on SQLite");
  try {
    // The owner's range of FTS row numbers is given once, before the clock, as the app does on
    // a first import.
    const range = await searchRangeFor(app.ctx.store.handle, app.ctx.ownerId);
    let rowid = range.low;
    const started = performance.now();
    const records: string[][] = parse(readFileSync(csvFile), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    const at = records.findIndex((row) => row[0] === "First Name" && row[1] === "Last Name");
    if (at < 0) throw new Error("no LinkedIn header");
    const insertPerson = sqlite.prepare(
      `insert into people (id, owner_id, full_name, title, emails, profile_url, how_known, degree,
        search_text, search_rowid, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, 'online', 'first', ?, ?, ?, ?)`,
    );
    const insertFts = sqlite.prepare(
      "insert into people_fts (rowid, person_id, owner_id, full_name, search_text) values (?, ?, ?, ?, ?)",
    );
    const owner = app.ctx.ownerId;
    sqlite.transaction(() => {
      for (const [
        first = "",
        last = "",
        url = "",
        email = "",
        company = "",
        position = "",
      ] of records.slice(at + 1)) {
        const id = newId();
        rowid++;
        const fullName = `${first} ${last}`.trim();
        const emails = email ? [email] : [];
        const text = personSearchText({
          fullName,
          title: position || null,
          organizationName: company || null,
          emails,
          tags: [],
          notes: "",
        });
        insertPerson.run(
          id,
          owner,
          fullName,
          position || null,
          JSON.stringify(emails),
          url || null,
          text,
          rowid,
          BENCH_NOW,
          BENCH_NOW,
        );
        insertFts.run(rowid, id, owner, fullName, text);
      }
    })();
    return performance.now() - started;
  } finally {
    await app.close();
  }
}
