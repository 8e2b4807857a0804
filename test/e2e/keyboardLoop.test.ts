// The loop from an empty database by keyboard alone (issue 16): welcome → target → pitch → a first
// person → the loop's person → the request and its attempt → they said yes → the schedule →
// prepare (questions picked in the bank's listbox) → live (the clock, "n" for the next question, a
// referral) → held → the thank-you → the referral's own request. After each step the test says
// where the focus must be (the focused element's role and name), and every key press is counted
// against a budget. Text typed into a field counts as one press: the words are the person's, the
// presses around them are what the app costs. TRACE_KEYS=1 prints every Tab stop on the way.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { type Browser, DESKTOP, openBrowser, PHONE, shoot } from "./support/browser.js";
import { apiGet, freshDatabase, type RunningInroads, startInroads } from "./support/server.js";

/** What the loop may cost, in key presses (the issue counted 453 for one conversation). */
const BUDGET = 150;

const start = new Date();
start.setUTCSeconds(0, 0);
const tomorrow = new Date(start.getTime() + 86_400_000);

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let browser: Browser;

beforeAll(async () => {
  db = freshDatabase();
  server = await startInroads(db.dbPath, { now: start.toISOString() });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.remove();
});

/** The keyboard, counted. */
class Keys {
  presses = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.presses += 1;
    }
  }

  /** Words typed into the focused field: one press, whatever their length. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.presses += 1;
  }

  /** Tabs (or Shift+Tabs) until the focus is on `role` named `name`; at most `max` presses. */
  async tabTo(role: string, name: RegExp, max: number, back = false): Promise<void> {
    for (let i = 0; ; i += 1) {
      const now = await focusOf(this.page);
      if (process.env.TRACE_KEYS) console.log(`  ${now.role} "${now.name}"`);
      if (now.role === role && name.test(now.name)) return;
      if (i === max) {
        throw new Error(`${role} ${name} not reached in ${max} ${back ? "Shift+Tab" : "Tab"}s`);
      }
      await this.press(back ? "Shift+Tab" : "Tab");
    }
  }

  /** Closes a step: how many presses it took, for the log. */
  step(name: string, before: number): number {
    this.log.push(`${name}: ${this.presses - before}`);
    return this.presses;
  }
}

interface Focus {
  role: string;
  name: string;
}

