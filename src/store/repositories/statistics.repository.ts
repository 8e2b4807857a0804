// The planner's statistics after a bulk write. A large import changes the tables' sizes more
// than PostgreSQL's planner knows until autovacuum next analyzes them (about a minute later);
// meanwhile it can pick plans for an empty table (a search 30× slower). SQLite plans without
// such statistics, so there is nothing to do there.
import { sql } from "kysely";
import { handleOf, type Tx } from "../handle.js";

export async function refreshPeopleStatistics(tx: Tx): Promise<void> {
  const { db, engine } = handleOf(tx);
  if (engine !== "postgres") return;
  await sql`ANALYZE people, organizations`.execute(db);
}
