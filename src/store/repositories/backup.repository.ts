// The JSON backup's reads and writes: every row an owner has in a table, whether any is there,
// and rows restored with their own ids. People are restored through peopleWrite.repository.ts,
// which keeps their search text.
import type { Kysely } from "kysely";
import { insertRows } from "../bulk.js";
import { dbOf, type Tx } from "../handle.js";
import { type Entity, rowToEntity, type TableName, type TableSpec } from "../tableSpec.js";
import { restoredRow } from "./peopleWrite.repository.js";

// biome-ignore lint/suspicious/noExplicitAny: each spec names its table at run time
type Dynamic = Kysely<any>;

/** Every row the owner has in the spec's table, as entities, in no particular order. */
export async function ownedEntities(tx: Tx, spec: TableSpec, ownerId: string): Promise<Entity[]> {
  const rows: Record<string, unknown>[] = await (dbOf(tx) as unknown as Dynamic)
    .selectFrom(spec.table)
    .selectAll()
    .where("owner_id", "=", ownerId)
    .execute();
  return rows.map((row) => rowToEntity(spec, row));
}

/** Which of these tables hold at least one row of the owner. */
export async function tablesWithRows(
  tx: Tx,
  ownerId: string,
  tables: readonly TableName[],
): Promise<TableName[]> {
  const present: TableName[] = [];
  for (const table of tables) {
    const row = await dbOf(tx)
      .selectFrom(table)
      .select("id")
      .where("owner_id", "=", ownerId)
      .limit(1)
      .executeTakeFirst();
    if (row) present.push(table);
  }
  return present;
}

/** Inserts a backup's entities of one table as they were, ids and stamps included. */
export function restoreEntities(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  entities: readonly Entity[],
): Promise<void> {
  return insertRows(
    tx,
    spec.table,
    entities.map((entity) => restoredRow(spec, ownerId, entity)),
  );
}
