// How an entity's fields map to a table's columns. The generic repository reads and writes any
// owned table from such a spec, so each entity needs a description rather than its own SQL.
import type { Database } from "./schema.js";

export type TableName = Exclude<keyof Database, "people_fts" | "owners" | "settings">;

/** text: as is; json: a list stored as JSON text; flag: boolean as 0/1; int: a number. */
export type ColumnKind = "text" | "json" | "flag" | "int";

export interface TableSpec {
  table: TableName;
  /** camelCase field → storage kind; the column is the field's snake_case name. */
  columns: Record<string, ColumnKind>;
  /** Fields that point at another owned table; checked to belong to the same owner. */
  refs: Record<string, TableName>;
  /** Which timestamp columns the table has. */
  stamps: { created: boolean; updated: boolean };
  /** Default ordering column (camelCase) for lists. */
  orderBy: string;
}

export type Row = Record<string, unknown>;
export type Entity = Record<string, unknown>;

export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function decode(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "json":
      return JSON.parse(String(value));
    case "flag":
      return Number(value) === 1;
    case "int":
      return Number(value);
    default:
      return value;
  }
}

function encode(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "json":
      return JSON.stringify(value);
    case "flag":
      return value ? 1 : 0;
    default:
      return value;
  }
}

// Each spec's field ↔ column pairs, worked out once: a page of people maps 50 rows × 20 fields.
const fieldColumns = new WeakMap<TableSpec, [field: string, column: string, kind: ColumnKind][]>();

function columnsOf(spec: TableSpec): [string, string, ColumnKind][] {
  let pairs = fieldColumns.get(spec);
  if (!pairs) {
    pairs = Object.entries(spec.columns).map(([field, kind]) => [field, snakeCase(field), kind]);
    fieldColumns.set(spec, pairs);
  }
  return pairs;
}

// Each spec's entity with every field in order, all null: a row is read into a copy of it. Set
// one by one on an empty object, 30 fields made V8 keep the entity as a dictionary (about 3 KB
// a person, 150 KB of garbage a page of 50, and slower to write as JSON). A copy made with
// Object.assign keeps the template's shape once its values are set (a spread's copy did not),
// so every entity of a spec shares one shape and only the values are new.
const templates = new WeakMap<TableSpec, Entity>();

function templateOf(spec: TableSpec): Entity {
  let template = templates.get(spec);
  if (!template) {
    const fields = ["id", ...Object.keys(spec.columns)];
    if (spec.stamps.created) fields.push("createdAt");
    if (spec.stamps.updated) fields.push("updatedAt");
    template = Object.fromEntries(fields.map((field) => [field, null])) as Entity;
    templates.set(spec, template);
  }
  return template;
}

export function rowToEntity(spec: TableSpec, row: Row): Entity {
  const entity: Entity = Object.assign({}, templateOf(spec));
  entity.id = row.id;
  for (const [field, column, kind] of columnsOf(spec)) {
    entity[field] = decode(kind, row[column]);
  }
  if (spec.stamps.created) entity.createdAt = row.created_at;
  if (spec.stamps.updated) entity.updatedAt = row.updated_at;
  return entity;
}

/** Only the fields present in `values` are encoded, so a partial update stays partial. */
export function entityToRow(spec: TableSpec, values: Entity): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(values)) {
    const kind = spec.columns[field];
    if (kind === undefined || value === undefined) continue;
    row[snakeCase(field)] = encode(kind, value);
  }
  return row;
}
