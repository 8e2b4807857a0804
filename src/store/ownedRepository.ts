// Generic reads and writes of an owned table, driven by a TableSpec. Every statement is scoped
// by owner_id: a caller can never see or touch another owner's rows by guessing an id.
import { type Kysely, type RawBuilder, sql } from "kysely";
import { NotFound, RuleViolation } from "../domain/errors.js";
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

function filtered(db: Kysely<Database>, spec: TableSpec, ownerId: string, filter: ListFilter) {
  let query = dynamic(db).selectFrom(spec.table).where("owner_id", "=", ownerId);
  for (const [field, value] of Object.entries(filter.equals ?? {})) {
    if (value === undefined) continue;
    const column = snakeCase(field);
    query =
      value === null
        ? query.where(column, "is", null)
        : query.where(column, "=", entityToRow(spec, { [field]: value })[column]);
  }
  for (const [field, value] of Object.entries(filter.contains ?? {})) {
    const pattern = `%${likeEscape(JSON.stringify(value))}%`;
    query = query.where(sql<boolean>`${sql.ref(snakeCase(field))} like ${pattern} escape '\\'`);
  }
  if (filter.ids) {
    query =
      filter.ids.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where("id", "in", filter.ids);
  }
  for (const condition of filter.conditions ?? []) query = query.where(condition);
  return query;
}

export async function listPage(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  page: PageRequest,
  filter: ListFilter = {},
): Promise<{ items: Entity[]; total: number }> {
  const base = filtered(db, spec, ownerId, filter);
  const countRow = await base.select(sql<number>`count(*)`.as("n")).executeTakeFirst();
  const rows: Row[] = await base
    .selectAll()
    .orderBy(snakeCase(spec.orderBy))
    .orderBy("id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { items: rows.map((row) => rowToEntity(spec, row)), total: Number(countRow?.n ?? 0) };
}

export async function listAll(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  filter: ListFilter = {},
): Promise<Entity[]> {
  const rows: Row[] = await filtered(db, spec, ownerId, filter)
    .selectAll()
    .orderBy(snakeCase(spec.orderBy))
    .orderBy("id")
    .execute();
  return rows.map((row) => rowToEntity(spec, row));
}

export async function findById(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  id: string,
): Promise<Entity | undefined> {
  const row: Row | undefined = await dynamic(db)
    .selectFrom(spec.table)
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? rowToEntity(spec, row) : undefined;
}

export async function getById(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  id: string,
  entityName: string,
): Promise<Entity> {
  const found = await findById(db, spec, ownerId, id);
  if (!found) throw new NotFound(entityName, id);
  return found;
}

/** Refuses references to rows that do not exist for this owner, naming the field. */
export async function assertRefsOwned(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  values: Entity,
): Promise<void> {
  for (const [field, table] of Object.entries(spec.refs)) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    if (!(await ownsRow(db, table, ownerId, String(value)))) {
      throw new RuleViolation(`${field} does not name an existing record`, [
        { field, message: `no ${table.replace(/_/g, " ")} with id ${String(value)}` },
      ]);
    }
  }
}

export async function ownsRow(
  db: Kysely<Database>,
  table: TableName,
  ownerId: string,
  id: string,
): Promise<boolean> {
  const row = await dynamic(db)
    .selectFrom(table)
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertOne(
  db: Kysely<Database>,
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
  await dynamic(db).insertInto(spec.table).values(row).execute();
  return getById(db, spec, ownerId, id, spec.table);
}

export async function updateOne(
  db: Kysely<Database>,
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
    await dynamic(db)
      .updateTable(spec.table)
      .set(row)
      .where("owner_id", "=", ownerId)
      .where("id", "=", id)
      .execute();
  }
  return findById(db, spec, ownerId, id);
}

export async function deleteOne(
  db: Kysely<Database>,
  spec: TableSpec,
  ownerId: string,
  id: string,
): Promise<boolean> {
  const result = await dynamic(db)
    .deleteFrom(spec.table)
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
