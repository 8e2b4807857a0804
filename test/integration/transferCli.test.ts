// `inroads import` and `inroads export` as a user runs them: a separate process, a real file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/process.js";

const dir = mkdtempSync(join(tmpdir(), "inroads-transfer-cli-"));
const db = join(dir, "cli.sqlite");
const NOW = { INROADS_NOW: "2026-11-23T09:00:00.000Z" };
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("inroads import and export", () => {
  it("lists both commands in its help", () => {
    const help = runCli(["--help"]);
    expect(help.stdout).toContain("import");
    expect(help.stdout).toContain("export");
  });

  it("dry-runs an import, printing the counts and changing nothing", () => {
    const dry = runCli(["--db", db, "import", fixture("linkedin-current.csv"), "--dry-run"], NOW);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(
      "Dry run (nothing changed) of linkedin: 4 new, 0 updated, 0 duplicate, 1 skipped",
    );
    expect(dry.stdout).toContain("skipped line 12: no name and no email address");
    expect(JSON.parse(runCli(["--db", db, "people", "--json"]).stdout).total).toBe(0);
  });

  it("imports, and prints the result as JSON when asked", () => {
    const result = runCli(["--db", db, "import", fixture("linkedin-current.csv"), "--json"], NOW);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      format: "linkedin",
      applied: true,
      counts: { new: 4, updated: 0, duplicate: 0, skipped: 1 },
    });
    const vcard = runCli(["--db", db, "import", fixture("vcard-21-quoted-printable.vcf")], NOW);
    expect(vcard.stdout).toMatch(/^Imported vcard: \d+ new/);
  });

  it("maps the columns of an unknown CSV given with --map", () => {
    const file = join(dir, "list.csv");
    writeFileSync(file, "Name,Mail\nZoe Quinn,zoe@example.org\n");
    const asked = runCli(["--db", db, "import", file], NOW);
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain("(Name, Mail)");
    expect(asked.stderr).toContain("--map");
    const preview = runCli(["--db", db, "import", file, "--dry-run"], NOW);
    expect(preview.stdout).toContain("Name, Mail");
    const mapped = runCli(
      ["--db", db, "import", file, "--map", "fullName=Name", "email=Mail"],
      NOW,
    );
    expect(mapped.stdout).toContain("Imported csv: 1 new");
  });

  it("refuses a broken file in one line naming the line, with a non-zero exit", () => {
    const file = join(dir, "broken.csv");
    writeFileSync(
      file,
      'First Name,Last Name,Company\nAna,Souza,Acme\nBo,Li,"Unclosed\nCy,Tw,Gago\n',
    );
    const result = runCli(["--db", db, "import", file, "--format", "linkedin"], NOW);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "inroads: line 3: a quoted field starts in this row and is never closed",
    );
    const badFormat = runCli(["--db", db, "import", file, "--format", "excel"]);
    expect(badFormat.status).toBe(1);
    expect(badFormat.stderr).toContain("--format must be");
  });

  it("exports to standard output or a file, and the backup restores into a new database", () => {
    const ics = runCli(["--db", db, "export", "ics"], NOW);
    expect(ics.status).toBe(0);
    expect(ics.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const vcard = runCli(["--db", db, "export", "vcard", "--vcard-version", "3.0"], NOW);
    expect(vcard.stdout).toContain("VERSION:3.0");
    const csv = runCli(["--db", db, "export", "csv"], NOW);
    expect(csv.stdout).toContain("Full Name,");

    const backup = join(dir, "backup.json");
    const written = runCli(["--db", db, "export", "json", "-o", backup], NOW);
    expect(written.stdout.trim()).toBe(`Wrote json to ${backup}`);
    const copy = join(dir, "copy.sqlite");
    const restored = runCli(["--db", copy, "import", backup], NOW);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/^Imported backup: \d+ new/);
    const again = runCli(["--db", copy, "export", "json"], NOW);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(readFileSync(backup, "utf8")));
    const twice = runCli(["--db", copy, "import", backup], NOW);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain("only into an empty database");
  });
});
