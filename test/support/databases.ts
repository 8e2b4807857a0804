// A fresh database per test file, built by the real migrations: a new SQLite file, or a new
// database on the run's PostgreSQL server. `describe.each(ENGINES)` runs a suite on both.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { fixedClock } from "../../src/app/context.js";
import { type OpenApp, openApp } from "../../src/app/open.js";
import type { Engine } from "../../src/store/migrations/migration.js";

export const ENGINES: Engine[] = ["sqlite", "postgres"];

export const TEST_NOW = "2026-11-23T09:00:00.000Z";

let counter = 0;

async function newPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject("postgresUrl");
  const name = `inroads_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestDatabase {
  target: string;
  /** Opens the app on this database with a clock pinned at `now`. */
  open(now?: string): Promise<OpenApp>;
  destroy(): Promise<void>;
}

export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "inroads-test-"));
    const target = join(dir, "inroads.sqlite");
    return {
      target,
      open: (now = TEST_NOW) => openApp(target, fixedClock(now)),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await newPostgresDatabase();
  return {
    target: database.url,
    open: (now = TEST_NOW) => openApp(database.url, fixedClock(now)),
    destroy: () => database.drop(),
  };
}
