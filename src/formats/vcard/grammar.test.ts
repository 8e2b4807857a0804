import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { readVCards } from "./read.js";

describe("escapes, as each version's grammar has them", () => {
  const { records } = readVCards(fixtureText("vcard-30-escapes.vcf"));

  it("undoes 3.0's escapes: quote, comma, semicolon, newline, backslash", () => {
    expect(records[0]).toMatchObject({
      organization: "Norrsken AB, Stockholm",
      title: "Head of Data; Analytics",
      notes:
        'This software is provided "AS IS", without warranty.\nShared folder: \\\\fileserver\\contracts',
    });
  });

  it("leaves 2.1's backslashes alone, where \\n is not a line break", () => {
    expect(records[1]?.notes).toBe("Keeps his CV in C:\\new\\cv.docx");
  });
});

describe("the structured name", () => {
  const { records } = readVCards(fixtureText("vcard-40-structured-name.vcf"));

  it("keeps prefix, given, middle, family and suffix", () => {
    expect(records[0]).toMatchObject({
      fullName: "Dr. Maya Rani Patel PhD",
      namePrefix: "Dr.",
      givenName: "Maya",
      middleName: "Rani",
      familyName: "Patel",
      nameSuffix: "PhD",
    });
    expect(records[1]).toMatchObject({ namePrefix: "M.", familyName: "de la Fontaine" });
    expect(records[1]?.nameSuffix).toBeUndefined();
  });
});

describe("organizations and e-mail addresses", () => {
  const { records, skipped } = readVCards(
    fixtureText("vcard-30-organization-and-unicode-email.vcf"),
  );

  it("reads a company card (Apple's X-ABShowAs, 4.0's KIND:org) as the organization's entry", () => {
    expect(skipped).toEqual([]);
    expect(records[0]).toMatchObject({
      kind: "organization",
      fullName: "Harbour Books",
      organization: "Harbour Books",
      phones: [{ value: "+44 20 7000 0000", label: "work" }],
      emails: [{ value: "shop@harbourbooks.example", label: "work" }],
      websites: ["https://harbourbooks.example"],
      notes: "Open Sundays; ask for the careers shelf.",
    });
    expect(records[1]).toMatchObject({ kind: "organization", fullName: "City Library Reception" });
  });

  it("takes a KIND:org card's FN as the organization when it has no ORG", () => {
    const card = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Front Desk\r\nEND:VCARD\r\n";
    expect(readVCards(card).records[0]).toMatchObject({
      kind: "organization",
      fullName: "Front Desk",
      organization: "Front Desk",
    });
  });

  it("keeps an address with a non-ASCII local part as an e-mail", () => {
    expect(records[2]?.emails.map((email) => email.value)).toEqual([
      "blablö@dæmi.example",
      "björk@example.is",
    ]);
    expect(records[2]?.kind).toBeUndefined();
  });
});
