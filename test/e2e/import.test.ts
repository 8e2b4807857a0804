// Import and export in the browser, from an empty database: a LinkedIn export previewed (nothing
// changes) and imported, a CSV of unknown columns mapped by hand, a broken file refused with its
// line, the export files downloaded, a calendar link created and revoked, and a LinkedIn export
// at its 30,000-connection cap.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import {
  type Browser,
  DESKTOP,
  openBrowser,
  PHONE,
  SCREENSHOTS,
  shoot,
} from "./support/browser.js";
import { apiGet, freshDatabase, type RunningInroads, startInroads } from "./support/server.js";

const LINKEDIN = readFileSync(
  new URL("../fixtures/formats/linkedin-current.csv", import.meta.url),
  "utf8",
);

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let browser: Browser;

beforeAll(async () => {
  db = freshDatabase();
  server = await startInroads(db.dbPath);
  browser = await openBrowser();
  // Playwright turns on file-chooser interception when the first listener arrives, and doing
  // so takes a round trip; a key press right after waitForEvent("filechooser") could open the
  // native dialog first and the event would never come. A standing listener keeps it on.
  browser.page.on("filechooser", () => {});
  console.log(`Screenshots: ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.remove();
});

interface PageOf<T> {
  items: T[];
  total: number;
}
interface PersonRow {
  fullName: string;
  emails: string[];
  title: string | null;
  organizationId: string | null;
  tags: string[];
}

const peopleTotal = async () => (await apiGet<PageOf<PersonRow>>(server.url, "/api/people")).total;

async function openImport(page: Page): Promise<void> {
  await page.goto(`${server.url}/import`);
  await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
}

/** Picks a file the way a person does: the button opens the file chooser. */
async function chooseFile(page: Page, name: string, content: string): Promise<void> {
  const button = page.getByRole("button", { name: /Choose (a|another) file/ });
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
  await chooser.setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
}

/** A form field by its label; Mantine's comboboxes label their option lists too. */
const field = (scope: Page | Locator, name: string): Locator =>
  scope.locator("input").and(scope.getByLabel(name, { exact: true }));

/** Screenshots of the page as it is now, at desktop and at phone width, for a person to look at. */
async function shootBoth(page: Page, name: string): Promise<void> {
  await shoot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  await shoot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** Axe on the page as it is now: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const count = (page: Page, kind: string): Locator =>
  page.getByTestId("import-preview").locator(`[data-count="${kind}"]`);

it("previews a LinkedIn export, imports it, and shows the people", async () => {
  const { page } = browser;
  await openImport(page);
  // The file picker answers to the keyboard.
  await page.getByRole("button", { name: "Choose a file" }).focus();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.keyboard.press("Enter"),
  ]);
  await chooser.setFiles({
    name: "Connections.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(LINKEDIN, "utf8"),
  });

  const preview = page.getByTestId("import-preview");
  await preview.waitFor();
  await expect.poll(() => count(page, "new").textContent()).toMatch(/^4New/);
  expect(await count(page, "skipped").textContent()).toMatch(/^1Skipped/);
  expect(await count(page, "updated").textContent()).toMatch(/^0/);
  expect(await preview.getByTestId("skipped-rows").textContent()).toContain(
    "line 12: no name and no email address",
  );
  expect(await preview.getByText("Read as LinkedIn connections (CSV)").count()).toBe(1);
  expect(await field(page, "Format").inputValue()).toBe("LinkedIn connections (CSV)");
  await preview.getByRole("cell", { name: "Ana Souza" }).waitFor();
  // A preview changes nothing.
  expect(await peopleTotal()).toBe(0);
  await expectAccessible(page);
  await shootBoth(page, "import-preview");

  await page.getByRole("button", { name: "Import 4 people" }).click();
  const summary = page.getByTestId("import-summary");
  await summary.getByRole("heading", { name: "Import finished" }).waitFor();
  expect(await summary.textContent()).toContain(
    "4 people landed in Inroads, and 3 new organizations",
  );
  expect(await peopleTotal()).toBe(4);
  await expectAccessible(page);
  await shootBoth(page, "import-summary");

  await summary.getByRole("link", { name: "See them on People" }).click();
  await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
  await page
    .getByRole("link", { name: /Ana Souza/ })
    .first()
    .waitFor();
  const people = await apiGet<PageOf<PersonRow>>(server.url, "/api/people?q=souza");
  expect(people.items[0]?.tags).toContain("linkedin");
  expect(browser.takeErrors()).toEqual([]);
});

it("maps the columns of an unknown CSV, then imports it", async () => {
  const { page } = browser;
  await openImport(page);
  const csv = [
    "Who,Reach at,Works for,Does",
    "Priya Raman,priya@example.org,Harbor Freight Lines,Logistics planner",
    "Tomás Reyes,tomas@example.org,Harbor Freight Lines,Warehouse supervisor",
    "",
  ].join("\n");
  await chooseFile(page, "met-at-the-fair.csv", csv);
  const mapping = page.getByTestId("column-mapping");
  await mapping.getByRole("heading", { name: "Which column holds what?" }).waitFor();
  // The file's columns with their first values help the choice.
  await mapping.getByRole("cell", { name: "Priya Raman · Tomás Reyes" }).waitFor();
  const apply = mapping.getByRole("button", { name: "Preview with these columns" });
  expect(await apply.isDisabled()).toBe(true);
  const pick = async (label: string, column: string) => {
    await field(mapping, label).click();
    await page.getByRole("option", { name: column, exact: true }).click();
  };
  await pick("Full name", "Who");
  await pick("Email", "Reach at");
  await pick("Organization", "Works for");
  await pick("Job title", "Does");
  await expectAccessible(page);
  await shootBoth(page, "import-mapping");
  await apply.click();
  await expect.poll(() => count(page, "new").textContent()).toMatch(/^2New/);
  expect(await peopleTotal()).toBe(4);

  await page.getByRole("button", { name: "Import 2 people" }).click();
  await page.getByTestId("import-summary").waitFor();
  const found = await apiGet<PageOf<PersonRow>>(server.url, "/api/people?q=priya");
  expect(found.items[0]).toMatchObject({
    fullName: "Priya Raman",
    emails: ["priya@example.org"],
    title: "Logistics planner",
  });
  expect(found.items[0]?.organizationId).not.toBeNull();
  expect(await peopleTotal()).toBe(6);
  expect(browser.takeErrors()).toEqual([]);
});

it("refuses a broken file, naming its line, and changes nothing", async () => {
  const { page } = browser;
  await openImport(page);
  const broken =
    'Name,Mail\nAnn Lee,ann@example.org\n"Bob Stone,bob@example.org\nCleo,cleo@example.org\n';
  await chooseFile(page, "broken.csv", broken);
  const error = page.getByTestId("import-error");
  await error.waitFor();
  const text = await error.textContent();
  expect(text).toContain("line 3");
  expect(text).toContain("Nothing was changed");
  expect(await page.getByTestId("import-preview").count()).toBe(0);
  expect(await peopleTotal()).toBe(6);
  await expectAccessible(page);
  await shootBoth(page, "import-error");
  // The browser logs the refused request itself; anything else would be a fault of ours.
  const errors = browser.takeErrors().filter((e) => !/status of 400/.test(e));
  expect(errors).toEqual([]);
});

it("downloads the backup, people and calendar files", async () => {
  const { page } = browser;
  await openImport(page);
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name }).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
  };
  const backup = await download("Backup (JSON)");
  expect(backup.name).toMatch(/\.json$/);
  expect(backup.text.startsWith("{")).toBe(true);
  expect(JSON.parse(backup.text)).toMatchObject({ format: "inroads-backup" });
  const csv = await download("People (CSV)");
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text).toContain("Priya Raman");
  const vcard4 = await download("People (vCard 4.0)");
  expect(vcard4.text.startsWith("BEGIN:VCARD")).toBe(true);
  expect(vcard4.text).toContain("VERSION:4.0\r\n");
  const vcard3 = await download("People (vCard 3.0)");
  expect(vcard3.text.startsWith("BEGIN:VCARD")).toBe(true);
  expect(vcard3.text).toContain("VERSION:3.0\r\n");
  const ics = await download("Calendar (iCalendar)");
  expect(ics.name).toMatch(/\.ics$/);
  expect(ics.text.startsWith("BEGIN:VCALENDAR")).toBe(true);
  expect(browser.takeErrors()).toEqual([]);
});

it("creates a calendar link, shows it once, and revokes it", async () => {
  const { page } = browser;
  await openImport(page);
  await page.getByRole("button", { name: "Create a calendar link" }).click();
  const shown = page.getByTestId("new-feed-link");
  await shown.waitFor();
  expect(await shown.textContent()).toContain("shown only this once");
  const url = await shown.getByRole("textbox", { name: "Subscription link" }).inputValue();
  expect(url).toMatch(/\/calendar\/[\w-]+\.ics$/);
  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
  await expectAccessible(page);
  await shootBoth(page, "import-calendar-link");

  // Once the page is left, the link is gone for good: only its row remains.
  await openImport(page);
  const feeds = page.getByTestId("calendar-feeds");
  await feeds.getByText("Active").waitFor();
  expect(await page.getByTestId("new-feed-link").count()).toBe(0);
  await feeds.getByRole("button", { name: /^Revoke/ }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke this calendar link?" });
  await dialog.waitFor();
  await page.waitForTimeout(300);
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Revoke" }).click();
  await dialog.waitFor({ state: "hidden" });
  await feeds.getByText(/^Revoked/).waitFor();
  expect((await fetch(url)).status).toBe(404);
  expect(browser.takeErrors()).toEqual([]);
});

it("imports a LinkedIn export of 30,000 connections", async () => {
  const { page } = browser;
  const rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
  for (let i = 0; i < 30_000; i++) {
    rows.push(
      `Person${i},Number${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,Company ${i % 700},Analyst ${i % 40},0${(i % 9) + 1} Mar 2022`,
    );
  }
  const content = `${rows.join("\n")}\n`;
  expect(content.length).toBeGreaterThan(3_000_000);
  await page.setViewportSize(PHONE);
  await openImport(page);
  await chooseFile(page, "Connections.csv", content);
  await expect
    .poll(() => count(page, "new").textContent(), { timeout: 60_000 })
    .toMatch(/^30,000New/);
  await expectAccessible(page);
  await shoot(page, "import-big-preview-phone");
  await page.getByRole("button", { name: "Import 30,000 people" }).click();
  // The server's part has no percentage to show: the bar says it is working.
  await page.getByRole("progressbar", { name: /Importing/ }).waitFor();
  await page.getByTestId("import-summary").waitFor({ timeout: 60_000 });
  expect(await page.getByTestId("import-summary").textContent()).toContain(
    "30,000 people landed in Inroads",
  );
  await shoot(page, "import-big-summary-phone");
  expect(await peopleTotal()).toBe(30_006);
  expect(browser.takeErrors()).toEqual([]);
});

/** Picks a file given as bytes, as a program other than ours wrote it. */
async function chooseBytes(page: Page, name: string, fixture: string): Promise<void> {
  const button = page.getByRole("button", { name: /Choose (a|another) file/ });
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
  const buffer = readFileSync(new URL(`../fixtures/formats/${fixture}`, import.meta.url));
  await chooser.setFiles({ name, mimeType: "text/csv", buffer });
}

const firstSampleName = (page: Page) =>
  page.getByTestId("import-preview").getByRole("row").nth(1).getByRole("cell").nth(1).textContent();

it("shows the detected encoding and separator, and reads the file again as chosen", async () => {
  const { page } = browser;
  await page.setViewportSize(DESKTOP);
  await openImport(page);
  await chooseBytes(page, "Greek contacts.csv", "outlook-el-windows-1253.csv");
  await expect.poll(() => count(page, "new").textContent()).toMatch(/^3New/);
  expect(await field(page, "Text encoding").inputValue()).toBe("Greek (Windows-1253)");
  expect(await field(page, "Separator").inputValue()).toBe("Comma ( , )");
  await page.getByText("Detected from the letters; change it if names look wrong").waitFor();
  expect(await firstSampleName(page)).toBe("Γιώργος Παπαδόπουλος");
  await expectAccessible(page);
  await shootBoth(page, "import-encoding-detected");

  // Another encoding reads the same bytes again: the names change, nothing is written.
  await field(page, "Text encoding").click();
  await page.getByRole("option", { name: "Western European (Windows-1252)" }).click();
  await expect.poll(() => firstSampleName(page)).not.toBe("Γιώργος Παπαδόπουλος");
  expect(await field(page, "Text encoding").inputValue()).toBe("Western European (Windows-1252)");
  await shootBoth(page, "import-encoding-chosen");
  await page.getByRole("button", { name: "Detect again" }).click();
  await expect.poll(() => firstSampleName(page)).toBe("Γιώργος Παπαδόπουλος");

  // A German Outlook file: semicolons, and a reception desk that is an organization.
  await chooseBytes(page, "Kontakte.CSV", "outlook-de-semicolon.csv");
  await expect.poll(() => count(page, "organizations").textContent()).toMatch(/^1Organizations/);
  expect(await field(page, "Separator").inputValue()).toBe("Semicolon ( ; )");
  expect(await field(page, "Format").inputValue()).toBe("Outlook contacts (CSV)");
  await field(page, "Separator").click();
  await page.getByRole("option", { name: "Comma ( , )" }).click();
  // Read with commas, the header is one long column that nothing can be mapped from.
  await page.getByTestId("column-mapping").waitFor();
  await shootBoth(page, "import-separator-chosen");
  await page.getByRole("button", { name: "Detect again" }).click();
  await expect.poll(() => count(page, "new").textContent()).toMatch(/^2New/);
  await page.getByRole("button", { name: "Import 2 people" }).click();
  await page.getByTestId("import-summary").waitFor();
  const found = await apiGet<PageOf<PersonRow>>(server.url, "/api/people?q=m%C3%BCller");
  expect(found.items[0]?.fullName).toBe("Jürgen Karl Müller");
  expect(await peopleTotal()).toBe(30_008);

  // A file of an organization alone still has something to import.
  const desk =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:City Library Reception\r\nTEL:+1 555 010 0199\r\nEND:VCARD\r\n";
  await page.getByRole("button", { name: "Import another file" }).click();
  await chooseFile(page, "reception.vcf", desk);
  await expect.poll(() => count(page, "organizations").textContent()).toMatch(/^1Organizations/);
  await page.getByRole("button", { name: "Import 1 organization" }).click();
  await page
    .getByTestId("import-summary")
    .getByText(/1 organization entry was read/)
    .waitFor();
  const orgs = await apiGet<PageOf<{ name: string; notes: string }>>(
    server.url,
    "/api/organizations?q=reception",
  );
  expect(orgs.items[0]).toMatchObject({ name: "City Library Reception" });
  expect(orgs.items[0]?.notes).toContain("Phone: +1 555 010 0199");
  expect(browser.takeErrors()).toEqual([]);
});
