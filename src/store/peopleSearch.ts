// What a person is found by: the folded search_text (see searchText.ts), written with every
// write of a person and indexed by FTS5 on SQLite and by a stored tsvector under GIN on
// PostgreSQL. Queries match every word as a prefix, so "alv" finds "Álvarez" as the user types;
// how a page of matches is read is peopleSearchPage.ts.
import { handleOf, type Tx } from "./handle.js";
import { nextSearchRowid, recordSearchRowid, searchRangeFor } from "./searchRows.js";
import { foldForSearch } from "./searchText.js";

export interface SearchableFields {
  fullName: string;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  tags: string[];
  notes: string;
}

/**
 * A person as the write paths hold one: a stored entity, an imported contact or a restored
 * row. Only the searchable fields are read.
 */
export interface SearchablePerson {
  fullName?: unknown;
  title?: unknown;
  emails?: unknown;
  tags?: unknown;
  notes?: unknown;
}

/** The one rule for what a person is found by; every write of a person goes through it. */
export function searchTextOf(person: SearchablePerson, organizationName: string | null): string {
  return personSearchText({
    fullName: String(person.fullName),
    title: (person.title as string | null) ?? null,
    organizationName,
    emails: (person.emails as string[]) ?? [],
    tags: (person.tags as string[]) ?? [],
    notes: String(person.notes ?? ""),
  });
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
  tx: Tx,
  ownerId: string,
  personId: string,
  text: string,
  fullName: string,
): Promise<void> {
  const { db, engine } = handleOf(tx);
  const person = db
    .updateTable("people")
    .set({ search_text: text })
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId);
  if (engine !== "sqlite") {
    await person.execute();
    return;
  }
  const written = await person.returning("search_rowid").executeTakeFirst();
  if (!written) return;
  let rowid = written.search_rowid ?? null;
  if (rowid === null) {
    rowid = await nextSearchRowid(tx, await searchRangeFor(tx, ownerId));
    await recordSearchRowid(tx, ownerId, personId, rowid);
  } else {
    await db.deleteFrom("people_fts").where("rowid", "=", rowid).execute();
  }
  await db
    .insertInto("people_fts")
    .values({
      rowid,
      person_id: personId,
      owner_id: ownerId,
      full_name: fullName,
      search_text: text,
    })
    .execute();
}

/** Takes the person out of SQLite's FTS table; call it before the person's row is deleted. */
export async function removeSearchText(tx: Tx, ownerId: string, personId: string): Promise<void> {
  const { db, engine } = handleOf(tx);
  if (engine !== "sqlite") return;
  const person = await db
    .selectFrom("people")
    .select("search_rowid")
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId)
    .executeTakeFirst();
  if (typeof person?.search_rowid === "number") {
    await db.deleteFrom("people_fts").where("rowid", "=", person.search_rowid).execute();
  }
}
