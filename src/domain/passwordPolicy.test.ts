import { describe, expect, it } from "vitest";
import { passwordProblem } from "./passwordPolicy.js";

describe("the password policy", () => {
  it("takes any long password, with no composition rules", () => {
    for (const ok of ["correct horse battery", "ünïcödé pässwörd", "alllowercaseletters"]) {
      expect(passwordProblem(ok), ok).toBe(undefined);
    }
  });

  it("refuses short, common and repetitive passwords, and the account's own e-mail", () => {
    expect(passwordProblem("short pass")).toMatch(/at least 12/);
    expect(passwordProblem("Password1234")).toMatch(/try first/);
    expect(passwordProblem("abababababab")).toMatch(/try first/);
    expect(passwordProblem("ada.lovelace@example.org!", ["ada.lovelace@example.org"])).toMatch(
      /e-mail or name/,
    );
    expect(passwordProblem("x".repeat(129))).toMatch(/at most/);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(passwordProblem("😀😀😀😀😀😀😀😀😀😀😀")).toMatch(/at least 12/);
  });
});
