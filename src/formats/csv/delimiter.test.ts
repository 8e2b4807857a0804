import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { sniffDelimiter } from "./delimiter.js";
import { readMappedCsv } from "./generic.js";
import { parseCsvRows } from "./table.js";

describe("sniffDelimiter", () => {
  it("finds commas, semicolons and tabs from the rows that agree", () => {
    expect(sniffDelimiter("Name,Email\nAna,ana@example.org\n")).toBe(",");
    expect(sniffDelimiter("Name;Email;Notes\nAna;ana@example.org;met in Lyon, 2024\n")).toBe(";");
    expect(sniffDelimiter("Name\tEmail\nAna\tana@example.org\n")).toBe("\t");
  });

  it("does not count separators inside quotes", () => {
    const text = 'Name;Notes\n"Souza, Ana";"a, b, c, d"\n"Li, Bo";"e, f, g, h"\n';
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("says comma when nothing tells, as in a one-column file", () => {
    expect(sniffDelimiter("Name\nAna\n")).toBe(",");
    expect(sniffDelimiter("")).toBe(",");
  });

  it("is what every CSV reader uses, so a semicolon file maps like any other", () => {
    const text = fixtureText("outlook-fr-semicolon.csv");
    expect(parseCsvRows(text)[0]?.cells.slice(0, 4)).toEqual([
      "Titre",
      "Prénom",
      "Deuxième prénom",
      "Nom",
    ]);
    const { records } = readMappedCsv(text, { givenName: "Prénom", familyName: "Nom" });
    expect(records.map((record) => record.fullName)).toEqual(["Hélène Dupré", "François Lefèvre"]);
  });

  it("lets the caller say the separator outright", () => {
    expect(parseCsvRows("a;b,c\n", { delimiter: "," })[0]?.cells).toEqual(["a;b", "c"]);
  });
});
