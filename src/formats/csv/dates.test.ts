import { describe, expect, it } from "vitest";
import { parseConnectionDate } from "./dates.js";

describe("parseConnectionDate", () => {
  it.each([
    ["03 Feb 2021", "2021-02-03"],
    ["3 Feb 2021", "2021-02-03"],
    ["29 feb 2024", "2024-02-29"],
    ["15 September 2019", "2019-09-15"],
    ["1 Sept 2019", "2019-09-01"],
    ["Feb 3, 2021", "2021-02-03"],
    ["2021-02-03", "2021-02-03"],
    [" 31 Dec 1999 ", "1999-12-31"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseConnectionDate(text)).toBe(expected);
  });

  it.each([
    "29 Feb 2023",
    "31 Apr 2021",
    "0 Jan 2021",
    "3 Foo 2021",
    "3 Febr 2021",
    "2021-13-01",
    "03/02/2021",
    "sometime in 2016",
    "",
  ])("does not guess at %j", (text) => {
    expect(parseConnectionDate(text)).toBeUndefined();
  });
});
