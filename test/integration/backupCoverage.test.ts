// Every table with an owner is either carried by the JSON backup or left out on purpose, with
// the reason written down in the entity registry: a new table cannot be forgotten silently.
// The tables are read from a database the real migrations built, so the check follows the
// schema itself rather than a list someone has to keep in step.
import { describe, expect, it } from "vitest";
import { ENTITIES, OTHER_OWNED_TABLES } from "../../src/app/entities/registry.js";
import { BACKUP_RESOURCES } from "../../src/app/transfer/backupDocument.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("the backup's coverage of the schema on %s", (engine) => {
  const subject = setupApp(engine);

  async function ownedTables(): Promise<string[]> {
    const tables = await subject.app.ctx.store.db.introspection.getTables();
    return tables
      .filter((table) => table.columns.some((column) => column.name === "owner_id"))
      .map((table) => table.name)
      .sort();
  }

  it("carries every owned table or says why not", async () => {
    const backedUp = new Set(BACKUP_RESOURCES.map((def) => def.table as string));
    const leftOut = new Map<string, string>([
      ...Object.entries(OTHER_OWNED_TABLES),
      ...ENTITIES.flatMap((entry) =>
        entry.backup === true ? [] : [[entry.def.table as string, entry.backup.leftOut] as const],
      ),
    ]);
    const unaccounted = (await ownedTables()).filter(
      (table) => !backedUp.has(table) && (leftOut.get(table) ?? "").trim().length < 10,
    );
    expect(unaccounted).toEqual([]);
  });

  it("names only tables that exist and have an owner", async () => {
    const owned = await ownedTables();
    // SQLite has every table; PostgreSQL indexes people's search text in place, without people_fts.
    const named = [
      ...ENTITIES.map((entry) => entry.def.table as string),
      ...(engine === "sqlite" ? Object.keys(OTHER_OWNED_TABLES) : []),
    ];
    expect(named.filter((table) => !owned.includes(table))).toEqual([]);
  });
});
