import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "./formulaGuard.js";

describe("the formula guard", () => {
  it("defuses a formula behind leading spaces, as spreadsheets skip them", () => {
    for (const risky of [" =1+1", "  =HYPERLINK(1)", "\u00a0+1", "\n@SUM(1)", " -2"]) {
      expect(guardCell(risky)).toBe(`'${risky}`);
      expect(unguardCell(guardCell(risky))).toBe(risky);
    }
  });

  it("leaves ordinary text alone, spaces included", () => {
    for (const plain of ["Ada", "  Ada", "a=b", "'quoted'", " 'x"]) {
      expect(guardCell(plain)).toBe(plain);
      expect(unguardCell(plain)).toBe(plain);
    }
  });
});
