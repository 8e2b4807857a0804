// A personal CRM's notes about third parties stay the owner's: the database, its WAL, the folder
// the CLI makes for it, backups and exports are readable by the owner alone.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/process.js";

const dir = mkdtempSync(join(tmpdir(), "inroads-private-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
const NOW = { INROADS_NOW: "2026-11-23T09:00:00.000Z" };

describe.skipIf(process.platform === "win32")("files the owner alone may read", () => {
  it("creates the data folder 0700 and the database 0600, WAL included", () => {
    const folder = join(dir, "data", "inroads");
    const db = join(folder, "inroads.sqlite");
    const loaded = runCli(["--db", db, "demo"], NOW);
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(mode(folder)).toBe(0o700);
    expect(mode(db)).toBe(0o600);
    for (const companion of [`${db}-wal`, `${db}-shm`]) {
      if (existsSync(companion)) expect(mode(companion), companion).toBe(0o600);
    }
  });

  it("writes backups and exports 0600", () => {
    const db = join(dir, "data", "inroads", "inroads.sqlite");
    const backup = join(dir, "copy.sqlite");
    expect(runCli(["--db", db, "backup", backup], NOW).status).toBe(0);
    expect(mode(backup)).toBe(0o600);
    for (const kind of ["json", "csv", "vcard", "ics"]) {
      const file = join(dir, `export.${kind}`);
      const exported = runCli(["--db", db, "export", kind, "-o", file], NOW);
      expect(exported.status, exported.stderr).toBe(0);
      expect(mode(file), kind).toBe(0o600);
    }
  });
});
