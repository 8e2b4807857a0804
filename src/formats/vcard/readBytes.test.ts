import { describe, expect, it } from "vitest";
import { fixtureBytes } from "../../../test/fixtures/formats/fixtures.js";
import { decodeText } from "../text/decode.js";
import { readVCardBytes, readVCards } from "./read.js";

describe("readVCardBytes: unfolding before decoding", () => {
  const bytes = fixtureBytes("vcard-30-fold-splits-utf8.vcf");

  it("joins a fold that splits a multi-byte character, so every card stays UTF-8", () => {
    const { records, encoding } = readVCardBytes(bytes);
    expect(encoding).toEqual({ encoding: "utf-8", source: "valid utf-8" });
    expect(records[0]).toMatchObject({
      fullName: "Łukasz Żółkiewski-Brzęczyszczykiewicz z Chrząszczyrzewoszyc, powiat Łękołody",
      familyName: "Żółkiewski-Brzęczyszczykiewicz",
      notes:
        "Spotkaliśmy się w Gdańsku; rozmawialiśmy o pracy w zespole danych — ciekawa ścieżka kariery: zaczynał jako księgowy.",
    });
    expect(records[1]).toMatchObject({
      fullName: "日本語の名前を持つ人物、山田太郎さんは東京の会社で働いているエンジニアです",
      organization: "株式会社サンプル情報システムズ東京本社開発部門第二課",
    });
  });

  it("is needed: decoding the whole file first garbles it", () => {
    expect(readVCards(decodeText(bytes)).records[0]?.fullName).not.toContain("Łukasz");
  });

  it("keeps one card in another encoding from garbling the others", () => {
    const utf8 = Buffer.from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ødegård\r\nEND:VCARD\r\n");
    const latin = Buffer.from(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Núñez\r\nEND:VCARD\r\n",
      "latin1",
    );
    const { records } = readVCardBytes(Buffer.concat([utf8, latin, utf8]));
    expect(records.map((record) => record.fullName)).toEqual([
      "Zoë Ødegård",
      "José Núñez",
      "Zoë Ødegård",
    ]);
  });

  it("reads a code page nobody declared, and takes the user's choice over the guess", () => {
    const hebrew = fixtureBytes("vcard-21-he-windows-1255.vcf");
    const read = readVCardBytes(hebrew);
    expect(read.encoding).toEqual({ encoding: "windows-1255", source: "detected" });
    expect(read.records[0]).toMatchObject({
      fullName: "דוד כהן",
      organization: "חברת התוכנה הירושלמית",
    });
    const chosen = readVCardBytes(hebrew, "windows-1252");
    expect(chosen.encoding.source).toBe("chosen");
    expect(chosen.records[0]?.fullName).not.toBe("דוד כהן");
  });
});

describe("quoted-printable without CHARSET", () => {
  it("falls back to the guess for the file's raw 8-bit text, not to U+FFFD", () => {
    const { records, encoding } = readVCardBytes(fixtureBytes("vcard-21-qp-no-charset.vcf"));
    expect(encoding.encoding).toBe("iso-8859-2");
    expect(records[0]).toMatchObject({ fullName: "Jan Iksiński", familyName: "Iksiński" });
    expect(records[1]).toMatchObject({
      fullName: "Małgorzata Wiśniewska",
      organization: "Zakład Usług Księgowych w Łodzi",
    });
  });

  it("guesses from the quoted-printable bytes alone, and reads text with Windows-1252", () => {
    const card =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Jan\r\nEND:VCARD\r\n";
    // The detector recognises the Polish pair "ńs"; text already decoded has no bytes to study.
    expect(readVCardBytes(Buffer.from(card)).records[0]?.familyName).toBe("Iksiński");
    expect(readVCards(card).records[0]?.familyName).toBe("Iksiñski");
  });

  it("still reads UTF-8 quoted-printable without CHARSET as UTF-8", () => {
    const card =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9\r\nEND:VCARD\r\n";
    expect(readVCards(card).records[0]?.fullName).toBe("José");
  });
});
