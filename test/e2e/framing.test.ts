// Clickjacking: a page on another local port frames a person's page at opacity 0.01, so that a
// click on its own bait lands on "Ask for a conversation". The app forbids being framed, so the
// frame stays empty and the click creates nothing.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { apiGet } from "./support/server.js";
import { browserSession } from "./support/session.js";

interface Page {
  items: { id: string; fullName: string }[];
  total: number;
}

const session = browserSession({ sampleData: true });
let hostile: Server;
let hostileUrl = "";
let framed = "";

beforeAll(async () => {
  hostile = createServer((_request, response) => {
    response.setHeader("content-type", "text/html");
    response.end(`<!doctype html><title>Win a prize</title>
      <button style="position:absolute;top:200px;left:40px">Claim your prize</button>
      <iframe title="bait" src="${framed}" style="position:absolute;top:0;left:0;width:1200px;height:800px;opacity:0.01;z-index:2"></iframe>`);
  });
  await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
  const address = hostile.address();
  hostileUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
});
afterAll(() => new Promise<void>((resolve) => hostile.close(() => resolve())));

it("cannot be framed by a page on another port, so a hidden click changes nothing", async () => {
  const { page } = session.browser;
  const people = await apiGet<Page>(session.server.url, "/api/people?q=tomas");
  const tomas = people.items[0];
  framed = `${session.server.url}/people/${tomas?.id}`;
  const before = await apiGet<{ total: number }>(session.server.url, "/api/conversations");

  await page.goto(hostileUrl);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  // Chromium replaces a refused frame with its own error page: the app's page never loads.
  await page.waitForTimeout(1_000);
  expect(await frame?.locator("h1").count()).toBe(0);
  expect(frame?.url()).not.toBe(framed);
  await page.mouse.click(60, 210);
  await page.waitForTimeout(500);

  const after = await apiGet<{ total: number }>(session.server.url, "/api/conversations");
  expect(after.total).toBe(before.total);
  session.browser.takeErrors();
});
