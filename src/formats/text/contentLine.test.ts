import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, joinContentLines, unfold } from "./contentLine.js";

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation", () => {
    const exact = "x".repeat(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(`${exact}y`)).toBe(`${exact}\r\n y`);
  });

  it("moves a multi-byte character whole to the next line", () => {
    const line = `${"a".repeat(74)}é`;
    expect(foldLine(line)).toBe(`${"a".repeat(74)}\r\n é`);
    expect(foldLine(`${"a".repeat(73)}😀b`)).toBe(`${"a".repeat(73)}\r\n 😀b`);
  });

  it("keeps every physical line within 75 octets and unfolds to the original (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = text.replace(/[\r\n]/g, "");
        const folded = foldLine(line);
        for (const physical of folded.split("\r\n")) {
          expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

describe("escapeText and joinContentLines", () => {
  it("escapes backslash, comma, semicolon and newlines, dropping other controls", () => {
    expect(escapeText("a\\b,c;d\r\ne\rf\u0000g\th")).toBe("a\\\\b\\,c\\;d\\ne\\nfg\th");
  });

  it("ends every line, the last too, with CRLF", () => {
    expect(joinContentLines(["A:1", "B:2"])).toBe("A:1\r\nB:2\r\n");
  });
});
