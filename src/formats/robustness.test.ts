// Whatever bytes a person uploads, a reader either returns records or throws FormatError with
// a line; nothing else may escape (a TypeError here would be a 500 in the server).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureText } from "../../test/fixtures/formats/fixtures.js";
import { FormatError } from "./contact.js";
import { csvHeaders, readMappedCsv } from "./csv/generic.js";
import { readGoogleContacts } from "./csv/google.js";
import { readLinkedInConnections } from "./csv/linkedin.js";
import { readOutlookContacts } from "./csv/outlook.js";
import { readPeopleCsv } from "./csv/people.js";
import { sniffFormat } from "./csv/sniff.js";
import { readVCards } from "./vcard/read.js";

const READERS: [string, (text: string) => unknown][] = [
  ["linkedin", readLinkedInConnections],
  ["google", readGoogleContacts],
  ["outlook", readOutlookContacts],
  ["people", readPeopleCsv],
  ["vcard", readVCards],
  ["csvHeaders", (text) => csvHeaders(text)],
  ["mapped", (text) => readMappedCsv(text, { fullName: "First Name", email: "E-mail Address" })],
];

const FIXTURES = [
  "linkedin-current.csv",
  "linkedin-old.csv",
  "google-current.csv",
  "google-old.csv",
  "outlook.csv",
  "vcard-21-quoted-printable.vcf",
  "vcard-30-apple.vcf",
  "vcard-40.vcf",
  "vcard-multi-bom.vcf",
].map(fixtureText);

/** Pieces that steer parsers into their corners. */
const TOKENS = [
  '"',
  ",",
  "\n",
  "\r",
  "\r\n",
  " ",
  "\t",
  "\uFEFF",
  "First Name",
  "Last Name",
  "Connected On",
  "E-mail 1 - Value",
  " ::: ",
  "BEGIN:VCARD",
  "END:VCARD",
  "VERSION:2.1",
  ";ENCODING=QUOTED-PRINTABLE",
  ";CHARSET=",
  "x-no-such-charset",
  "=C3",
  "=",
  ":",
  ";",
  "\\",
  "item1.",
  "X-ABLabel:",
  "TYPE=",
  "EMAIL",
  "N:",
  "ADR:",
  "TEL;VALUE=uri:tel:",
  "ENCODING=b:",
  "a",
  "😀",
];

const structured = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 60 })
  .map((parts) => parts.join(""));

const mutated = fc
  .tuple(
    fc.constantFrom(...FIXTURES),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 8 })),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((current, [at, deleteCount, insert]) => {
      const position = current.length === 0 ? 0 : at % current.length;
      return current.slice(0, position) + insert + current.slice(position + deleteCount);
    }, text),
  );

const anyInput = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  structured,
  mutated,
);

function throwsOnlyFormatErrors(read: (text: string) => unknown, text: string): void {
  try {
    read(text);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    expect(error.line === null || error.line >= 1).toBe(true);
    expect(error.message).not.toBe("");
  }
}

describe("readers on arbitrary input", () => {
  it.each(READERS)("%s throws nothing but FormatError (property)", (_name, read) => {
    fc.assert(
      fc.property(anyInput, (text) => throwsOnlyFormatErrors(read, text)),
      { numRuns: 400 },
    );
  });

  it("sniffFormat never throws (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), anyInput, (name, text) => {
        expect(["linkedin", "google", "outlook", "vcard", "backup", "csv"]).toContain(
          sniffFormat(name, text),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("no fixture trips a reader after its line ends become lone CRs", () => {
    for (const text of FIXTURES) {
      for (const read of READERS.map(([, reader]) => reader)) {
        throwsOnlyFormatErrors(read, text.replace(/\r?\n/g, "\r"));
      }
    }
  });
});
