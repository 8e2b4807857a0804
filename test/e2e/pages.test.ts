// Every page, with the sample data, at desktop and phone width: it renders, axe finds no
// serious or critical violation, nothing spills sideways on a phone, the console stays clean,
// and a screenshot is saved for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import {
  type Browser,
  DESKTOP,
  openBrowser,
  PHONE,
  SCREENSHOTS,
  shoot,
} from "./support/browser.js";
import { type Route, sampleRoutes } from "./support/sampleRoutes.js";
import {
  freshDatabase,
  loadSampleData,
  type RunningInroads,
  startInroads,
} from "./support/server.js";

let server: RunningInroads;
let removeDb: () => void;
let browser: Browser;
let routes: Route[] = [];

beforeAll(async () => {
  const db = freshDatabase();
  removeDb = db.remove;
  loadSampleData(db.dbPath);
  server = await startInroads(db.dbPath);
  routes = await sampleRoutes(server.url);
  browser = await openBrowser();
  console.log(`Screenshots: ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDb?.();
});

describe.each([
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const)("every page at %s width", (label, viewport) => {
  it("renders, passes axe, and is screenshotted", async () => {
    const { page } = browser;
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    for (const route of routes) {
      await page.goto(server.url + route.path);
      await page.getByRole("heading", { level: 1, name: route.heading }).first().waitFor();
      // Let lazy chunks, queries and charts settle before judging the page.
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(250);
      for (const v of await seriousViolations(page)) problems.push(`${route.name}: ${v}`);
      if (label === "phone") {
        const overflow = Number(
          await page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
          ),
        );
        if (overflow > 1) problems.push(`${route.name}: ${overflow}px wider than the phone`);
      }
      for (const error of browser.takeErrors()) problems.push(`${route.name}: ${error}`);
      await shoot(page, `${route.name}-${label}`);
    }
    // Dialogs too: "Add a person" (the n key) and the person editor.
    await page.goto(`${server.url}/people`);
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await page.keyboard.press("n");
    await page.getByRole("dialog", { name: "Add a person" }).waitFor();
    await page.waitForTimeout(300);
    for (const v of await seriousViolations(page)) problems.push(`add-person: ${v}`);
    await shoot(page, `add-person-${label}`);
    await page.keyboard.press("Escape");
    await page.goto(server.url + (routes.find((r) => r.name === "person")?.path ?? "/"));
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("dialog", { name: /Edit Dana/ }).waitFor();
    await page.waitForTimeout(300);
    for (const v of await seriousViolations(page)) problems.push(`edit-person: ${v}`);
    await shoot(page, `edit-person-${label}`);
    for (const error of browser.takeErrors()) problems.push(`dialogs: ${error}`);
    expect(problems).toEqual([]);
  });
});
