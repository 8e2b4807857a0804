// Generic reads and writes of an owned table, driven by a TableSpec. Every statement is scoped
// by owner_id: a caller can never see or touch another owner's rows by guessing an id.
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import { NotFound, RuleViolation } from "../domain/errors.js";
import { dbOf, type Tx } from "./handle.js";
import { type Anchor, positionsOf, STRIDE } from "./listPositions.js";
import type { Database } from "./schema.js";
import {
  type Entity,
  entityToRow,
  type Row,
  rowToEntity,
  snakeCase,
  type TableName,
  type TableSpec,
} from "./tableSpec.js";

// biome-ignore lint/suspicious/noExplicitAny: table names are chosen at run time from a TableSpec
type Dynamic = Kysely<any>;
const dynamic = (db: Kysely<Database>): Dynamic => db as unknown as Dynamic;

export interface ListFilter {
  /** field → exact value (null matches NULL). */
  equals?: Record<string, unknown>;
  /** json-list field → one value the list must contain. */
  contains?: Record<string, string>;
  /** Restrict to these ids. */
  ids?: string[];
  /** Further conditions built by a specific repository, e.g. a full-text match. */
  conditions?: RawBuilder<boolean>[];
}

export interface PageRequest {
  limit: number;
  offset: number;
}

function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// biome-ignore lint/suspicious/noExplicitAny: the builder's row type depends on the table
type AnySelect = SelectQueryBuilder<any, any, any>;

/** Adds a list filter's conditions to a query over the spec's table (already owner-scoped). */
export function applyFilter<Q extends AnySelect>(query: Q, spec: TableSpec, filter: ListFilter): Q {
  for (const [field, value] of Object.entries(filter.equals ?? {})) {
    if (value === undefined) continue;
    const column = snakeCase(field);
    query = (
      value === null
        ? query.where(column, "is", null)
        : query.where(column, "=", entityToRow(spec, { [field]: value })[column])
    ) as Q;
  }
  for (const [field, value] of Object.entries(filter.contains ?? {})) {
    const pattern = `%${likeEscape(JSON.stringify(value))}%`;
    query = query.where(
      sql<boolean>`${sql.ref(snakeCase(field))} like ${pattern} escape '\\'`,
    ) as Q;
  }
  if (filter.ids) {
    query = (
      filter.ids.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where("id", "in", filter.ids)
    ) as Q;
  }
  for (const condition of filter.conditions ?? []) query = query.where(condition) as Q;
  return query;
}

/** True when the filter narrows nothing: every row of the owner is in the list. */
export function isEmptyFilter(filter: ListFilter): boolean {
  return (
    Object.values(filter.equals ?? {}).every((value) => value === undefined) &&
    Object.keys(filter.contains ?? {}).length === 0 &&
    filter.ids === undefined &&
    (filter.conditions ?? []).length === 0
  );
}

function filtered(db: Kysely<Database>, spec: TableSpec, ownerId: string, filter: ListFilter) {
  return applyFilter(
    dynamic(db).selectFrom(spec.table).where("owner_id", "=", ownerId),
    spec,
    filter,
  );
}

/** The columns an entity is read from: never the search text or other storage-only columns. */
export function entityColumns(spec: TableSpec): string[] {
  const columns = ["id", ...Object.keys(spec.columns).map(snakeCase)];
  if (spec.stamps.created) columns.push("created_at");
  if (spec.stamps.updated) columns.push("updated_at");
  return columns;
}

export async function listPage(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  page: PageRequest,
  filter: ListFilter = {},
): Promise<{ items: Entity[]; total: number }> {
  const db = dbOf(tx);
  const base = filtered(db, spec, ownerId, filter);
  const counting = base.select(sql<number>`count(*)`.as("n"));
  // On SQLite, the list's total and anchors are remembered until the data changes.
  const positions = positionsOf(db);
  const compiled = positions ? counting.compile() : null;
  const key = compiled ? `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}` : "";
  let state = positions?.get(key) ?? null;
  if (!state) {
    const countRow = await counting.executeTakeFirst();
    state = { total: Number(countRow?.n ?? 0) };
    positions?.set(key, state);
  }
  const { total } = state;
  // Past the end there is nothing to read; an empty list needs no second statement.
  if (page.offset >= total) return { items: [], total };
  const order = snakeCase(spec.orderBy);
  let rows = base.select(entityColumns(spec)).orderBy(order).orderBy("id");
  let skip = page.offset;
  if (positions && page.offset >= STRIDE) {
    state.anchors ??= await readAnchors(dynamic(db), base, order);
    const at = Math.floor(page.offset / STRIDE);
    const anchor = state.anchors[at];
    if (anchor) {
      rows = rows.where(fromAnchor(order, anchor));
      skip = page.offset - at * STRIDE;
    }
  }
  const found: Row[] = await rows.limit(page.limit).offset(skip).execute();
  return { items: found.map((row) => rowToEntity(spec, row)), total };
}

