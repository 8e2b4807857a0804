import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { contactRecord, withoutOrigin } from "../../../test/fixtures/formats/arbitraries.js";
import type { ContactRecord } from "../contact.js";
import { escapeVCardText, unfold } from "../text/contentLine.js";
import { readVCards } from "./read.js";
import { writeVCards } from "./write.js";

const ADA: ContactRecord = {
  fullName: "Ada Lovelace",
  givenName: "Ada",
  familyName: "Lovelace",
  title: "Analyst; Engines",
  organization: "Analytical Society, Ltd",
  emails: [
    { value: "ada@example.org", label: "work" },
    { value: "ada@salon.example", label: "Salon" },
  ],
  phones: [{ value: "+44 20 0000 0000", label: "cell" }],
  addresses: [{ label: "home", street: "12 St James's Sq", city: "London", country: "UK" }],
  profileUrl: "https://www.linkedin.com/in/ada",
  notes: "Met at the Royal Society.\nAsk about Note G, the Bernoulli one — 🧮 ✨",
  labels: ["mentors", "math, logic"],
  uid: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b",
  connectedOn: "2021-02-03",
  source: "linkedin",
  line: 3,
};

/** What vCard carries of a record: everything but the LinkedIn connection date. */
function carried(record: ContactRecord) {
  const { connectedOn: _on, connectedOnRaw: _raw, ...rest } = withoutOrigin(record);
  return rest;
}

function parseWithIcal(text: string): InstanceType<typeof ICAL.Component>[] {
  const parsed: unknown = ICAL.parse(text);
  const cards = Array.isArray(parsed) && parsed[0] === "vcard" ? [parsed] : (parsed as unknown[]);
  return cards.map((jcal) => new ICAL.Component(jcal as unknown[]));
}

describe("writeVCards", () => {
  it("writes a 3.0 card line by line, with CRLF, escapes and Apple-style custom labels", () => {
    expect(writeVCards([ADA], "3.0").split("\r\n")).toEqual([
      "BEGIN:VCARD",
      "VERSION:3.0",
      "PRODID:-//Inroads//Inroads//EN",
      "UID:0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b",
      "FN:Ada Lovelace",
      "N:Lovelace;Ada;;;",
      "ORG:Analytical Society\\, Ltd",
      "TITLE:Analyst; Engines",
      "EMAIL;TYPE=INTERNET,work:ada@example.org",
      "item1.EMAIL;TYPE=INTERNET:ada@salon.example",
      "item1.X-ABLabel:Salon",
      "TEL;TYPE=cell:+44 20 0000 0000",
      "ADR;TYPE=home:;;12 St James's Sq;London;;;UK",
      "URL:https://www.linkedin.com/in/ada",
      // 73 octets so far; the 4-octet emoji moves whole to the continuation line.
      "NOTE:Met at the Royal Society.\\nAsk about Note G\\, the Bernoulli one — ",
      " 🧮 ✨",
      "CATEGORIES:mentors,math\\, logic",
      "END:VCARD",
      "",
    ]);
  });

  it("writes 4.0 without INTERNET and with phone numbers marked as text", () => {
    const text = writeVCards([ADA], "4.0");
    expect(text).toContain("\r\nVERSION:4.0\r\n");
    expect(text).toContain("\r\nEMAIL;TYPE=work:ada@example.org\r\n");
    expect(text).toContain("\r\nTEL;VALUE=text;TYPE=cell:+44 20 0000 0000\r\n");
  });

  it.each(["3.0", "4.0"] as const)(
    "writes %s that ical.js reads back field by field",
    (version) => {
      const [card] = parseWithIcal(writeVCards([ADA, { ...ADA, fullName: "Second" }], version));
      expect(card?.name).toBe("vcard");
      expect(card?.getFirstPropertyValue("fn")).toBe("Ada Lovelace");
      expect(card?.getFirstProperty("n")?.getValues()).toEqual([["Lovelace", "Ada", "", "", ""]]);
      expect(card?.getFirstPropertyValue("title")).toBe("Analyst; Engines");
      expect(card?.getFirstPropertyValue("note")).toBe(ADA.notes);
      expect(card?.getFirstPropertyValue("uid")).toBe(ADA.uid);
      expect(card?.getFirstPropertyValue("url")).toBe(ADA.profileUrl);
      expect(card?.getFirstProperty("categories")?.getValues()).toEqual(["mentors", "math, logic"]);
      const emails = card?.getAllProperties("email") ?? [];
      expect(emails.map((p) => p.getFirstValue())).toEqual([
        "ada@example.org",
        "ada@salon.example",
      ]);
      expect(emails[1]?.getParameter("group")).toBe("item1");
      const label = card?.getAllProperties("x-ablabel")[0];
      expect([label?.getParameter("group"), label?.getFirstValue()]).toEqual(["item1", "Salon"]);
      expect(card?.getFirstProperty("adr")?.getFirstValue()).toEqual([
        "",
        "",
        "12 St James's Sq",
        "London",
        "",
        "",
        "UK",
      ]);
    },
  );

  it.each(["3.0", "4.0"] as const)("reads back what it wrote in %s (property)", (version) => {
    fc.assert(
      fc.property(fc.array(contactRecord, { minLength: 1, maxLength: 4 }), (records) => {
        const { records: read, skipped } = readVCards(writeVCards(records, version));
        expect(skipped).toEqual([]);
        expect(read.map(carried)).toEqual(records.map(carried));
      }),
      { numRuns: 300 },
    );
  });

  it.each(["3.0", "4.0"] as const)(
    "folds %s lines to at most 75 octets without splitting a character (property)",
    (version) => {
      fc.assert(
        fc.property(contactRecord, (record) => {
          const text = writeVCards([record], version);
          const lines = text.split("\r\n");
          expect(lines.pop()).toBe("");
          for (const line of lines) {
            expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
            expect(line).not.toMatch(/[\r\n]/);
            // A line cut inside a character would not survive a strict UTF-8 round trip.
            expect(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(line))).toBe(line);
          }
          const unfolded = unfold(text).split("\r\n");
          expect(unfolded.find((line) => line.startsWith("FN:"))).toBe(
            `FN:${escapeVCardText(record.fullName)}`,
          );
          const [card] = parseWithIcal(text);
          expect(card?.getFirstPropertyValue("fn")).toBe(record.fullName);
          expect(card?.getFirstPropertyValue("note") ?? undefined).toBe(record.notes);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe("writeVCards, the structured name", () => {
  it("writes prefix, given, middle, family and suffix in N, and reads them back", () => {
    const record: ContactRecord = {
      fullName: "Dr. Maya Rani Patel PhD",
      namePrefix: "Dr.",
      givenName: "Maya",
      middleName: "Rani",
      familyName: "Patel",
      nameSuffix: "PhD",
      emails: [],
      phones: [],
      addresses: [],
      source: "vcard",
      line: 1,
    };
    for (const version of ["3.0", "4.0"] as const) {
      const text = writeVCards([record], version);
      expect(text).toContain("N:Patel;Maya;Rani;Dr.;PhD\r\n");
      expect(readVCards(text).records[0]).toMatchObject({
        namePrefix: "Dr.",
        givenName: "Maya",
        middleName: "Rani",
        familyName: "Patel",
        nameSuffix: "PhD",
      });
    }
  });
});
