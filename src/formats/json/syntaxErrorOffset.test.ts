import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxErrorOffset } from "./syntaxErrorOffset.js";

describe("jsonSyntaxErrorOffset", () => {
  it("accepts what JSON.parse accepts", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(jsonSyntaxErrorOffset(text)).toBeNull();
      }),
    );
  });

  it("finds the first character that breaks the text", () => {
    expect(jsonSyntaxErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonSyntaxErrorOffset('{\n  "a": 1\n  "b": 2\n}')).toBe(13);
    expect(jsonSyntaxErrorOffset('["open')).toBe(6);
    expect(jsonSyntaxErrorOffset("[1, tru]")).toBe(7);
    expect(jsonSyntaxErrorOffset('{"a": 1} extra')).toBe(9);
    expect(jsonSyntaxErrorOffset('"bad \\x escape"')).toBe(5);
    expect(jsonSyntaxErrorOffset("")).toBe(0);
  });

  it("agrees with JSON.parse on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxErrorOffset(text) === null).toBe(parses);
      }),
    );
  });
});
