// Full-text search over people on both engines. The folded search_text (see searchText.ts) is
// indexed by FTS5 on SQLite and by a GIN tsvector index on PostgreSQL; queries match every word
// as a prefix, so "alv" finds "Álvarez" as the user types.
import { type Kysely, sql } from "kysely";
import { handleOf, type Tx } from "./handle.js";
import {
  applyFilter,
  entityColumns,
  isEmptyFilter,
  type ListFilter,
  type PageRequest,
} from "./ownedRepository.js";
import type { Database } from "./schema.js";
import { foldForSearch, searchTerms } from "./searchText.js";
import { type Entity, type Row, rowToEntity, type TableSpec } from "./tableSpec.js";

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
): Promise<void> {
  const { db, engine } = handleOf(tx);
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

export async function removeSearchText(tx: Tx, personId: string): Promise<void> {
  const { db, engine } = handleOf(tx);
  if (engine === "sqlite") {
    await db.deleteFrom("people_fts").where("person_id", "=", personId).execute();
  }
}

function ftsMatch(terms: readonly string[]): string {
  // Quoting each word keeps FTS5 operators typed by the user from being interpreted.
  return terms.map((t) => `"${t.replace(/"/g, '""')}"*`).join(" ");
}

function tsQuery(terms: readonly string[]): string {
  return terms.map((t) => `'${t.replace(/'/g, "''")}':*`).join(" & ");
}

/**
 * Up to this many matches, a page of search results is read from the matches (each looked up
 * by id, then sorted by name); past it, walking the name index and keeping the matching rows
 * finds a page sooner than sorting thousands.
 */
export const DRIVE_FROM_MATCHES = 1_500;

// biome-ignore lint/suspicious/noExplicitAny: the people table is read through its TableSpec
type Dynamic = Kysely<any>;

/**
 * One page of people matching a full-text query, with the number of matches. On SQLite the
 * number comes from the FTS index alone when no other filter applies (the index holds one row
 * per person), and the page's plan depends on how many people match (see DRIVE_FROM_MATCHES).
 * PostgreSQL plans both statements itself from its statistics.
 */
export async function searchPeoplePage(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  query: string,
  page: PageRequest,
  filter: ListFilter,
): Promise<{ items: Entity[]; total: number } | null> {
  const { db, engine } = handleOf(tx);
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  if (engine === "postgres") return searchPostgres(db, spec, ownerId, terms, page, filter);
  const match = ftsMatch(terms);
  const matches = sql`(select person_id from people_fts where people_fts match ${match} and owner_id = ${ownerId})`;
  // FROM the matches CROSS JOIN people: SQLite keeps that order, one id look-up per match.
  const fromMatches = applyFilter(
    (db as unknown as Dynamic)
      .selectFrom(matches.as("m"))
      .crossJoin("people")
      .whereRef("people.id", "=", "m.person_id")
      .where("people.owner_id", "=", ownerId),
    spec,
    filter,
  );
  // The FTS table holds one row per person, so with no other filter it counts the matches alone.
  const countMatches = sql<{
    n: number;
  }>`select count(*) as n from people_fts where people_fts match ${match} and owner_id = ${ownerId}`;
  const counted = isEmptyFilter(filter)
    ? (await countMatches.execute(db)).rows
    : await fromMatches.select(sql<number>`count(*)`.as("n")).execute();
  const total = Number(counted[0]?.n ?? 0);
  if (page.offset >= total) return { items: [], total };
  const byName = total <= DRIVE_FROM_MATCHES ? fromMatches : null;
  const rows: Row[] = await (
    byName ??
    applyFilter(
      (db as unknown as Dynamic)
        .selectFrom("people")
        .where("owner_id", "=", ownerId)
        .where(sql<boolean>`id in ${matches}`),
      spec,
      filter,
    )
  )
    .select(entityColumns(spec).map((column) => `people.${column}`))
    .orderBy("people.full_name")
    .orderBy("people.id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { items: rows.map((row) => rowToEntity(spec, row)), total };
}

/**
 * PostgreSQL counts the matches with the GIN index. Walking the name index instead, it would
 * build each row's tsvector to test it, which for a rare word (a few hundred matches among
 * 30,000) means tens of thousands of rows; so up to DRIVE_FROM_MATCHES the page is sorted from
 * the matches, read apart first (OFFSET 0 keeps the planner from merging the two).
 */
async function searchPostgres(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  terms: readonly string[],
  page: PageRequest,
  filter: ListFilter,
): Promise<{ items: Entity[]; total: number }> {
  const match = sql<boolean>`to_tsvector('simple', search_text) @@ to_tsquery('simple', ${tsQuery(terms)})`;
  const matching = applyFilter(
    (db as unknown as Dynamic).selectFrom("people").where("owner_id", "=", ownerId).where(match),
    spec,
    filter,
  );
  const counted = await matching.select(sql<number>`count(*)`.as("n")).executeTakeFirst();
  const total = Number(counted?.n ?? 0);
  if (page.offset >= total) return { items: [], total };
  const columns = entityColumns(spec);
  const rows: Row[] =
    total <= DRIVE_FROM_MATCHES
      ? await (db as unknown as Dynamic)
          .selectFrom(matching.select(columns).offset(0).as("m"))
          .selectAll()
          .orderBy("m.full_name")
          .orderBy("m.id")
          .limit(page.limit)
          .offset(page.offset)
          .execute()
      : await matching
          .select(columns)
          .orderBy("full_name")
          .orderBy("id")
          .limit(page.limit)
          .offset(page.offset)
          .execute();
  return { items: rows.map((row) => rowToEntity(spec, row)), total };
}
