// A bulk load's usual trick: the secondary indexes of the tables about to receive hundreds of
// thousands of rows are dropped first and built again after, each in one sorted pass instead of
// one random insertion per row (the ids are random, so every row lands on another page). The
// definitions are read from the catalogue, so the database ends with exactly the app's schema.
import type pg from "pg";

const BULK_TABLES = [
  "people",
  "organizations",
  "conversations",
  "attempts",
  "follow_ups",
  "referrals",
  "insights",
];

/** Drops the tables' indexes that back no constraint; answers the statements that rebuild them. */
export async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
     FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [BULK_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX "${row.name}"`);
  return rows.map((row) => row.definition);
}
