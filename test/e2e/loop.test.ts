// The whole practice in one pass, from an empty database: onboarding (target, pitch), adding a
// person, the request and its attempt, the schedule, preparing (questions against the time
// budget), the live conversation (clock, notes, a referral), held, the thank-you, and then,
// three weeks later, the check-in on Today and the referral in the network.

import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Browser, openBrowser, SCREENSHOTS, shoot } from "./support/browser.js";
import { eventually } from "./support/poll.js";
import { apiGet, freshDatabase, type RunningInroads, startInroads } from "./support/server.js";

const start = new Date();
start.setUTCSeconds(0, 0);
const NOW = start.toISOString();
const day = (offset: number) => new Date(start.getTime() + offset * 86_400_000);

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let browser: Browser;

beforeAll(async () => {
  db = freshDatabase();
  server = await startInroads(db.dbPath, { now: NOW });
  browser = await openBrowser();
  console.log(`Screenshots: ${SCREENSHOTS}`);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: server.url,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.remove();
});

it("runs the loop from an empty database to the next referral", async () => {
  const { page } = browser;
  // A form field by its label; Mantine's comboboxes label their option lists too.
  const field = (name: string | RegExp, scope: Locator | Page = page) =>
    scope.locator("input, textarea").and(scope.getByLabel(name));
  const toast = (text: string | RegExp) => page.getByRole("status").getByText(text).first();

  // First run: the empty database opens on the onboarding.
  await page.goto(`${server.url}/`);
  await page.waitForURL("**/welcome");
  await field("Your name").fill("Sam Carter");
  await field("The job you are aiming at").fill("Supply chain analyst");
  await field("Industry").fill("Consumer goods distribution");
  const organizations = field("Organizations");
  await organizations.fill("Northwind Traders");
  await organizations.press("Enter");
  await organizations.fill("Fourth Coffee");
  await organizations.press("Enter");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // The pitch, timed as it is typed.
  await field("Who I am").fill("I'm Sam, a store operations lead at Contoso Retail.");
  await field("What I want next").fill("I want to move into supply-chain analysis.");
  await expect.poll(() => page.getByTestId("pitch-timing").textContent()).toMatch(/16 words/);
  await page.getByRole("button", { name: "Continue" }).click();

  // A first person from the onboarding, then the loop's person with the "n" key.
  const first = page.getByRole("form", { name: "Add a first person" });
  await field("Full name", first).fill("Lee Okafor");
  await field("Organization", first).fill("Fourth Coffee");
  await first.getByRole("button", { name: "Add person" }).click();
  await toast("Lee Okafor added").waitFor();
  await page.getByRole("button", { name: "Go to Today" }).click();
  await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
  await page.keyboard.press("n");
  const dialog = page.getByRole("dialog", { name: "Add a person" });
  await field("Full name", dialog).fill("Dana Alvarez");
  await field("Title", dialog).fill("Inventory planning supervisor");
  await field("Organization", dialog).fill("Northwind Traders");
  await field("Email", dialog).fill("dana@northwind.example.com");
  await dialog.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("heading", { name: /Dana Alvarez/, level: 1 }).waitFor();

  // Outreach: the request from the template, the attempt recorded.
  await page.getByRole("button", { name: "Ask for a conversation" }).click();
  await page.waitForURL(/\/outreach\//);
  const body = page.getByTestId("request-body");
  await expect.poll(() => body.inputValue()).toContain("Dear Dana,");
  const request = await body.inputValue();
  expect(request).toContain("20 minutes");
  expect(request).toContain("I am not asking you for a job");
  expect(request).toContain("Sam Carter");
  const mailto = await page.getByRole("link", { name: "Open in mail app" }).getAttribute("href");
  expect(mailto).toMatch(/^mailto:dana@northwind\.example\.com\?subject=/);
  // Copying records nothing; saying it was sent does.
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await toast("Copied").waitFor();
  expect(
    (
      await apiGet<{ total: number }>(
        server.url,
        `/api/attempts?conversationId=${page.url().split("/").at(-1)}`,
      )
    ).total,
  ).toBe(0);
  await page.getByRole("button", { name: "I sent it (attempt 1)" }).click();
  await toast("Attempt 1 of 3 recorded").waitFor();
  await expect.poll(() => page.getByTestId("attempt").first().textContent()).toMatch(/Email/);
  await expect.poll(() => page.getByTestId("retry-date").textContent()).toMatch(/Try again from/);

  // They said yes: schedule it for tomorrow at ten.
  await page.getByRole("button", { name: "They said yes" }).click();
  await toast("Now put it on the calendar").waitFor();
  await field("When").fill(`${day(1).toISOString().slice(0, 10)}T10:00`);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await page.waitForURL(/\/conversations\/[^/]+\/prepare$/);
  const conversationId = page.url().split("/").at(-2) as string;

  // Prepare: research, and questions against the budget until it turns red, then back.
  await page
    .getByLabel(/Notes on Dana Alvarez/)
    .fill("Northwind: 40 stores; planning team of five.");
  const budget = page.getByTestId("budget");
  const bank = page.getByTestId("bank-question");
  let picked = 0;
  while ((await budget.getAttribute("data-state")) !== "over") {
    await bank.nth(picked).click();
    picked += 1;
  }
  expect(await budget.textContent()).toMatch(/over/);
  await bank.nth(picked - 1).click();
  expect(await bank.nth(picked - 1).getAttribute("aria-selected")).toBe("false");
  await expect.poll(() => budget.getAttribute("data-state")).not.toBe("over");
  await eventually(async () => {
    const prep = await apiGet<{ questions: unknown[] }>(
      server.url,
      `/api/conversations/${conversationId}/preparation`,
    );
    return prep.questions.length === picked - 1 ? true : undefined;
  }, "the picked questions to be saved");
  await shoot(page, "loop-prepare");

  // The prep sheet prints on one page.
  await page.getByRole("link", { name: "Prep sheet to print" }).click();
  const sheet = page.getByTestId("prep-sheet");
  await sheet.getByText("Northwind: 40 stores").waitFor();
  expect(await sheet.textContent()).toContain("I'm Sam, a store operations lead");
  await shoot(page, "loop-prep-sheet");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.getByRole("link", { name: "Back to preparing" }).click();

  // Live: the clock runs, answers and notes are typed, a referral is captured.
  await page.getByRole("button", { name: "Ready: go live" }).click();
  await page.waitForURL(/\/live$/);
  await page.getByRole("button", { name: "Start the clock" }).click();
  await expect
    .poll(() => page.getByTestId("clock").textContent(), { timeout: 5000 })
    .not.toBe("20:00");
  await page
    .getByLabel("Their answer")
    .fill("Started in a store, moved to planning after two years.");
  await page.getByTestId("live-notes").fill("Forecasts weekly by SKU; SQL is a plus.");
  const referral = page.getByRole("form", { name: "Capture a referral" });
  await field(/^Name/, referral).fill("Grace Liu");
  await field("Organization", referral).fill("Northwind Traders");
  await field("Why talk to them", referral).fill("She hires the analysts.");
  await referral.getByRole("button", { name: "Add referral" }).click();
  await toast("Grace Liu added, introduced by Dana Alvarez").waitFor();
  await expect.poll(() => page.getByTestId("captured").textContent()).toContain("Grace Liu");
  await shoot(page, "loop-live");

  // Held, then the thank-you, which sets the check-ins.
  await page.getByRole("button", { name: "We talked: mark as held" }).click();
  // The dialog asks when the talk was, starting at the scheduled time.
  await page
    .getByRole("dialog", { name: "Mark this conversation as held?" })
    .getByRole("button", { name: "Mark as held" })
    .click();
  await page.waitForURL(/\/after$/);
  await field("What you took away").fill("I will look at the SQL course you suggested.");
  await expect.poll(() => page.getByTestId("thank-you-text").inputValue()).toContain("SQL course");
  await page.getByRole("checkbox", { name: /The name is spelled "Dana Alvarez"/ }).check();
  await page.getByRole("button", { name: "Mark thank-you as sent" }).click();
  await toast("Thank-you recorded").waitFor();
  await expect.poll(() => page.getByTestId("next-follow-ups").textContent()).toMatch(/Check-in/);
  const conversation = await apiGet<{ status: string; notes: string }>(
    server.url,
    `/api/conversations/${conversationId}`,
  );
  expect(conversation.status).toBe("thanked");
  expect(conversation.notes).toContain("SQL is a plus");
  await shoot(page, "loop-after");

  // Three weeks after the talk (held at its scheduled time, tomorrow), the check-in is due.
  await server.stop();
  server = await startInroads(db.dbPath, { now: day(23).toISOString() });
  await page.goto(`${server.url}/`);
  const checkIn = page.getByTestId("follow-up").filter({ hasText: "Check-in" });
  await checkIn.filter({ hasText: "Dana Alvarez" }).waitFor();
  await shoot(page, "loop-today-check-in");

  // The referral is a person of their own, linked to Dana in the network.
  await page.goto(`${server.url}/network`);
  const introductions = page.getByTestId("introductions");
  await expect
    .poll(() => introductions.textContent())
    .toMatch(/Dana Alvarez\s*introduced\s*Grace Liu/);
  await page.getByTestId("referral-graph").locator("canvas").first().waitFor();
  await shoot(page, "loop-network");
  await introductions.getByRole("link", { name: "Grace Liu" }).click();
  await page.getByRole("heading", { name: /Grace Liu/, level: 1 }).waitFor();
  await expect
    .poll(() => page.getByRole("region", { name: "Introductions" }).textContent())
    .toContain("Dana Alvarez");

  expect(browser.takeErrors()).toEqual([]);
});
