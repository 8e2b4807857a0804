// Contact files as other programs write them, through the API and the command line: bytes in
// base64 decoded by the server, the encoding and delimiter reported and overridable,
// organization entries counted, and the structured name kept through an export.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureBytes } from "../fixtures/formats/fixtures.js";
import { ENGINES } from "../support/databases.js";
import { runCli } from "../support/process.js";
import { setupApp } from "../support/setupApp.js";

const asBytes = (fileName: string, extra: Record<string, unknown> = {}) => ({
  fileName,
  contentBase64: fixtureBytes(fileName).toString("base64"),
  ...extra,
});

describe.each(ENGINES)("real-world contact files on %s", (engine) => {
  const { api } = setupApp(engine);

  it("previews a Greek code-page file with the detected encoding, and reads it as chosen", async () => {
    const preview = await api.post("/api/import/preview", asBytes("outlook-el-windows-1253.csv"));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      format: "outlook",
      encoding: { encoding: "windows-1253", source: "detected" },
      delimiter: { delimiter: ",", chosen: false },
      counts: { new: 3 },
    });
    expect(preview.body.sample[0].fullName).toBe("Γιώργος Παπαδόπουλος");
    const chosen = await api.post(
      "/api/import/preview",
      asBytes("outlook-el-windows-1253.csv", { encoding: "windows-1252" }),
    );
    expect(chosen.body.encoding).toEqual({ encoding: "windows-1252", source: "chosen" });
    expect(chosen.body.sample[0].fullName).not.toBe("Γιώργος Παπαδόπουλος");
  });

  it("imports a German semicolon export with its reception desk as an organization", async () => {
    const result = await api.post("/api/import", asBytes("outlook-de-semicolon.csv"));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      format: "outlook",
      delimiter: { delimiter: ";", chosen: false },
      encoding: { encoding: "windows-1252" },
      counts: { new: 2, updated: 0, duplicate: 0, skipped: 0, organizations: 1 },
    });
    const orgs = await api.get(`/api/organizations?q=${encodeURIComponent("Empfang")}`);
    expect(orgs.body.items[0]).toMatchObject({
      name: "Praxis Dr. Weiß – Empfang",
      website: "https://praxis-weiss.example",
    });
    expect(orgs.body.items[0].notes).toContain("Phone (work): +49 221 000000");
    const people = await api.get(`/api/people?q=${encodeURIComponent("müller")}`);
    expect(people.body.items[0]).toMatchObject({
      fullName: "Jürgen Karl Müller",
      namePrefix: "Herr",
      givenName: "Jürgen",
      middleName: "Karl",
      familyName: "Müller",
      organizationName: "Bäckerei Schäfer GmbH",
    });
    // The colleague shares the bakery's website and is still her own person.
    const colleague = await api.get(`/api/people?q=${encodeURIComponent("Özlem")}`);
    expect(colleague.body.items).toHaveLength(1);
    const again = await api.post("/api/import", asBytes("outlook-de-semicolon.csv"));
    expect(again.body.counts).toEqual({
      new: 0,
      updated: 0,
      duplicate: 2,
      skipped: 0,
      organizations: 1,
    });
    expect(again.body.organizationsCreated).toBe(0);
  });

  it("takes the delimiter the user chose over the guess", async () => {
    const preview = await api.post(
      "/api/import/preview",
      asBytes("outlook-fr-semicolon.csv", { delimiter: ",", format: "csv" }),
    );
    expect(preview.body.delimiter).toEqual({ delimiter: ",", chosen: true });
    expect(preview.body.csv.needsMapping).toBe(true);
  });

  it("reads a vCard whose folds split characters, and writes the structured name back out", async () => {
    const result = await api.post("/api/import", asBytes("vcard-30-fold-splits-utf8.vcf"));
    expect(result.body.encoding).toEqual({ encoding: "utf-8", source: "valid utf-8" });
    const names = await api.post("/api/import", asBytes("vcard-40-structured-name.vcf"));
    expect(names.body.counts.new).toBe(2);
    const vcard = await api.get("/api/export/vcard");
    expect(vcard.body).toContain("FN:Łukasz Żółkiewski-Brzęczyszczykiewicz");
    expect(vcard.body).toContain("N:Patel;Maya;Rani;Dr.;PhD");
    const backup = await api.get("/api/export/json");
    const maya = backup.body.tables.people.find(
      (person: { familyName: string | null }) => person.familyName === "Patel",
    );
    expect(maya).toMatchObject({ namePrefix: "Dr.", middleName: "Rani", nameSuffix: "PhD" });
  });

  it("refuses an encoding for text that is already decoded, and bytes past 50 MB", async () => {
    const text = await api.post("/api/import/preview", {
      fileName: "a.csv",
      content: "Name\nAna\n",
      encoding: "windows-1252",
    });
    expect(text.status).toBe(400);
    const both = await api.post("/api/import/preview", {
      fileName: "a.csv",
      content: "Name\nAna\n",
      contentBase64: "TmFtZQ==",
    });
    expect(both.status).toBe(400);
  });
});

describe("inroads import, reading options", () => {
  const dir = mkdtempSync(join(tmpdir(), "inroads-real-files-"));
  const db = join(dir, "import.sqlite");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says how it read the file on a dry run, and takes --encoding and --delimiter", () => {
    const file = join(dir, "kontakte.csv");
    writeFileSync(file, fixtureBytes("outlook-ru-windows-1251.csv"));
    const dry = runCli(["--db", db, "import", file, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("3 new");
    expect(dry.stdout).toContain("encoding windows-1251 (detected), delimiter comma (detected)");
    const json = runCli(["--db", db, "import", file, "--dry-run", "--json"]);
    expect(JSON.parse(json.stdout).sample[0].fullName).toBe("Анна Сергеевна Иванова");
    const chosen = runCli([
      "--db",
      db,
      "import",
      file,
      "--dry-run",
      "--encoding",
      "koi8-r",
      "--delimiter",
      "semicolon",
      "--format",
      "csv",
    ]);
    expect(chosen.stdout).toContain("encoding koi8-r (chosen), delimiter semicolon (chosen)");
    const german = join(dir, "Kontakte.CSV");
    writeFileSync(german, fixtureBytes("outlook-de-semicolon.csv"));
    const imported = runCli(["--db", db, "import", german]);
    expect(imported.stdout).toContain(
      "Imported outlook: 2 new, 0 updated, 0 duplicate, 0 skipped, 1 organization",
    );
    expect(imported.stdout).toContain("delimiter semicolon (detected)");
    const wrong = runCli(["--db", db, "import", file, "--encoding", "ebcdic"]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("--encoding must be one of");
  });
});
