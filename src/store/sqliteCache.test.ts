import { describe, expect, it } from "vitest";
import { pageCacheKib } from "./sqliteCache.js";

describe("SQLite's page cache", () => {
  it("is a third of the file, between 16 and 64 MB", () => {
    expect(pageCacheKib(0)).toBe(16 * 1024);
    expect(pageCacheKib(54 * 1024 * 1024)).toBe(18 * 1024);
    expect(pageCacheKib(180 * 1024 * 1024)).toBe(60 * 1024);
    expect(pageCacheKib(2 * 1024 * 1024 * 1024)).toBe(64 * 1024);
  });
});
