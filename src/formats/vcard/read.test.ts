import { describe, expect, it } from "vitest";
import { fixtureBytes, fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { FormatError } from "../contact.js";
import { decodeText } from "../text/decode.js";
import { readVCards } from "./read.js";

describe("readVCards, version 2.1", () => {
  // The file holds raw ISO-8859-1 bytes, so it is decoded the way an upload would be.
  const { records, skipped } = readVCards(
    decodeText(fixtureBytes("vcard-21-quoted-printable.vcf")),
  );

  it("decodes quoted-printable in ISO-8859-1 and UTF-8, joining soft line breaks", () => {
    expect(records[0]).toMatchObject({
      fullName: "José Gonçalves",
      givenName: "José",
      familyName: "Gonçalves",
      notes: "Conheci na conferência.\nSegunda linha com acentuação e um soft break.",
    });
    expect(records[1]).toMatchObject({
      fullName: "太郎 山田",
      notes: "Café 😀 a long note that the phone wrapped with a soft line break",
      line: 27,
    });
  });

  it("reads raw 8-bit ISO-8859-1, bare TYPE words, and passes over a base64 photo", () => {
    expect(records[0]).toMatchObject({
      organization: "Café Lumière",
      title: "Barista Trainer",
      emails: [{ value: "jose@example.pt" }],
      phones: [
        { value: "+351 21 000 0000", label: "work" },
        { value: "+351 91 000 0000", label: "cell" },
      ],
      addresses: [
        {
          label: "home",
          street: "Rua da Prata 12",
          city: "Lisboa",
          postalCode: "1100-420",
          country: "Portugal",
        },
      ],
      line: 1,
    });
    expect(Object.keys(records[0] ?? {})).not.toContain("photo");
    expect(skipped).toEqual([]);
  });
});

describe("readVCards, version 3.0 from Apple Contacts", () => {
  const { records, skipped } = readVCards(fixtureText("vcard-30-apple.vcf"));

  it("reads the whole card, the folded base64 photo doing no harm", () => {
    expect(skipped).toEqual([]);
    expect(records).toEqual([
      {
        fullName: "Aiko Nakamura",
        givenName: "Aiko",
        familyName: "Nakamura",
        organization: "Globex, Inc.",
        title: "Staff Engineer",
        emails: [
          { value: "aiko@globex.example", label: "work" },
          { value: "aiko.n@example.jp", label: "Conference" },
        ],
        phones: [
          { value: "+81 90-0000-0000", label: "cell" },
          { value: "+81 3-0000-0000", label: "main" },
        ],
        addresses: [
          {
            label: "work",
            street: "1-2-3 Shibuya\nBuilding 5",
            city: "Tokyo",
            postalCode: "150-0002",
            country: "Japan",
          },
        ],
        profileUrl: "http://www.linkedin.com/in/aikonakamura",
        notes:
          "Spoke at PlatformCon; happy to intro to her manager.\nFollow up in March\\April, after the launch.",
        labels: ["Engineering", "Tokyo, Japan"],
        uid: "8f14e45f-ceea-4e1b-9f3c-1f0a2b3c4d5e",
        source: "vcard",
        line: 1,
      },
    ]);
  });
});

describe("readVCards, version 4.0", () => {
  it("reads quoted TYPE lists, tel: URIs and quoted parameters holding : and ;", () => {
    const { records } = readVCards(fixtureText("vcard-40.vcf"));
    expect(records[0]).toMatchObject({
      fullName: "Élodie Martin",
      organization: "Société Générale",
      emails: [{ value: "elodie.martin@example.fr", label: "work" }],
      phones: [
        { value: "+33-1-00-00-00-00", label: "work" },
        { value: "+33-6-00-00-00-00", label: "cell" },
      ],
      addresses: [
        {
          label: "work",
          street: "29 bd Haussmann",
          city: "Paris",
          postalCode: "75009",
          country: "France",
        },
      ],
      profileUrl: "https://www.linkedin.com/in/elodie-martin",
      notes: "Rencontrée au salon VivaTech 🚀",
      labels: ["Finance", "Paris"],
      uid: "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    });
  });
});

describe("readVCards, several cards", () => {
  const { records, skipped } = readVCards(fixtureText("vcard-multi-bom.vcf"));

  it("reads every card after a BOM, whatever its version, line ends or case", () => {
    expect(records.map((r) => [r.line, r.fullName])).toEqual([
      [1, "Priya Raman"],
      [11, "Jonas Schmidt"],
      [16, "someone@example.org"],
      [20, "Only An Org Ltd"],
      [25, "Lower Case"],
    ]);
    expect(records[0]?.title).toBe(
      "Product Designer at a company whose name is long enough to fold",
    );
  });

  it("builds the name from N when FN is missing; a card with only an ORG is the organization", () => {
    expect(records[1]).toMatchObject({ givenName: "Jonas", familyName: "Schmidt" });
    expect(records[3]).toMatchObject({ kind: "organization", phones: [{ value: "+1 555 0100" }] });
    expect(skipped).toEqual([]);
  });
});

describe("readVCards, broken files", () => {
  it("throws a FormatError on line 1 for a file without any card", () => {
    expect(() => readVCards("First Name,Last Name\nAda,Lovelace\n")).toThrow(
      new FormatError("no BEGIN:VCARD found; this is not a vCard file", 1),
    );
  });

  it("reports a card cut short instead of guessing where it ends", () => {
    const { records, skipped } = readVCards(
      "BEGIN:VCARD\nFN:Ada\nEND:VCARD\nBEGIN:VCARD\nFN:Cut\n",
    );
    expect(records.map((r) => r.fullName)).toEqual(["Ada"]);
    expect(skipped).toEqual([
      { line: 4, reason: "the card has no END:VCARD (the file may be cut short)" },
    ]);
  });

  it("ignores a card nested in AGENT rather than mixing it into its owner", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "FN:Boss",
      "AGENT:",
      "BEGIN:VCARD",
      "FN:Assistant",
      "EMAIL:assistant@example.org",
      "END:VCARD",
      "EMAIL:boss@example.org",
      "END:VCARD",
    ].join("\r\n");
    expect(readVCards(text).records).toMatchObject([
      { fullName: "Boss", emails: [{ value: "boss@example.org" }] },
    ]);
  });

  it("reads Windows-1252 quoted-printable, where ISO-8859-1 has no euro sign", () => {
    const text =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren=E9e\r\n" +
      "NOTE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:=93Budget=94: 5=80\r\n" +
      "TITLE;CHARSET=x-unknown;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9\r\nEND:VCARD\r\n";
    expect(readVCards(text).records[0]).toMatchObject({
      // Without ENCODING the value is text as it stands.
      fullName: "Ren=E9e",
      notes: "“Budget”: 5€",
      title: "Café",
    });
  });

  it("prefers a LinkedIn profile, from X-SOCIALPROFILE or URL, over other web pages", () => {
    const card = (lines: string[]) =>
      readVCards(["BEGIN:VCARD", "VERSION:3.0", "FN:Sam", ...lines, "END:VCARD"].join("\n"))
        .records[0]?.profileUrl;
    expect(
      card([
        "URL:https://sam.example/blog",
        "X-SOCIALPROFILE;type=linkedin;x-user=sam:https://www.linkedin.com/in/sam",
      ]),
    ).toBe("https://www.linkedin.com/in/sam");
    expect(card(["URL:https://sam.example", "item1.URL:https://linkedin.com/in/sam"])).toBe(
      "https://linkedin.com/in/sam",
    );
    expect(
      card(["X-SOCIALPROFILE;type=twitter:https://x.com/sam", "URL:https://sam.example"]),
    ).toBe("https://x.com/sam");
  });

  it("keeps unknown backslash sequences instead of eating the backslash", () => {
    const { records } = readVCards("BEGIN:VCARD\nFN:X\nNOTE:C:\\Users\\x\\, y\nEND:VCARD\n");
    expect(records[0]?.notes).toBe("C:\\Users\\x, y");
  });
});
