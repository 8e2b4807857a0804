// A page of people search, planned so that a one-letter query costs about what a full name
// does. What the person sees is the first page of 50 and how many match; past a thousand the
// exact number tells them nothing, and finding it meant reading every match (15,000 for "s"
// among 30,000 people). So:
//
// 1. Count the matches up to one past a bound (COUNT_BOUND, or the end of the page asked for).
//    Up to the bound the count is exact. Past it the total says "at least" (an exact count is
//    read only when asked for).
// 2. Up to the bound the matches are few: the page is sorted from them. Past it they are
//    common, so walking the people in name order and testing each finds a page within a few
//    thousand rows. If the walk comes up short (the matches bunch up late in the alphabet,
//    e.g. a common first name), every match is sorted after all; on SQLite, up to
//    SORTED_UP_TO matches that bunch so are sorted without trying the walk.
//
// Both paths order by (full_name, id), as the unfiltered list does, so pages follow each other.
import { type Kysely, sql } from "kysely";
import { handleOf, type Tx } from "./handle.js";
import { entityColumns, type ListFilter, type PageRequest } from "./ownedRepository.js";
import { type SearchReads, searchReads } from "./peopleSearchEngines.js";
import { searchTerms } from "./searchText.js";
import { type Entity, type Row, rowToEntity, type TableSpec } from "./tableSpec.js";

// biome-ignore lint/suspicious/noExplicitAny: the people table is read through its TableSpec
type Dynamic = Kysely<any>;

/** Past this many matches a search answers "at least this many" unless asked for the exact count. */
export const COUNT_BOUND = 1_000;

/**
 * With an exact count asked for, from this many matches on a page is first looked for by
 * walking the names: sorting 500 matches costs about what walking WALK_ROWS people does.
 */
const WALK_FROM = 500;

/**
 * Up to this many matches the page may be sorted from them even past COUNT_BOUND: SQLite counts
 * 2,000 matches by row number (searchRows.ts) in about 0.1 ms and sorts them in about 1.5 ms.
 * Between the bound and this, the walk is tried unless the matches bunch together in name
 * order, as a first name's do ("María", "Søren": at 100,000 people the walk through the first
 * 5,000 names never reached them, and its 1.7 ms came before the sort anyway). PostgreSQL
 * counts row by row from its GIN index, so it stops at the bound and always walks.
 */
export const SORTED_UP_TO = { sqlite: 2_000, postgres: COUNT_BOUND } as const;

/**
 * People walked in name order before a page of a common word's matches is given up on: about
 * a millisecond on either engine (SQLite reads them from one index, PostgreSQL from the rows).
 * The walk finds a page when at least 1 in 100 (1 in 40) people match; rarer words are sorted.
 */
const WALK_ROWS = { sqlite: 5_000, postgres: 2_000 } as const;

export interface SearchPage {
  items: Entity[];
  total: number;
  /** True when `total` is a lower bound: at least that many match. */
  totalIsLowerBound: boolean;
}

export async function searchPeoplePage(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  query: string,
  page: PageRequest,
  filter: ListFilter,
  options: { exactCount?: boolean } = {},
): Promise<SearchPage | null> {
  const { db, engine } = handleOf(tx);
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const reads = searchReads(engine, db, spec, ownerId, terms, filter);
  const found = options.exactCount
    ? await exactly(reads, page)
    : await upToBound(reads, page, Math.max(COUNT_BOUND, page.offset + page.limit), engine);
  if (found.ids === null) {
    // Many matches: walk the names, and sort them all only if the walk comes up short.
    const walked = await reads.walkByName(page, walkRows(engine, page));
    found.ids = walked.length === page.limit ? walked : await reads.sortedMatches(page);
  }
  return {
    items: await peopleInOrder(tx, spec, ownerId, found.ids),
    total: found.total,
    totalIsLowerBound: found.totalIsLowerBound,
  };
}

export interface Found {
  total: number;
  totalIsLowerBound: boolean;
  /** The page, or null when it is to be found by walking the names. */
  ids: string[] | null;
}

/**
 * Counts the matches up to one past the bound, or past SORTED_UP_TO: up to the bound, and up to
 * SORTED_UP_TO when they bunch, the page is sorted from them. The total says "at least the
 * bound" past it, however far the count went, so both engines answer alike.
 */
export async function upToBound(
  reads: SearchReads,
  page: PageRequest,
  bound: number,
  engine: "sqlite" | "postgres",
): Promise<Found> {
  const sortable = Math.max(bound, SORTED_UP_TO[engine]);
  const seen = await reads.count(sortable + 1);
  const total =
    seen > bound
      ? { total: bound, totalIsLowerBound: true }
      : { total: seen, totalIsLowerBound: false };
  if (seen > sortable || (seen > bound && !(await bunched(reads, seen)))) {
    return { ...total, ids: null };
  }
  const ids = page.offset >= seen ? [] : await reads.sortedMatches(page);
  return { ...total, ids };
}

/**
 * Whether the matches sit together in name order: as many people as a third of them have a
 * name that starts with the first word typed, as when it is a first name.
 */
async function bunched(reads: SearchReads, seen: number): Promise<boolean> {
  const third = Math.ceil(seen / 3);
  const leading = await reads.countLeading(third);
  return leading !== null && leading >= third;
}

async function exactly(reads: SearchReads, page: PageRequest): Promise<Found> {
  const total = await reads.count(null);
  if (page.offset >= total) return { total, totalIsLowerBound: false, ids: [] };
  const ids = total >= WALK_FROM ? null : await reads.sortedMatches(page);
  return { total, totalIsLowerBound: false, ids };
}

/** Rows walked for a page: more for pages further down, within a few milliseconds. */
function walkRows(engine: "sqlite" | "postgres", page: PageRequest): number {
  return WALK_ROWS[engine] * Math.min(4, Math.ceil((page.offset + page.limit) / 50));
}

/** The people with these ids, in the order given. */
async function peopleInOrder(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  ids: string[],
): Promise<Entity[]> {
  if (ids.length === 0) return [];
  const { db, engine } = handleOf(tx);
  // Without statistics SQLite would rather scan the owner's index than look up 50 ids by key;
  // a unary + on the column keeps it from choosing that index.
  const owner = sql.raw(engine === "sqlite" ? "+owner_id" : "owner_id");
  const rows: Row[] = await (db as unknown as Dynamic)
    .selectFrom("people")
    .select(entityColumns(spec))
    .where("id", "in", ids)
    .where(sql<boolean>`${owner} = ${ownerId}`)
    .execute();
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [rowToEntity(spec, row)] : [];
  });
}
