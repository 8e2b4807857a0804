import { describe, expect, it } from "vitest";
import { fixtureBytes } from "../../../test/fixtures/formats/fixtures.js";
import { decodeFile, guessEncoding, isUtf8 } from "./decode.js";
import { encodingFromLabel } from "./encodings.js";
import { utf16WithoutBom } from "./utf16.js";

describe("code pages with no declared charset", () => {
  it("reads Greek written in the Greek Windows code page", () => {
    const file = decodeFile(fixtureBytes("outlook-el-windows-1253.csv"));
    expect(file).toMatchObject({ encoding: "windows-1253", source: "detected" });
    expect(file.text).toContain("Γιώργος,,Παπαδόπουλος");
    expect(file.text).toContain("Άννα,,Κωνσταντίνου");
  });

  it("reads Cyrillic written in the Cyrillic Windows code page", () => {
    const file = decodeFile(fixtureBytes("outlook-ru-windows-1251.csv"));
    expect(file).toMatchObject({ encoding: "windows-1251", source: "detected" });
    expect(file.text).toContain("Анна,Сергеевна,Иванова,ООО «Северный ветер»");
  });

  it("reads Hebrew written in the Hebrew Windows code page", () => {
    const file = decodeFile(fixtureBytes("vcard-21-he-windows-1255.vcf"));
    expect(file.encoding).toBe("windows-1255");
    expect(file.text).toContain("FN:דוד כהן");
  });

  it("keeps Western files in Windows-1252, € and all", () => {
    const file = decodeFile(fixtureBytes("outlook-de-semicolon.csv"));
    expect(file.encoding).toBe("windows-1252");
    expect(file.text).toContain("Jürgen;Karl;Müller");
    expect(file.text).toContain("Praxis Dr. Weiß – Empfang");
  });

  it("reads the file in the encoding the user chose, whatever the guess", () => {
    const bytes = fixtureBytes("outlook-ru-windows-1251.csv");
    const chosen = decodeFile(bytes, "koi8-r");
    expect(chosen.source).toBe("chosen");
    expect(chosen.text).not.toContain("Анна");
  });

  it("knows the labels people and files use for the same encodings", () => {
    expect(encodingFromLabel("ISO-8859-1")).toBe("windows-1252");
    expect(encodingFromLabel("CP1251")).toBe("windows-1251");
    expect(encodingFromLabel("UTF8")).toBe("utf-8");
    expect(encodingFromLabel("ebcdic")).toBeUndefined();
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it("is found from where the NUL bytes fall", () => {
    expect(utf16WithoutBom(Buffer.from("BEGIN:VCARD\r\n", "utf16le"))).toBe("utf-16le");
    const be = Buffer.from("BEGIN:VCARD\r\n", "utf16le").swap16();
    expect(utf16WithoutBom(be)).toBe("utf-16be");
    expect(utf16WithoutBom(Buffer.from("BEGIN:VCARD\r\n", "latin1"))).toBeUndefined();
  });

  it("decodes a vCard file written that way", () => {
    const file = decodeFile(fixtureBytes("vcard-30-utf16le-no-bom.vcf"));
    expect(file).toMatchObject({ encoding: "utf-16le", source: "utf-16 pattern" });
    expect(file.text).toContain("FN:Søren Østergaard");
  });

  it("leaves UTF-8 and byte-order marks to their own rules", () => {
    expect(guessEncoding(Buffer.from("Zoë", "utf8"))).toEqual({
      encoding: "utf-8",
      source: "valid utf-8",
    });
    expect(guessEncoding(Uint8Array.of(0xff, 0xfe, 0x5a, 0))).toEqual({
      encoding: "utf-16le",
      source: "byte-order mark",
    });
  });
});

describe("isUtf8", () => {
  it("agrees with a strict decoder on well-formed and broken sequences", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const cases = [
      "Zoë 😀 中",
      [0xc3, 0x28],
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xf0, 0x9f, 0x98, 0x80],
      [0x80],
    ];
    for (const item of cases) {
      const bytes = typeof item === "string" ? Buffer.from(item) : Uint8Array.from(item);
      let valid = true;
      try {
        strict.decode(bytes);
      } catch {
        valid = false;
      }
      expect(isUtf8(bytes)).toBe(valid);
    }
  });
});