/** The focused element's role and accessible name, as the accessibility tree reads them. */
async function focusOf(page: Page): Promise<Focus> {
  const focused = page.locator("*:focus");
  if ((await focused.count()) === 0) return { role: "none", name: "" };
  const snapshot = await focused.first().ariaSnapshot({ timeout: 2000 });
  // The first line, e.g. - button "Save" or, when the name holds a colon, YAML-quoted as a whole.
  let line = (snapshot.trim().split("\n")[0] ?? "").replace(/^- /, "").replace(/:$/, "");
  if (line.startsWith("'")) line = line.slice(1, line.lastIndexOf("'")).replace(/''/g, "'");
  const match = /^(\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
  return { role: match?.[1] ?? "none", name: (match?.[2] ?? "").replace(/\\"/g, '"') };
}

/** Waits until the focus is on `role` named `name` (pages load, focus moves after a render). */
async function focusIs(page: Page, role: string, name: RegExp): Promise<void> {
  await expect
    .poll(
      async () => {
        const now = await focusOf(page);
        return now.role === role && name.test(now.name) ? "ok" : `${now.role} "${now.name}"`;
      },
      { timeout: 10_000 },
    )
    .toBe("ok");
}

async function shootBoth(page: Page, name: string): Promise<void> {
  await shoot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  await shoot(page, `${name}-375`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize(DESKTOP);
}

it("runs the loop from an empty database by keyboard alone, within its key budget", async () => {
  const { page } = browser;
  const keys = new Keys(page);
  const url = server.url;
  let mark = 0;

  // Welcome: the target, with the organizations to aim at.
  await page.goto(`${url}/`);
  await page.waitForURL("**/welcome");
  // The empty database sent the app to the welcome page, whose heading has the focus.
  await focusIs(page, "heading", /Welcome to Inroads/);
  await keys.tabTo("textbox", /^Your name/, 2);
  await keys.type("Sam Carter");
  await keys.press("Tab");
  await focusIs(page, "textbox", /The job you are aiming at/);
  await keys.type("Supply chain analyst");
  await keys.press("Tab");
  await keys.type("Consumer goods distribution");
  await keys.tabTo("combobox", /^Organizations/, 3);
  await keys.type("Northwind Traders");
  await keys.press("Enter");
  await keys.type("Fourth Coffee");
  await keys.press("Enter");
  await keys.tabTo("button", /Save and continue/, 6);
  await keys.press("Enter");
  mark = keys.step("target", mark);

  // The pitch: the focus is already in its first part.
  await focusIs(page, "textbox", /Who I am/);
  await keys.type("I'm Sam, a store operations lead at Contoso Retail.");
  await keys.tabTo("textbox", /What I want next/, 3);
  await keys.type("I want to move into supply-chain analysis.");
  await keys.tabTo("button", /^Continue$/, 4);
  await keys.press("Enter");
  mark = keys.step("pitch", mark);

  // A first person, at an organization typed a step earlier: the box suggests it.
  await focusIs(page, "textbox", /Full name/);
  await keys.type("Lee Okafor");
  await keys.press("Tab");
  await keys.type("Fou");
  await page.getByRole("option", { name: "Fourth Coffee" }).waitFor();
  await shoot(page, "keyboard-welcome-suggestions-1280");
  await keys.press("ArrowDown");
  await keys.press("Enter");
  expect(await page.getByRole("combobox", { name: /^Organization/ }).inputValue()).toBe(
    "Fourth Coffee",
  );
  await keys.press("Enter");
  await page.getByRole("status").getByText("Lee Okafor added").first().waitFor();
  // Ready for the next person.
  await focusIs(page, "textbox", /Full name/);
  await shootBoth(page, "keyboard-welcome-first-people");
  await focusIs(page, "textbox", /Full name/);
  await keys.tabTo("button", /Go to Today/, 10);
  await keys.press("Enter");
  await focusIs(page, "heading", /^Today$/);
  mark = keys.step("first person", mark);

  // The loop's person, with the "n" key.
  await keys.press("n");
  const dialog = page.getByRole("dialog", { name: "Add a person" });
  await dialog.waitFor();
  await focusIs(page, "textbox", /Full name/);
  await keys.type("Dana Alvarez");
  await keys.tabTo("textbox", /^Title/, 8);
  await keys.type("Inventory planning supervisor");
  await keys.press("Tab");
  await keys.type("Northwind Traders");
  await keys.press("Escape");
  await keys.tabTo("textbox", /^Email/, 4);
  await keys.type("dana@northwind.example.com");
  await keys.press("Enter");
  await focusIs(page, "heading", /Dana Alvarez/);
  mark = keys.step("person", mark);
  // The first person (from the welcome page) and this one have one status. Looked at in a
  // second tab, so the keyboard's page is left as it is.
  const peek = await browser.context.newPage();
  await peek.goto(`${url}/people`);
  const stage = (name: string) =>
    peek.locator(".virtual-row").filter({ hasText: name }).locator(".mantine-Badge-root").last();
  await stage("Lee Okafor").waitFor();
  expect(await stage("Lee Okafor").textContent()).toBe("Not asked");
  expect(await stage("Dana Alvarez").textContent()).toBe("Not asked");
  await peek.close();
  await page.bringToFront();

  // The request and its attempt.
  await keys.tabTo("button", /Ask for a conversation/, 8);
  await keys.press("Enter");
  await page.waitForURL(/\/outreach\//);
  await focusIs(page, "heading", /Ask Dana Alvarez/);
  await keys.tabTo("button", /I sent it \(attempt 1\)/, 14);
  await keys.press("Enter");
  await focusIs(page, "button", /They said yes/);
  mark = keys.step("request", mark);

  // They said yes: the page moves on to the date, which has the focus.
  await keys.press("Enter");
  await focusIs(page, "textbox", /When/);
  await page.getByRole("heading", { level: 1 }).getByTestId("said-yes").waitFor();
  const day = tomorrow.toISOString().slice(0, 10);
  await keys.type(`${day.slice(5, 7)}${day.slice(8, 10)}${day.slice(0, 4)}`);
  await keys.press("Tab");
  await keys.type("1000AM");
  await keys.press("Enter");
  await page.waitForURL(/\/prepare$/);
  await focusIs(page, "heading", /Conversation with Dana Alvarez/);
  mark = keys.step("schedule", mark);
  const conversationId = page.url().split("/").at(-2) as string;

  // Prepare: research notes, then four questions from the bank's listbox.
  await keys.tabTo("textbox", /Notes on Dana Alvarez/, 4);
  await keys.type("Northwind: 40 stores; planning team of five.");
  // The bank is one Tab stop: the focus lands on its first question.
  await keys.tabTo("option", /./, 16);
  expect(await page.getByRole("listbox", { name: "Question bank" }).locator(":focus").count()).toBe(
    1,
  );
  for (let i = 0; i < 4; i += 1) {
    if (i > 0) await keys.press("ArrowDown");
    await keys.press(" ");
  }
  await expect.poll(() => page.getByRole("option", { selected: true }).count()).toBe(4);
  await shootBoth(page, "keyboard-prepare-bank");
  await keys.tabTo("button", /Ready: go live/, 12, true);
  await keys.press("Enter");
  await page.waitForURL(/\/live$/);
  await focusIs(page, "heading", /Conversation with Dana Alvarez/);
  mark = keys.step("prepare", mark);

  // Live: the clock, "n" for the next question, an answer, a referral, then held.
  await keys.tabTo("button", /Start the clock/, 6);
  await keys.press("Enter");
  const question = page.getByTestId("current-question-text");
  const first = await question.textContent();
  await keys.press("n");
  await expect.poll(() => question.textContent()).not.toBe(first);
  // "?" lists that key among the others; Escape gives the focus back.
  await keys.press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await shortcuts.getByText("On Live: the next question").waitFor();
  await page.waitForTimeout(300);
  await shootBoth(page, "keyboard-live-shortcuts");
  await keys.press("Escape");
  await shortcuts.waitFor({ state: "hidden" });
  await keys.tabTo("textbox", /Their answer/, 8);
  await keys.type("Started in a store, moved to planning after two years.");
  await keys.tabTo("textbox", /^Name/, 12);
  await keys.type("Grace Liu");
  await keys.press("Enter");
  await page.getByRole("status").getByText("Grace Liu added").first().waitFor();
  await focusIs(page, "textbox", /^Name/);
  await keys.tabTo("button", /We talked: mark as held/, 20);
  await keys.press("Enter");
  const held = page.getByRole("dialog", { name: "Mark this conversation as held?" });
  await held.waitFor();
  // The dialog opens on when you talked (the scheduled time); Enter confirms it.
  await focusIs(page, "textbox", /When you talked/);
  await keys.press("Enter");
  await page.waitForURL(/\/after$/);
  await focusIs(page, "heading", /Conversation with Dana Alvarez/);
  mark = keys.step("live", mark);

  // After: the thank-you, its name checked.
  await keys.tabTo("textbox", /What you took away/, 12);
  await keys.type("your tip to take the SQL course first");
  await expect
    .poll(() => page.getByTestId("thank-you-text").inputValue())
    .toContain("Your tip to take the SQL course first.");
  await keys.tabTo("checkbox", /The name is spelled "Dana Alvarez"/, 8);
  await keys.press(" ");
  await keys.tabTo("button", /Mark thank-you as sent/, 6);
  await keys.press("Enter");
  await page.getByRole("status").getByText("Thank-you recorded").first().waitFor();
  // Thanked: the focus moves on to the name this talk gave.
  await focusIs(page, "link", /^Grace Liu$/);
  await shootBoth(page, "keyboard-after-thanked");
  await focusIs(page, "link", /^Grace Liu$/);
  mark = keys.step("after", mark);

  // The referral: Grace's page, then her request.
  await keys.press("Enter");
  await focusIs(page, "heading", /Grace Liu/);
  // The person's timeline comes with their conversations, after the heading: a person looks
  // before tabbing, and on a busy machine the Tabs could pass its place before it was drawn.
  await page.getByRole("link", { name: /Write the request|Ask for a conversation/ }).waitFor();
  await keys.tabTo("link", /Write the request|Ask for a conversation/, 8);
  await keys.press("Enter");
  await page.waitForURL(/\/outreach\//);
  await focusIs(page, "heading", /Ask Grace Liu/);
  keys.step("referral", mark);

  console.log(`Key presses: ${keys.presses} of ${BUDGET} (${keys.log.join(", ")})`);
  expect(keys.presses).toBeLessThanOrEqual(BUDGET);

  // What the keyboard did is what the server holds.
  const conversation = await apiGet<{ status: string }>(
    url,
    `/api/conversations/${conversationId}`,
  );
  expect(conversation.status).toBe("thanked");
  expect(browser.takeErrors()).toEqual([]);
});
