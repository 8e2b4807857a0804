// First run with "load sample data" instead of the onboarding, and the keyboard: "/" focuses
// the search, "n" opens "Add a person", Esc closes it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Browser, openBrowser } from "./support/browser.js";
import { freshDatabase, type RunningInroads, startInroads } from "./support/server.js";

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let browser: Browser;

beforeAll(async () => {
  db = freshDatabase();
  server = await startInroads(db.dbPath);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.remove();
});

it("loads the sample data from the first-run page", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/`);
  await page.waitForURL("**/welcome");
  await page.getByRole("button", { name: "Load sample data" }).click();
  await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
  await page.getByTestId("follow-up").filter({ hasText: "Lee Okafor" }).waitFor();
  expect(browser.takeErrors()).toEqual([]);
});

it("answers to the keyboard", async () => {
  const { page } = browser;
  await page.keyboard.press("/");
  expect(await page.evaluate("document.activeElement?.hasAttribute('data-search')")).toBe(true);
  await page.keyboard.type("dana");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/people\?q=dana/);
  await page.getByRole("link", { name: /Dana Álvarez/ }).waitFor();
  // Escape leaves the search box; "n" opens the dialog; Escape closes it.
  await page.keyboard.press("Escape");
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("n");
  const dialog = page.getByRole("dialog", { name: "Add a person" });
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  // Tab reaches a person in the list, and Enter opens them.
  await page.getByRole("link", { name: /Dana Álvarez/ }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: /Dana Álvarez/, level: 1 }).waitFor();
  expect(browser.takeErrors()).toEqual([]);
});
