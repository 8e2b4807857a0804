// People search from the first keystroke (see src/store/peopleSearchPage.ts): a one- or
// two-letter query matches half the network, and what used to cost was finding every match.
//
// SQLite: the FTS5 table is rebuilt from people with prefix indexes for one and two
// characters, so "s"* is one doclist read as far as needed instead of hundreds of words'
// doclists merged in full, and with each person's name beside their words, so a page of a few
// hundred matches is sorted without looking each one up in people; and an index on (owner,
// name, id, search text) lets a page walk the names in order and test each row's words
// without reading the row.
//
// PostgreSQL: the folded text's tsvector is stored (a generated column) and indexed by GIN with
// fastupdate off. The old index was on the expression, so every row PostgreSQL tested outside
// the index (a LIMIT, a walk by name) built its tsvector again, and a bulk load left a pending
// list that every search scanned.
import { sql } from "kysely";
import type { Migration } from "./migration.js";

export const searchSpeed: Migration = {
  name: "0009_search_speed",
  async up(db, engine) {
    if (engine === "sqlite") {
      await sql`CREATE VIRTUAL TABLE people_fts_by_prefix USING fts5(person_id UNINDEXED, owner_id UNINDEXED, full_name UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')`.execute(
        db,
      );
      await sql`INSERT INTO people_fts_by_prefix (person_id, owner_id, full_name, search_text)
        SELECT id, owner_id, full_name, search_text FROM people`.execute(db);
      await sql`DROP TABLE people_fts`.execute(db);
      await sql`ALTER TABLE people_fts_by_prefix RENAME TO people_fts`.execute(db);
      await db.schema
        .createIndex("people_owner_name_text_idx")
        .on("people")
        .columns(["owner_id", "full_name", "id", "search_text"])
        .execute();
      return;
    }
    await sql`ALTER TABLE people ADD COLUMN search_vector tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
    await sql`CREATE INDEX people_search_vector_idx ON people USING gin (search_vector)
      WITH (fastupdate = off)`.execute(db);
    await sql`DROP INDEX people_search_idx`.execute(db);
    await sql`ANALYZE people`.execute(db);
  },
};
