// The page cache the store opens SQLite with (src/store/sqliteCache.ts): a fresh database gets
// the 16 MB floor, set on the connection the app reads through.
import { describe, expect, it } from "vitest";
import { pageCacheKib } from "../../src/store/sqliteCache.js";
import { setupApp } from "../support/setupApp.js";

describe("SQLite's page cache as opened", () => {
  const subject = setupApp("sqlite");

  it("is set from the file's size", () => {
    const sqlite = subject.app.ctx.store.sqlite;
    if (!sqlite) throw new Error("a SQLite store has its connection");
    expect(sqlite.pragma("cache_size", { simple: true })).toBe(-pageCacheKib(0));
  });
});
