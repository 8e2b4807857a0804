import { describe, expect, it } from "vitest";
import { fixtureBytes, fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { decodeText } from "../text/decode.js";
import { ColumnIndex } from "./columns.js";
import { outlookLanguage, readOutlookContacts } from "./outlook.js";
import { sniffFormat } from "./sniff.js";
import { parseCsvRows } from "./table.js";

function languageOf(text: string) {
  const header = parseCsvRows(text)[0];
  return header === undefined ? undefined : outlookLanguage(new ColumnIndex(header));
}

describe("Outlook exports in four languages", () => {
  it("English", () => {
    const text = fixtureText("outlook.csv");
    expect(languageOf(text)).toBe("en");
    expect(readOutlookContacts(text).records[0]).toMatchObject({
      namePrefix: "Dr.",
      givenName: "Maya",
      middleName: "R.",
      familyName: "Patel",
      title: "Chief Medical Officer",
    });
  });

  it("German, semicolon-separated in the Windows code page", () => {
    const text = decodeText(fixtureBytes("outlook-de-semicolon.csv"));
    expect(languageOf(text)).toBe("de");
    expect(sniffFormat("Kontakte.CSV", text)).toBe("outlook");
    const { records, skipped } = readOutlookContacts(text);
    expect(skipped).toEqual([]);
    expect(records[0]).toMatchObject({
      fullName: "Jürgen Karl Müller",
      namePrefix: "Herr",
      givenName: "Jürgen",
      middleName: "Karl",
      familyName: "Müller",
      organization: "Bäckerei Schäfer GmbH",
      title: "Leiter Außendienst",
      emails: [{ value: "juergen.mueller@baeckerei.example" }, { value: "jm@privat.example" }],
      phones: [
        { value: "+49 89 000000", label: "work" },
        { value: "+49 170 0000000", label: "mobile" },
      ],
      addresses: [
        {
          label: "work",
          street: "Hauptstraße 5\nHinterhaus",
          city: "München",
          region: "Bayern",
          postalCode: "80331",
          country: "Deutschland",
        },
      ],
      websites: ["https://www.baeckerei.example/"],
      notes: "Trifft sich gern früh; mag Brezeln.",
      labels: ["Kunden", "Messe 2024"],
    });
    expect(records[0]?.profileUrl).toBeUndefined();
    expect(records[2]).toMatchObject({
      kind: "organization",
      fullName: "Praxis Dr. Weiß – Empfang",
      phones: [{ value: "+49 221 000000", label: "work" }],
      notes: "Öffnungszeiten Mo–Fr 8–12 Uhr",
    });
  });

  it("French, semicolon-separated in UTF-8 with a byte-order mark", () => {
    const text = fixtureText("outlook-fr-semicolon.csv");
    expect(languageOf(text)).toBe("fr");
    expect(sniffFormat("contacts.csv", text)).toBe("outlook");
    const { records } = readOutlookContacts(text);
    expect(records[0]).toMatchObject({
      fullName: "Hélène Dupré",
      namePrefix: "Mme",
      organization: "Café Lumière",
      title: "Gérante",
      emails: [{ value: "helene@cafe-lumiere.example" }],
      profileUrl: "https://fr.linkedin.com/in/helene-dupre",
      notes: 'Rencontrée au salon; parle de l\'"expansion"',
      addresses: [{ street: "12, rue de la Paix", city: "Montréal", country: "Canada" }],
    });
    expect(records[1]).toMatchObject({ fullName: "François Lefèvre", title: "Barista en chef" });
  });

  it("Spanish, tab-separated", () => {
    const text = fixtureText("outlook-es-tab.csv");
    expect(languageOf(text)).toBe("es");
    expect(sniffFormat("contactos.txt", text)).toBe("outlook");
    const { records } = readOutlookContacts(text);
    expect(records[0]).toMatchObject({
      fullName: "María José García Núñez",
      namePrefix: "Sra.",
      organization: "Ingeniería Peñalara S.L.",
      title: "Directora técnica",
      emails: [{ value: "maria.garcia@penalara.example" }, { value: "mjgarcia@correo.example" }],
      phones: [
        { value: "+34 91 000 00 00", label: "work" },
        { value: "+34 600 000 000", label: "mobile" },
      ],
      notes: "Conocida en la feria, 2023",
    });
    expect(records[1]).toMatchObject({ fullName: "Íñigo Ibáñez Jr.", nameSuffix: "Jr." });
  });
});
