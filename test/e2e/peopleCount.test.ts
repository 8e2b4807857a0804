// A search that matches more people than the server counts: the page says "1,000+ people
// match" (the answer is honest, and the first page came without counting every match), and
// once the list is scrolled to the end of that thousand it asks for the exact number, keeping
// its place.
import { expect, it } from "vitest";
import { linkedInConnections } from "../support/transferFiles.js";
import { browserSession } from "./support/session.js";

const session = browserSession({ sampleData: false });

it("says 1,000+ for a search past a thousand matches, and counts them all at the end", async () => {
  const imported = await fetch(`${session.server.url}/api/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      fileName: "Connections.csv",
      content: linkedInConnections(1_300, { companies: 20 }),
    }),
  });
  expect(imported.status).toBe(200);
  const { page } = session.browser;
  const exactAsked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("count=exact")) exactAsked.push(request.url());
  });
  const list = page.getByTestId("people-list").locator("ul");

  // Every imported person is an "Engineer n": 1,300 match.
  await page.goto(`${session.server.url}/people?q=engineer`);
  await page.getByText("1,000+ people match").waitFor();
  expect(await list.getAttribute("aria-label")).toBe("People, 1,000+ in all");
  expect(exactAsked).toEqual([]);

  const viewport = page.getByTestId("people-list");
  await viewport.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await page.getByText("1,300 people match").waitFor();
  await expect.poll(() => list.getAttribute("aria-label")).toBe("People, 1,300 in all");
  expect(exactAsked.length).toBeGreaterThan(0);
  // The list kept its place: it did not jump back to the top.
  expect(await viewport.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

  // A search with fewer matches is counted exactly from the start.
  await page.goto(`${session.server.url}/people?q=given12`);
  await page.getByText("111 people match").waitFor();
  expect(session.browser.takeErrors()).toEqual([]);
});
