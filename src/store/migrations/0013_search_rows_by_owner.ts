// SQLite's FTS table numbers its rows by owner, so a search and a write find their rows by
// key instead of reading every row (see src/store/searchRows.ts).
//
// Before, the FTS rows had numbers of their own: a search tested each match's owner_id, which
// FTS5 can only do by reading the stored row (1,000 matches counted cost 0.4 ms; 0.06 ms by
// range), and every edit of a person found its old row by person_id, a column FTS5 does not
// index, so it read the whole table (6 ms at 30,000 people, 19 ms at 100,000). Rebuilding also
// drops rows left behind by owners deleted before deleteOwner removed theirs.
//
// PostgreSQL indexes people.search_text in place and has no FTS table: nothing to do there.
import { sql } from "kysely";
import type { Migration } from "./migration.js";

export const searchRowsByOwner: Migration = {
  name: "0013_search_rows_by_owner",
  async up(db, engine) {
    if (engine !== "sqlite") return;
    await sql`ALTER TABLE owners ADD COLUMN search_key INTEGER`.execute(db);
    await sql`UPDATE owners SET search_key = (SELECT count(*) FROM owners o WHERE o.rowid <= owners.rowid)`.execute(
      db,
    );
    await sql`CREATE UNIQUE INDEX owners_search_key_idx ON owners (search_key)`.execute(db);
    await sql`ALTER TABLE people ADD COLUMN search_rowid INTEGER`.execute(db);
    // A person's number within the owner's range: their row's own number, unique and below
    // 2^32 (a person added later takes the owner's highest number plus one).
    await sql`UPDATE people SET search_rowid =
      (SELECT search_key FROM owners WHERE owners.id = people.owner_id) * 4294967296 + rowid`.execute(
      db,
    );
    await sql`CREATE VIRTUAL TABLE people_fts_by_owner USING fts5(person_id UNINDEXED, owner_id UNINDEXED, full_name UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')`.execute(
      db,
    );
    await sql`INSERT INTO people_fts_by_owner (rowid, person_id, owner_id, full_name, search_text)
      SELECT search_rowid, id, owner_id, full_name, search_text FROM people`.execute(db);
    await sql`DROP TABLE people_fts`.execute(db);
    await sql`ALTER TABLE people_fts_by_owner RENAME TO people_fts`.execute(db);
  },
};
