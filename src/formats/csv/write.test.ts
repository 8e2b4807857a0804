import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactRecord, withoutOrigin } from "../../../test/fixtures/formats/arbitraries.js";
import type { ContactRecord } from "../contact.js";
import { readPeopleCsv } from "./people.js";
import { parseCsvRows } from "./table.js";
import { writePeopleCsv } from "./write.js";

const ADA: ContactRecord = {
  fullName: "Ada Lovelace",
  givenName: "Ada",
  familyName: "Lovelace",
  title: "Analyst, Engines",
  organization: 'The "Analytical" Society',
  emails: [{ value: "ada@example.org", label: "work" }, { value: "ada@home.example" }],
  phones: [{ value: "+44 20 0000 0000", label: "mobile" }],
  addresses: [{ label: "home", street: "12 St James's Sq\nFlat 2", city: "London" }],
  profileUrl: "https://www.linkedin.com/in/ada",
  notes: "Met at the Royal Society.\nAsk about Note G.",
  labels: ["mentors", "math"],
  connectedOn: "2021-02-03",
  source: "linkedin",
  line: 9,
};

describe("writePeopleCsv", () => {
  const text = writePeopleCsv([ADA]);

  it("writes a header and CRLF rows that spreadsheets open as UTF-8", () => {
    expect(
      text.startsWith("\uFEFFFull Name,Given Name,Family Name,Title,Organization,Emails,"),
    ).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/"[^"]*"/g, "").split("\r\n")).toHaveLength(3);
  });

  it("quotes fields with commas, quotes and line breaks as RFC 4180 says", () => {
    expect(text).toContain('"Analyst, Engines","The ""Analytical"" Society"');
    expect(text).toContain('"Met at the Royal Society.\nAsk about Note G."');
  });

  it("joins lists with ' ::: ' and keeps labels in a parallel column", () => {
    const [, row] = parseCsvRows(text);
    expect(row?.cells.slice(5, 8)).toEqual([
      "ada@example.org ::: ada@home.example",
      "work ::: ",
      "'+44 20 0000 0000",
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas, and reads them back unchanged", () => {
    const risky = {
      ...ADA,
      title: '=HYPERLINK("http://evil.example")',
      notes: "@SUM(1)",
      emails: [],
    };
    const written = writePeopleCsv([risky]);
    expect(written).toContain("'=HYPERLINK");
    expect(written).toContain("'@SUM(1)");
    expect(withoutOrigin(readPeopleCsv(written).records[0] as ContactRecord)).toEqual(
      withoutOrigin(risky),
    );
  });

  it("reads back what it wrote (property)", () => {
    fc.assert(
      fc.property(fc.array(contactRecord, { maxLength: 5 }), (records) => {
        const { records: read, skipped } = readPeopleCsv(writePeopleCsv(records));
        expect(skipped).toEqual([]);
        expect(read.map(withoutOrigin)).toEqual(records.map(withoutOrigin));
      }),
      { numRuns: 300 },
    );
  });
});
