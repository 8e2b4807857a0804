// The `inroads` command as a user runs it: a separate process, a real database file.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/process.js";

const dir = mkdtempSync(join(tmpdir(), "inroads-cli-"));
const db = join(dir, "cli.sqlite");
const NOW = { INROADS_NOW: "2026-11-23T09:00:00.000Z" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the inroads command", () => {
  it("prints its version and help", () => {
    const version = runCli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runCli(["--help"]);
    for (const command of ["serve", "today", "people", "backup", "migrate", "demo"])
      expect(help.stdout).toContain(command);
  });

  it("migrates an empty database", () => {
    const first = runCli(["--db", db, "migrate"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("0001_initial");
    expect(runCli(["--db", db, "migrate"]).stdout).toContain("Up to date");
  });

  it("loads the demo once and shows a sensible day", () => {
    const demo = runCli(["--db", db, "demo"], NOW);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/Loaded \d+ people/);
    const again = runCli(["--db", db, "demo"], NOW);
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("already has people");

    const today = JSON.parse(runCli(["--db", db, "today", "--json"], NOW).stdout);
    expect(today.date).toBe("2026-11-23");
    const dueKinds = today.followUps.dueToday.map((f: { kind: string }) => f.kind);
    expect(dueKinds).toContain("thank_you");
    expect(today.retries.map((r: { personName: string }) => r.personName)).toEqual(["Priya Raman"]);
    expect(today.upcoming.map((c: { personName: string }) => c.personName)).toEqual(["June Park"]);
    const text = runCli(["--db", db, "today"], NOW);
    expect(text.stdout).toContain("Send thanks: Lee Okafor");
  });

  it("searches people, as text and as JSON", () => {
    expect(runCli(["--db", db, "people", "alvarez"]).stdout).toContain("Dana Álvarez");
    const json = JSON.parse(runCli(["--db", db, "people", "northwind", "--json"]).stdout);
    expect(json.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual([
      "Dana Álvarez",
      "Grace Liu",
      "Tomás Ruiz",
    ]);
  });

  it("takes the database from INROADS_DB", () => {
    const out = runCli(["people", "--json"], { INROADS_DB: db });
    expect(JSON.parse(out.stdout).total).toBeGreaterThan(5);
  });

  it("backs up with SQLite's online backup into a file that opens", () => {
    const copy = join(dir, "copy.sqlite");
    const result = runCli(["--db", db, "backup", copy]);
    expect(result.status).toBe(0);
    const opened = new SqliteDatabase(copy, { readonly: true });
    expect(opened.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(
      (opened.prepare("select count(*) as n from people").get() as { n: number }).n,
    ).toBeGreaterThan(5);
    opened.close();
    const refused = runCli(["--db", db, "backup", copy]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--force");
  });

  it("fails with one clear line and a non-zero exit", () => {
    const badPort = runCli(["--db", db, "serve", "--port", "99999"]);
    expect(badPort.status).toBe(1);
    expect(badPort.stderr.trim()).toBe('inroads: --port must be 0-65535, got "99999"');
    const badDb = runCli(["--db", "postgres://nobody:x@127.0.0.1:1/none", "today"]);
    expect(badDb.status).toBe(1);
    expect(badDb.stderr.trim().split("\n")).toHaveLength(1);
    const unknown = runCli(["frobnicate"]);
    expect(unknown.status).not.toBe(0);
    expect(existsSync(join(dir, "frobnicate"))).toBe(false);
  });
});
