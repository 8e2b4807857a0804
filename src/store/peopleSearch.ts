// Full-text search over people on both engines. The folded search_text (see searchText.ts) is
// indexed by FTS5 on SQLite and by a GIN tsvector index on PostgreSQL; queries match every word
// as a prefix, so "alv" finds "Álvarez" as the user types.
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Engine } from "./migrations/migration.js";
import type { Database } from "./schema.js";
import { foldForSearch, searchTerms } from "./searchText.js";

export interface SearchableFields {
  fullName: string;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  tags: string[];
  notes: string;
}

export function personSearchText(fields: SearchableFields): string {
  return foldForSearch(
    [
      fields.fullName,
      fields.title ?? "",
      fields.organizationName ?? "",
      fields.emails.join(" "),
      fields.tags.join(" "),
      fields.notes,
    ].join(" "),
  );
}

/** Writes the person's search text and keeps SQLite's FTS table in step, in the caller's transaction. */
export async function writeSearchText(
  db: Kysely<Database>,
  engine: Engine,
  ownerId: string,
  personId: string,
  text: string,
): Promise<void> {
  await db
    .updateTable("people")
    .set({ search_text: text })
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId)
    .execute();
  if (engine === "sqlite") {
    await db.deleteFrom("people_fts").where("person_id", "=", personId).execute();
    await db
      .insertInto("people_fts")
      .values({ person_id: personId, owner_id: ownerId, search_text: text })
      .execute();
  }
}

export async function removeSearchText(
  db: Kysely<Database>,
  engine: Engine,
  personId: string,
): Promise<void> {
  if (engine === "sqlite") {
    await db.deleteFrom("people_fts").where("person_id", "=", personId).execute();
  }
}

/** A condition on `people` that holds for rows matching every word of the query; null if the query has no words. */
export function peopleMatch(
  engine: Engine,
  ownerId: string,
  query: string,
): RawBuilder<boolean> | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  if (engine === "sqlite") {
    // Quoting each word keeps FTS5 operators typed by the user from being interpreted.
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"*`).join(" ");
    return sql<boolean>`id in (select person_id from people_fts where people_fts match ${match} and owner_id = ${ownerId})`;
  }
  const tsquery = terms.map((t) => `'${t.replace(/'/g, "''")}':*`).join(" & ");
  return sql<boolean>`to_tsvector('simple', search_text) @@ to_tsquery('simple', ${tsquery})`;
}
