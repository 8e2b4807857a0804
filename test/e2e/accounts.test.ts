// Server mode in the browser: an admin invites someone from the command line, they accept the
// invitation (choosing a password), work, and sign out, at desktop and phone width with axe
// clean and screenshots saved. Then the refusals and the sessions: a wrong password says so,
// "forgot password" answers the same for an address nobody has, and the account page lists two
// sessions from two browsers and ends the other one, which is sent to Sign in on its next call;
// deleting the account asks for the password.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { type Browser, DESKTOP, openBrowser, PHONE, shoot } from "./support/browser.js";
import { freshDatabase, type RunningInroads, runInroads, startInroads } from "./support/server.js";

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let browser: Browser;

const PASSWORD = "a long walk by the river";

beforeAll(async () => {
  db = freshDatabase();
  server = await startInroads(db.dbPath, { serveArgs: ["--accounts"] });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.remove();
});

/** `inroads users add`, as the admin runs it: answers the invitation link it prints. */
function invite(email: string, name: string): string {
  const printed = runInroads(db.dbPath, [
    "users",
    "--public-url",
    server.url,
    "add",
    email,
    "--name",
    name,
  ]);
  const link = /Invitation link[^:]*: (\S+)/.exec(printed)?.[1];
  if (!link) throw new Error(`no invitation link in:\n${printed}`);
  return link;
}

/** The failed sign-ins a test provokes answer 401, which the console reports; nothing else. */
function unexpectedErrors(b: Browser): string[] {
  return b.takeErrors().filter((e) => !/status of 401/.test(e));
}

async function judge(page: Page, name: string, problems: string[]): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(250);
  for (const v of await seriousViolations(page)) problems.push(`${name}: ${v}`);
  const overflow = Number(
    await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    ),
  );
  if (overflow > 1) problems.push(`${name}: ${overflow}px wider than the window`);
  await shoot(page, name);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel(/^Password\W*$/).fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

describe.each([
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const)("at %s width", (label, viewport) => {
  it("invite, accept, work, sign out, and come back where one was", async () => {
    const { page } = browser;
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    const email = `sam.${label}@example.org`;
    const link = invite(email, `Sam ${label}`);
    expect(link.startsWith(`${server.url}/accept-invitation?token=`)).toBe(true);

    // Without a session, the app is Sign in.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await judge(page, `accounts-sign-in-${label}`, problems);

    // The invitation: the password twice, with the policy explained, then signed in.
    await page.goto(link);
    const heading = page.getByRole("heading", { level: 1, name: "Accept your invitation" });
    await heading.waitFor();
    // The heading takes the focus, so a screen reader starts on it.
    expect(await page.evaluate("document.activeElement?.tagName")).toBe("H1");
    await page.getByText("At least 12 characters").waitFor();
    const form = page.getByRole("form", { name: "Accept your invitation" });
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel(/^New password\W*$/).fill(PASSWORD);
    await form.getByLabel("New password, again").fill("not the same password");
    await form.getByRole("button", { name: "Set password and sign in" }).click();
    await form.getByText("The two passwords are not the same.").waitFor();
    await judge(page, `accounts-accept-invitation-${label}`, problems);
    await form.getByLabel("New password, again").fill(PASSWORD);
    await form.getByRole("button", { name: "Set password and sign in" }).click();

    // In, on an empty account: the first run, then some work.
    await page.waitForURL(/\/welcome$/);
    await page.getByRole("banner").getByRole("button", { name: "Add person" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.getByLabel("Full name").fill(`Dana ${label}`);
    await dialog.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(`Dana ${label}`) }).waitFor();

    // The account page, from the navigation (behind the menu on a phone).
    if (label === "phone") await page.getByRole("button", { name: "Open navigation" }).click();
    await page.getByRole("link", { name: /Account/ }).click();
    await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
    await page.getByText(`Signed in as ${email}`).waitFor();
    const sessions = page.getByTestId("session");
    await sessions.first().waitFor();
    expect(await sessions.count()).toBe(1);
    await sessions.getByText("This device").waitFor();
    await judge(page, `accounts-account-${label}`, problems);

    // Delete account offers the backup and asks for the password; kept here.
    await page.getByRole("button", { name: "Delete account…" }).click();
    const deleting = page.getByRole("dialog", { name: "Delete your account?" });
    await deleting.getByRole("link", { name: "Download a backup (JSON)" }).waitFor();
    await deleting.getByLabel("Your password").waitFor();
    await judge(page, `accounts-delete-${label}`, problems);
    await deleting.getByRole("button", { name: "Keep my account" }).click();
    await deleting.waitFor({ state: "hidden" });

    // Sign out: the signed-out page, and the app is closed again.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/sign-in\?notice=signed-out$/);
    await page.getByText("You have signed out on this device.").waitFor();
    await judge(page, `accounts-signed-out-${label}`, problems);
    await page.goto(`${server.url}/people`);
    await page.waitForURL(/\/sign-in\?next=%2Fpeople$/);
    await page.getByText("Your session has ended").waitFor();
    await signIn(page, email, PASSWORD);
    await page.waitForURL(/\/people$/);
    await page.getByRole("link", { name: new RegExp(`Dana ${label}`) }).waitFor();
    await page.goto(`${server.url}/account`);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/sign-in\?notice=signed-out$/);

    problems.push(...unexpectedErrors(browser));
    expect(problems).toEqual([]);
  });
});

