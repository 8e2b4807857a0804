// The reads a people search is planned from, written once per engine: the matches (each with
// their name), counted up to a cap or sorted in full, and a walk of the names in order testing
// each row. Which to use when is decided in peopleSearchPage.ts.
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { Engine } from "./migrations/migration.js";
import {
  applyFilter,
  isEmptyFilter,
  type ListFilter,
  type PageRequest,
} from "./ownedRepository.js";
import type { Database } from "./schema.js";
import { ownersSearchRows } from "./searchRows.js";
import type { TableSpec } from "./tableSpec.js";

// biome-ignore lint/suspicious/noExplicitAny: the people table is read through its TableSpec
type Dynamic = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: the builder's row type depends on the query
type AnySelect = SelectQueryBuilder<any, any, any>;

export interface SearchReads {
  /** How many people match, counting no further than `cap` (null: all of them). */
  count(cap: number | null): Promise<number>;
  /**
   * How many people have a name that starts with the first word, counting no further than
   * `cap`; null where the engine cannot tell cheaply (PostgreSQL).
   */
  countLeading(cap: number): Promise<number | null>;
  /** A page of ids read from every match, sorted by name. */
  sortedMatches(page: PageRequest): Promise<string[]>;
  /** A page of ids among the first `rows` people by name, tested one by one. */
  walkByName(page: PageRequest, rows: number): Promise<string[]>;
}

interface Query {
  db: Dynamic;
  spec: TableSpec;
  ownerId: string;
  terms: readonly string[];
  filter: ListFilter;
}

/** What an engine provides: every match as (id, full_name), and a test of one walked row. */
interface EngineSearch {
  matches(): AnySelect;
  /** The people whose name starts with the first word; null where the engine cannot say. */
  leadingMatches: (() => AnySelect) | null;
  /** The matches as a subquery the planner reads apart from the sort around it. */
  apart(matches: AnySelect): AnySelect;
  walkColumn: "search_text" | "search_vector";
  walkTest: RawBuilder<boolean>;
}

function ids(rows: readonly { id: string }[]): string[] {
  return rows.map((row) => row.id);
}

function inPage<Q extends AnySelect>(query: Q, page: PageRequest): Q {
  return query.orderBy("full_name").orderBy("id").limit(page.limit).offset(page.offset) as Q;
}

function sqliteSearch(q: Query): EngineSearch {
  // Quoting each word keeps FTS5 operators typed by the user from being interpreted.
  const phrases = q.terms.map((t) => `"${t.replace(/"/g, '""')}"*`);
  const match = phrases.join(" ");
  // The FTS table holds one row per person with their name, so with no other filter it finds,
  // counts and sorts the matches alone; its prefix index hands them over one by one, so a cap
  // stops the reading early. The owner is a range of row numbers (searchRows.ts): testing an
  // owner_id column would read every match's stored row.
  const inIndex = (match: string) =>
    q.db
      .selectFrom("people_fts")
      .select(["person_id as id", "full_name"])
      .where(sql<boolean>`people_fts match ${match}`)
      .where(ownersSearchRows(q.ownerId));
  // With a filter, each match is looked up in people: FROM the matches CROSS JOIN people, an
  // order SQLite keeps, one id look-up per match.
  const joined = (match: string) =>
    applyFilter(
      q.db
        .selectFrom(
          sql`(select person_id from people_fts where people_fts match ${match} and ${ownersSearchRows(q.ownerId)})`.as(
            "m",
          ),
        )
        .crossJoin("people")
        .select(["people.id as id", "people.full_name as full_name"])
        .whereRef("people.id", "=", "m.person_id")
        .where("people.owner_id", "=", q.ownerId),
      q.spec,
      q.filter,
    );
  // Every word a prefix of one of the row's words, as the FTS query matches them; the (owner,
  // name, id, search text) index answers this without reading the rows.
  const walkTest = sql<boolean>`(${sql.join(
    q.terms.map((t) => sql`instr(' ' || w.search_text, ${` ${t}`}) > 0`),
    sql` and `,
  )})`;
  const select = isEmptyFilter(q.filter) ? inIndex : joined;
  return {
    matches: () => select(match),
    // The folded text starts with the name, so "^" (FTS5: at the start of the column) finds
    // the people whose name starts with the first word typed. That word alone: one doclist,
    // where the whole query's words cost as much again as the count.
    leadingMatches: () => select(`^${phrases[0]}`),
    apart: (matches) => matches,
    walkColumn: "search_text",
    walkTest,
  };
}

function postgresSearch(q: Query): EngineSearch {
  const tsQuery = q.terms.map((t) => `'${t.replace(/'/g, "''")}':*`).join(" & ");
  const query = sql`to_tsquery('simple', ${tsQuery})`;
  return {
    matches: () =>
      applyFilter(
        q.db
          .selectFrom("people")
          .select(["id", "full_name"])
          .where("owner_id", "=", q.ownerId)
          .where(sql<boolean>`search_vector @@ ${query}`),
        q.spec,
        q.filter,
      ),
    // OFFSET 0 keeps PostgreSQL from merging the two, which would walk the name index and test
    // every row for a word that only a few hundred people have.
    apart: (matches) => matches.offset(0),
    leadingMatches: null,
    walkColumn: "search_vector",
    walkTest: sql<boolean>`w.search_vector @@ ${query}`,
  };
}

function reads(q: Query, engine: EngineSearch): SearchReads {
  const counted = async (some: AnySelect, cap: number | null) => {
    const row = await q.db
      .selectFrom((cap === null ? some : some.limit(cap)).as("m"))
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  const around = (query: AnySelect) =>
    q.db.selectFrom(query.as("m")).select(["m.id", "m.full_name"]);
  return {
    count: (cap) => counted(engine.matches(), cap),
    countLeading: async (cap) =>
      engine.leadingMatches ? counted(engine.leadingMatches(), cap) : null,
    async sortedMatches(page) {
      return ids(await inPage(around(engine.apart(engine.matches())), page).execute());
    },
    async walkByName(page, rows) {
      // The inner query walks the (owner, name, id) index and stops after `rows`.
      const first = applyFilter(
        q.db
          .selectFrom("people")
          .select(["id", "full_name", engine.walkColumn])
          .where("owner_id", "=", q.ownerId)
          .orderBy("full_name")
          .orderBy("id")
          .limit(rows),
        q.spec,
        q.filter,
      );
      return ids(
        await inPage(
          q.db.selectFrom(first.as("w")).select(["w.id", "w.full_name"]).where(engine.walkTest),
          page,
        ).execute(),
      );
    },
  };
}

export function searchReads(
  engine: Engine,
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  terms: readonly string[],
  filter: ListFilter,
): SearchReads {
  const q: Query = { db: db as unknown as Dynamic, spec, ownerId, terms, filter };
  return reads(q, engine === "sqlite" ? sqliteSearch(q) : postgresSearch(q));
}