/** The sort key of every STRIDE-th row of a list, in one pass over its index. */
async function readAnchors(db: Dynamic, base: AnySelect, order: string): Promise<Anchor[]> {
  const numbered = base.select([
    sql.ref(order).as("k"),
    "id",
    sql<number>`row_number() over (order by ${sql.ref(order)}, id)`.as("n"),
  ]);
  const rows: { k: unknown; id: string }[] = await db
    .selectFrom(numbered.as("numbered"))
    .select(["numbered.k", "numbered.id"])
    .where(sql<boolean>`(numbered.n - 1) % ${sql.lit(STRIDE)} = 0`)
    .orderBy("numbered.n")
    .execute();
  return rows.map((row) => ({ key: row.k, id: row.id }));
}

/** Rows at or after the anchor in (order, id) order; SQLite sorts NULLs first. */
function fromAnchor(order: string, anchor: Anchor): RawBuilder<boolean> {
  const column = sql.ref(order);
  if (anchor.key === null || anchor.key === undefined) {
    return sql<boolean>`((${column} is null and id >= ${anchor.id}) or ${column} is not null)`;
  }
  // A row value, so that SQLite seeks the index to the anchor rather than filtering every row.
  return sql<boolean>`(${column}, id) >= (${anchor.key}, ${anchor.id})`;
}

export async function findById(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
): Promise<Entity | undefined> {
  const row: Row | undefined = await dynamic(dbOf(tx))
    .selectFrom(spec.table)
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? rowToEntity(spec, row) : undefined;
}

export async function getById(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
  entityName: string,
): Promise<Entity> {
  const found = await findById(tx, spec, ownerId, id);
  if (!found) throw new NotFound(entityName, id);
  return found;
}

/** Refuses references to rows that do not exist for this owner, naming the field. */
export async function assertRefsOwned(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  values: Entity,
): Promise<void> {
  for (const [field, table] of Object.entries(spec.refs)) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    if (!(await ownsRow(tx, table, ownerId, String(value)))) {
      throw new RuleViolation(`${field} does not name an existing record`, [
        { field, message: `no ${table.replace(/_/g, " ")} with id ${String(value)}` },
      ]);
    }
  }
}

export async function ownsRow(
  tx: Tx,
  table: TableName,
  ownerId: string,
  id: string,
): Promise<boolean> {
  const row = await dynamic(dbOf(tx))
    .selectFrom(table)
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertOne(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
  values: Entity,
  now: string,
  extra: Row = {},
): Promise<Entity> {
  const row: Row = { id, owner_id: ownerId, ...entityToRow(spec, values), ...extra };
  if (spec.stamps.created) row.created_at = now;
  if (spec.stamps.updated) row.updated_at = now;
  await dynamic(dbOf(tx)).insertInto(spec.table).values(row).execute();
  return getById(tx, spec, ownerId, id, spec.table);
}

export async function updateOne(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
  values: Entity,
  now: string,
  extra: Row = {},
): Promise<Entity | undefined> {
  const row: Row = { ...entityToRow(spec, values), ...extra };
  if (spec.stamps.updated) row.updated_at = now;
  if (Object.keys(row).length > 0) {
    await dynamic(dbOf(tx))
      .updateTable(spec.table)
      .set(row)
      .where("owner_id", "=", ownerId)
      .where("id", "=", id)
      .execute();
  }
  return findById(tx, spec, ownerId, id);
}

export async function deleteOne(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
): Promise<boolean> {
  const result = await dynamic(dbOf(tx))
    .deleteFrom(spec.table)
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
