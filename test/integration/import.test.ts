// Importing contacts through the API: the duplicate rules, merging that never loses data, the
// preview that changes nothing, and broken files refused with their line.
import { describe, expect, it } from "vitest";
import { fixtureText } from "../fixtures/formats/fixtures.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";
import { snapshot } from "../support/transferFiles.js";

const linkedIn = { fileName: "Connections.csv", content: fixtureText("linkedin-current.csv") };

describe.each(ENGINES)("importing contacts on %s", (engine) => {
  const subject = setupApp(engine);
  const { api } = subject;

  const person = async (q: string) => {
    const page = await api.get(`/api/people?q=${encodeURIComponent(q)}`);
    return page.body.items;
  };

  it("previews a LinkedIn file without changing anything", async () => {
    const acme = await api.post("/api/organizations", { name: "ACME ROBOTICS" });
    await api.post("/api/people", {
      fullName: "Dana O'Neil",
      title: "VP Sales",
      emails: ["Dana.ONeil@example.com"],
      notes: "Met at the fintech meetup.",
      howKnown: "other",
    });
    // Known only by name and organization: the LinkedIn row has a profile URL, so it is not her.
    await api.post("/api/people", { fullName: "Chen Li", organizationId: acme.body.id });
    const before = await snapshot(api);

    const preview = await api.post("/api/import/preview", linkedIn);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      format: "linkedin",
      applied: false,
      counts: { new: 3, updated: 1, duplicate: 0, skipped: 1 },
      skipped: [{ line: 12, reason: "no name and no email address" }],
      organizationsCreated: 2,
    });
    expect(
      preview.body.sample.map((row: { fullName: string; action: string }) => [
        row.fullName,
        row.action,
      ]),
    ).toEqual([
      ["Ana Souza", "new"],
      ["Björn Ødegård", "new"],
      ["Chen Li", "new"],
      ["Dana O'Neil", "update"],
    ]);
    expect(await snapshot(api)).toEqual(before);
    expect((await person("dana"))[0].tags).toEqual([]);
  });

  it("imports the rows as first-degree LinkedIn people, linking organizations by name", async () => {
    const result = await api.post("/api/import", linkedIn);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      applied: true,
      counts: { new: 3, updated: 1, duplicate: 0, skipped: 1 },
      organizationsCreated: 2,
    });
    const [ana] = await person("ana souza");
    const acme = (await api.get("/api/organizations?limit=100")).body.items.filter(
      (o: { name: string }) => o.name.toLowerCase() === "acme robotics",
    );
    expect(acme).toHaveLength(1);
    expect(ana).toMatchObject({
      organizationId: acme[0].id,
      title: "Senior Product Manager",
      howKnown: "online",
      degree: "first",
      tags: ["linkedin"],
      profileUrl: "https://www.linkedin.com/in/ana-souza-1a2b3c",
    });
    // The search index was written with the rows: accents and the new organization are found.
    expect((await person("bjorn fjord")).map((p: { fullName: string }) => p.fullName)).toEqual([
      "Björn Ødegård",
    ]);
    expect((await person("chen li")).length).toBe(2);
  });

  it("merges into the known person without losing anything they had", async () => {
    const [dana] = await person("dana");
    expect(dana).toMatchObject({
      title: "VP Sales",
      emails: ["Dana.ONeil@example.com"],
      profileUrl: "https://www.linkedin.com/in/dana-oneil",
      howKnown: "online",
      degree: "first",
      tags: ["linkedin"],
      notes: "Met at the fintech meetup.\n\nConnected on LinkedIn on 2019-11-15.",
    });
  });

  it("finds every row again on a second import: all duplicates, nothing written", async () => {
    const before = await snapshot(api);
    const again = await api.post("/api/import", linkedIn);
    expect(again.body.counts).toEqual({
      new: 0,
      updated: 0,
      duplicate: 4,
      skipped: 1,
      organizations: 0,
    });
    expect(await snapshot(api)).toEqual(before);
  });

  it("reads Google, Outlook and vCard files, matching across them by email", async () => {
    const google = await api.post("/api/import", {
      fileName: "contacts.csv",
      content: fixtureText("google-current.csv"),
    });
    expect(google.body.format).toBe("google");
    const outlook = await api.post("/api/import", {
      fileName: "contacts.csv",
      content: fixtureText("outlook.csv"),
    });
    expect(outlook.body.format).toBe("outlook");
    const vcard = await api.post("/api/import", {
      fileName: "contacts.vcf",
      content: fixtureText("vcard-40.vcf"),
    });
    expect(vcard.body).toMatchObject({ format: "vcard", counts: { new: 1 } });
    const [maya] = await person("maya patel");
    expect(maya).toMatchObject({
      emails: ["maya.patel@contoso.example", "maya@home.example"],
      tags: ["Healthcare", "Hiring managers"],
      mailingAddress: expect.stringContaining("Redmond"),
    });
    const [elodie] = await person("elodie");
    expect(elodie).toMatchObject({ fullName: "Élodie Martin", tags: ["Finance", "Paris"] });
    // The same card again, now with a new phone: the person gains it.
    const card = fixtureText("vcard-40.vcf").replace(
      "END:VCARD",
      "TEL:+33 7 00 00 00 01\r\nEND:VCARD",
    );
    const merged = await api.post("/api/import", { fileName: "again.vcf", content: card });
    expect(merged.body.counts).toMatchObject({ new: 0, updated: 1 });
    expect((await person("elodie"))[0].phones).toContain("+33 7 00 00 00 01");
  });

  it("asks for a column mapping for an unknown CSV, then imports with it", async () => {
    const content = "Name,Mail,Employer\nZoe Quinn,zoe@example.org,Initech\n";
    const preview = await api.post("/api/import/preview", { fileName: "list.csv", content });
    expect(preview.body).toMatchObject({
      format: "csv",
      csv: {
        needsMapping: true,
        headers: ["Name", "Mail", "Employer"],
        sample: [["Zoe Quinn", "zoe@example.org", "Initech"]],
      },
    });
    const refused = await api.post("/api/import", { fileName: "list.csv", content });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe("mapping");
    const mapping = { fullName: "Name", email: "Mail", organization: "Employer" };
    const imported = await api.post("/api/import", { fileName: "list.csv", content, mapping });
    expect(imported.body.counts).toMatchObject({ new: 1 });
    expect((await person("zoe"))[0].emails).toEqual(["zoe@example.org"]);
    const badColumn = await api.post("/api/import", {
      fileName: "list.csv",
      content,
      mapping: { fullName: "Nom" },
    });
    expect(badColumn.status).toBe(400);
    expect(badColumn.body.errors[0]).toMatchObject({ field: "line 1" });
  });

  it("refuses a CSV with an unclosed quote, naming the line, and changes nothing", async () => {
    const before = await snapshot(api);
    const content = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "New,Person,,new@example.org,Acme,PM,01 Jan 2020",
      'Broken,Row,,,"Unclosed Company,PM,01 Jan 2020',
      "Late,Row,,late@example.org,Acme,PM,01 Jan 2020",
    ].join("\n");
    const result = await api.post("/api/import", { fileName: "Connections.csv", content });
    expect(result.status).toBe(400);
    expect(result.contentType).toContain("application/problem+json");
    expect(result.body.errors).toEqual([
      { field: "line 3", message: "a quoted field starts in this row and is never closed" },
    ]);
    expect(await snapshot(api)).toEqual(before);
  });

  it("refuses a vCard whose quoted-printable runs past its card, and changes nothing", async () => {
    const before = await snapshot(api);
    const content = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "FN:Fine Card",
      "EMAIL:fine@example.org",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:2.1",
      "FN:Broken Card",
      "NOTE;ENCODING=QUOTED-PRINTABLE:the soft break never ends=",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:2.1",
      "FN:Swallowed Card",
      "END:VCARD",
    ].join("\r\n");
    const result = await api.post("/api/import", { fileName: "phone.vcf", content });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].field).toBe("line 6");
    expect(result.body.detail).toMatch(/^line 6: .*quoted-printable/);
    expect(await snapshot(api)).toEqual(before);
  });
});
