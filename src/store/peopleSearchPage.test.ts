// How a page of search is planned from the count: sorted from the matches, or found by walking
// the names. Both give the same rows (the pages suite checks that on both engines); this checks
// the choice, which is only seen in the time a search takes.
import { describe, expect, it } from "vitest";
import type { SearchReads } from "./peopleSearchEngines.js";
import { COUNT_BOUND, upToBound } from "./peopleSearchPage.js";

/** Reads of `matches` people, `leading` of whose names start with the first word. */
function reads(matches: number, leading: number | null): SearchReads {
  return {
    count: async (cap) => Math.min(matches, cap ?? matches),
    countLeading: async (cap) => (leading === null ? null : Math.min(leading, cap)),
    sortedMatches: async () => ["sorted"],
    walkByName: async () => {
      throw new Error("the plan does not walk");
    },
  };
}

const FIRST_PAGE = { offset: 0, limit: 50 };

describe("planning a page of search from the count", () => {
  it("sorts up to the bound and counts exactly", async () => {
    expect(await upToBound(reads(800, 0), FIRST_PAGE, COUNT_BOUND, "sqlite")).toEqual({
      total: 800,
      totalIsLowerBound: false,
      ids: ["sorted"],
    });
  });

  it("on SQLite sorts up to 2,000 matches that bunch in name order, and walks the others", async () => {
    const firstName = await upToBound(reads(1_500, 900), FIRST_PAGE, COUNT_BOUND, "sqlite");
    expect(firstName).toEqual({ total: 1_000, totalIsLowerBound: true, ids: ["sorted"] });
    const surname = await upToBound(reads(1_500, 20), FIRST_PAGE, COUNT_BOUND, "sqlite");
    expect(surname).toEqual({ total: 1_000, totalIsLowerBound: true, ids: null });
    const common = await upToBound(reads(2_500, 2_500), FIRST_PAGE, COUNT_BOUND, "sqlite");
    expect(common.ids).toBeNull();
  });

  it("on PostgreSQL walks past the bound, bunched or not", async () => {
    const plan = await upToBound(reads(1_500, null), FIRST_PAGE, COUNT_BOUND, "postgres");
    expect(plan).toEqual({ total: 1_000, totalIsLowerBound: true, ids: null });
  });
});