it("says so when the password is wrong", async () => {
  const { page } = browser;
  await page.setViewportSize(DESKTOP);
  await page.goto(`${server.url}/sign-in`);
  await signIn(page, "sam.desktop@example.org", "not the password at all");
  await page.getByRole("alert").getByText("do not match an account").waitFor();
  expect(page.url()).toMatch(/\/sign-in$/);
  const problems: string[] = [];
  await judge(page, "accounts-wrong-password-desktop", problems);
  problems.push(...unexpectedErrors(browser));
  expect(problems).toEqual([]);
});

it("answers the same to forgot password, whether the address has an account or not", async () => {
  const { page } = browser;
  const answerFor = async (email: string) => {
    await page.goto(`${server.url}/forgot-password`);
    await page.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    const answer = page.getByRole("status").filter({ hasText: "Check your mail" });
    await answer.waitFor();
    return (await answer.textContent())?.replace(email, "<address>");
  };
  const known = await answerFor("sam.desktop@example.org");
  const unknown = await answerFor("nobody.here@example.org");
  expect(unknown).toBe(known);
  const problems: string[] = [];
  await judge(page, "accounts-forgot-password-desktop", problems);
  problems.push(...unexpectedErrors(browser));
  expect(problems).toEqual([]);
});

it("lists the sessions of two browsers and ends the other one", async () => {
  const email = "sam.desktop@example.org";
  const { page } = browser;
  const other = await openBrowser();
  try {
    await other.page.goto(`${server.url}/organizations`);
    await other.page.waitForURL(/\/sign-in\?next=%2Forganizations$/);
    await signIn(other.page, email, PASSWORD);
    await other.page.waitForURL(/\/organizations$/);

    await page.goto(`${server.url}/sign-in`);
    await signIn(page, email, PASSWORD);
    await page.waitForURL(/\/$/);
    await page.goto(`${server.url}/account`);
    const sessions = page.getByTestId("session");
    await expect.poll(() => sessions.count()).toBe(2);
    const mine = sessions.filter({ hasText: "This device" });
    expect(await mine.count()).toBe(1);
    expect(await mine.getByRole("button").count()).toBe(0);
    const theirs = sessions.filter({ hasNotText: "This device" });
    await theirs.getByRole("button", { name: /^Sign out/ }).click();
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await sessions.filter({ hasText: "This device" }).count()).toBe(1);

    // The other browser's next call answers 401: Sign in, keeping where it was going.
    await other.page.getByRole("link", { name: "People" }).click();
    await other.page.waitForURL(/\/sign-in\?next=%2Fpeople$/);
    await other.page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(unexpectedErrors(other)).toEqual([]);
    expect(unexpectedErrors(browser)).toEqual([]);
  } finally {
    await other.close();
  }
});

it("deletes the account, with its password, after offering the backup", async () => {
  const email = "sam.phone@example.org";
  const fresh = await openBrowser(PHONE);
  const { page } = fresh;
  try {
    await page.goto(`${server.url}/sign-in`);
    await signIn(page, email, PASSWORD);
    await page.waitForURL(/\/$/);
    await page.goto(`${server.url}/account`);
    await page.getByRole("button", { name: "Delete account…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete your account?" });
    const backup = dialog.getByRole("link", { name: "Download a backup (JSON)" });
    expect(await backup.getAttribute("href")).toBe("/api/export/json");
    await dialog.getByLabel("Your password").fill("not the password at all");
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await dialog.getByText("This is not your password.").waitFor();
    await dialog.getByLabel("Your password").fill(PASSWORD);
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL(/\/sign-in\?notice=deleted$/);
    await page.getByText("Your account has been deleted.").waitFor();
    await signIn(page, email, PASSWORD);
    await page.getByRole("alert").getByText("do not match an account").waitFor();
    expect(unexpectedErrors(fresh).filter((e) => !/status of 400/.test(e))).toEqual([]);
  } finally {
    await fresh.close();
  }
});
