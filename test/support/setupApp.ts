// One line of setup for a suite that drives the API: a fresh database from the real migrations
// (a new SQLite file, or a new database on the run's PostgreSQL server), the app opened on it
// with a pinned clock, and an in-process API client; all closed after the suite.
//
//   const subject = setupApp(engine);
//   const { api } = subject;            // usable in every test
//   subject.app.ctx                      // the use cases' context, once the suite has started
import { afterAll, beforeAll } from "vitest";
import type { OpenApp } from "../../src/app/open.js";
import type { Engine } from "../../src/store/migrations/migration.js";
import { type TestApi, testApi } from "./api.js";
import { freshDatabase, TEST_NOW, type TestDatabase } from "./databases.js";

export interface AppUnderTest {
  /** Delegates to the suite's app, so it can be taken out before the suite starts. */
  readonly api: TestApi;
  readonly app: OpenApp;
  readonly database: TestDatabase;
}

export interface SetupOptions {
  /** The pinned clock; TEST_NOW by default. */
  now?: string;
}

export function setupApp(engine: Engine, options: SetupOptions = {}): AppUnderTest {
  let opened: { database: TestDatabase; app: OpenApp; api: TestApi } | undefined;
  const current = () => {
    if (!opened) throw new Error("setupApp: the suite has not started (use it inside a test)");
    return opened;
  };

  beforeAll(async () => {
    const database = await freshDatabase(engine);
    const app = await database.open(options.now ?? TEST_NOW);
    opened = { database, app, api: testApi(app) };
  });
  afterAll(async () => {
    if (!opened) return;
    await opened.app.close();
    await opened.database.destroy();
    opened = undefined;
  });

  const api: TestApi = {
    request: (...args) => current().api.request(...args),
    get: (path) => current().api.get(path),
    post: (path, body) => current().api.post(path, body),
    put: (path, body) => current().api.put(path, body),
    patch: (path, body) => current().api.patch(path, body),
    delete: (path) => current().api.delete(path),
  };
  return {
    api,
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
  };
}
