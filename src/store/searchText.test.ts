import { describe, expect, it } from "vitest";
import { foldForSearch, searchTerms } from "./searchText.js";

describe("foldForSearch", () => {
  it("drops accents and case", () => {
    expect(foldForSearch("María ÁLVAREZ-Núñez")).toBe("maria alvarez nunez");
  });
  it("splits emails and URLs into plain words so both engines tokenise alike", () => {
    expect(foldForSearch("ana.lee@example.com")).toBe("ana lee example com");
  });
  it("keeps non-Latin letters", () => {
    expect(foldForSearch("Łukasz Ζωή 山田")).toBe("łukasz ζωη 山田");
  });
});

describe("searchTerms", () => {
  it("returns no terms for punctuation only", () => {
    expect(searchTerms(" -- ")).toEqual([]);
  });
});
