import { describe, expect, it } from "vitest";
import { isSocialProfileUrl, sortUrls } from "./profileUrl.js";

describe("isSocialProfileUrl", () => {
  it.each([
    "https://www.linkedin.com/in/ana-souza",
    "de.linkedin.com/in/jonas",
    "https://www.xing.com/profile/Jonas_Schmidt",
    "https://github.com/tortega",
    "https://x.com/sam",
    "https://twitter.com/sam/",
    "https://mastodon.social/@ana",
    "https://fosstodon.org/@bo@example.social",
    "https://www.facebook.com/ana.souza",
    "https://instagram.com/ana",
  ])("knows %s as a person's profile", (url) => {
    expect(isSocialProfileUrl(url)).toBe(true);
  });

  it.each([
    "https://www.fabrikam.example/",
    "www.fabrikam.example",
    "https://www.linkedin.com/company/fabrikam",
    "https://github.com/fabrikam/widgets",
    "https://ana.example/blog",
    "mailto:ana@example.org",
  ])("does not take %s for one", (url) => {
    expect(isSocialProfileUrl(url)).toBe(false);
  });
});

describe("sortUrls", () => {
  it("picks LinkedIn first and keeps every other page as a website", () => {
    expect(
      sortUrls([
        "https://www.fabrikam.example",
        "https://github.com/tortega",
        undefined,
        " https://linkedin.com/in/tortega ",
      ]),
    ).toEqual({
      profileUrl: "https://linkedin.com/in/tortega",
      websites: ["https://www.fabrikam.example", "https://github.com/tortega"],
    });
    expect(sortUrls(["https://www.fabrikam.example"])).toEqual({
      profileUrl: undefined,
      websites: ["https://www.fabrikam.example"],
    });
  });
});
