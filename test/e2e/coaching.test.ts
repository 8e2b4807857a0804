// Coaches and career centers in the browser, server mode with accounts and a real SMTP server:
// a coach starts a center and a program and invites a seeker by e-mail; the seeker opens the
// mailed link, joins, and shares progress and pipeline; the coach sees the cohort and the
// seeker and comments; the comment is on the seeker's Today; the seeker revokes; the coach's
// next look shows nothing; the seeker's access log lists the coach's reads. At 1280 and 375 px,
// with axe finding no serious or critical violation and a screenshot of every page.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenOf } from "../support/centers.js";
import { type SmtpInbox, smtpInbox } from "../support/smtpInbox.js";
import { seriousViolations } from "./support/axe.js";
import { type Browser, DESKTOP, openBrowser, PHONE, shoot } from "./support/browser.js";
import { eventually } from "./support/poll.js";
import { freshDatabase, type RunningInroads, runInroads, startInroads } from "./support/server.js";

const PASSWORD = "a long walk by the river";

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let inbox: SmtpInbox;
let coach: Browser;
let seeker: Browser;
let visitor: Browser;

beforeAll(async () => {
  db = freshDatabase();
  inbox = await smtpInbox();
  // The server reads its mail settings from the environment, as in production.
  const before = process.env.SMTP_URL;
  process.env.SMTP_URL = inbox.url;
  try {
    server = await startInroads(db.dbPath, { serveArgs: ["--accounts"] });
  } finally {
    if (before === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = before;
  }
  [coach, seeker, visitor] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([coach?.close(), seeker?.close(), visitor?.close()]);
  await server?.stop();
  await inbox?.close();
  db?.remove();
});

function account(email: string, name: string): void {
  runInroads(
    db.dbPath,
    ["users", "--public-url", server.url, "add", email, "--name", name, "--password-stdin"],
    PASSWORD,
  );
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel(/^Password\W*$/).fill(PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
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

async function openNav(page: Page, phone: boolean, name: string): Promise<void> {
  if (phone) await page.getByRole("button", { name: "Open navigation" }).click();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name }).click();
}

describe.each([
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const)("at %s width", (label, viewport) => {
  it("invite, join, share, comment, revoke, and the access log", async () => {
    const phone = label === "phone";
    const problems: string[] = [];
    const coachEmail = `casey.${label}@northside.edu`;
    const seekerEmail = `sam.${label}@northside.edu`;
    account(coachEmail, `Casey Coach ${label}`);
    account(seekerEmail, `Sam Seeker ${label}`);
    for (const b of [coach, seeker, visitor]) {
      // Each width signs in afresh.
      await b.context.clearCookies();
      await b.page.setViewportSize(viewport);
    }
    const c = coach.page;
    const s = seeker.page;

    // The coach starts a center from Coaching, where every seeker starts too.
    await signIn(c, coachEmail);
    await openNav(c, phone, "Coaching");
    await c.getByRole("heading", { level: 1, name: "Coaching" }).waitFor();
    await c.getByRole("link", { name: "Start a center" }).click();
    await c.getByRole("heading", { level: 1, name: "Centers" }).waitFor();
    await judge(c, `coaching-centers-${label}`, problems);
    await c.getByLabel("Name of the center").fill(`Northside Careers ${label}`);
    await c.getByRole("button", { name: "Start the center" }).click();
    await c.getByRole("heading", { level: 1, name: `Northside Careers ${label}` }).waitFor();
    // Staff now: Centers is in the navigation.
    if (phone) await c.getByRole("button", { name: "Open navigation" }).click();
    await c
      .getByRole("navigation", { name: "Pages" })
      .getByRole("link", { name: "Centers" })
      .waitFor();
    if (phone) await c.getByRole("button", { name: "Close navigation" }).click();

    // Shared material and a program with this coach as its coach.
    const share = c.getByRole("form", { name: "Share material" });
    await share.getByLabel("Title").fill("Our request");
    await share.getByLabel("The text").fill("Dear {firstName}, I am a student at Northside…");
    await share.getByRole("button", { name: "Share" }).click();
    await c.getByText("Dear {firstName}, I am a student at Northside…").waitFor();
    await c.getByRole("button", { name: "New program" }).click();
    const form = c.getByRole("form", { name: "New program" });
    await form.getByLabel("Name").fill("Winter workshop");
    await form.getByLabel("Purpose").fill("To see who needs a nudge before the spring fair.");
    await form.getByLabel("Coaches").click();
    await c.getByRole("option", { name: `Casey Coach ${label}` }).click();
    await form.getByLabel("Coaches").press("Escape");
    await judge(c, `coaching-center-${label}`, problems);
    await form.getByRole("button", { name: "Create program" }).click();
    await c.getByRole("heading", { level: 1, name: "Winter workshop" }).waitFor();

    // A milestone, an invitation by e-mail, a join link, and a list with a bad line.
    await c.getByRole("button", { name: "Add milestone" }).click();
    await c.getByText("3 conversations held by week 4", { exact: true }).waitFor();
    const invite = c.getByRole("form", { name: "Invite by e-mail" });
    await invite.getByLabel(/Invite by e-mail/).fill(seekerEmail);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    const mailed = await eventually(
      async () =>
        inbox.mail.find(
          (m) =>
            m.subject &&
            m.text?.includes("join?token=") &&
            JSON.stringify(m.to).includes(seekerEmail),
        ),
      "the invitation mail",
    );
    const personalLink = `${server.url}/join?token=${tokenOf(mailed.text ?? "")}`;
    const linkForm = c.getByRole("form", { name: "Make a join link" });
    await linkForm.getByLabel(/Only addresses at/).fill("northside.edu");
    await linkForm.getByRole("button", { name: "Make a join link" }).click();
    const joinLink = (await c.getByTestId("join-link").textContent()) ?? "";
    expect(joinLink).toMatch(/\/join\?token=/);
    const list = c.getByRole("form", { name: "Invite a list" });
    await list
      .getByLabel(/Invite a list of addresses/)
      .fill(`ana.${label}@northside.edu\nnot an address`);
    await list.getByRole("button", { name: "Invite everyone listed" }).click();
    await c.getByText(/Line 2: .*not an e-mail address/).waitFor();
    await c.getByText("No seeker has joined yet").waitFor();
    await judge(c, `coaching-program-empty-${label}`, problems);

    // Someone without a session opens the join link: what joining shares, and the mail form.
    await visitor.page.goto(joinLink);
    await visitor.page.getByRole("heading", { level: 1, name: "Join Winter workshop" }).waitFor();
    await visitor.page.getByText("To see who needs a nudge before the spring fair.").waitFor();
    await visitor.page.getByRole("button", { name: "Mail me my invitation" }).waitFor();
    await judge(visitor.page, `coaching-join-link-${label}`, problems);

    // The seeker, signed in with their own work, opens the mailed link and joins.
    await signIn(s, seekerEmail);
    const demo = await s.request.post(`${server.url}/api/demo`, { data: {} });
    expect(demo.status()).toBe(201);
    await s.goto(personalLink);
    await s.getByRole("heading", { level: 1, name: "Join Winter workshop" }).waitFor();
    await s.getByText("your name and e-mail", { exact: false }).first().waitFor();
    await judge(s, `coaching-join-${label}`, problems);
    await s.getByRole("button", { name: "Join Winter workshop" }).click();
    await s.waitForURL(/\/coaching$/);
    await s.getByRole("heading", { level: 2, name: "Winter workshop" }).waitFor();
    await s.getByText("Nothing but your name and e-mail").waitFor();

    // Shares progress and pipeline with every coach of the program.
    await s.getByRole("button", { name: "Share with your coaches…" }).click();
    const grant = s.getByRole("form", { name: "Share with your coaches" });
    await grant.getByRole("checkbox", { name: /Pipeline/ }).check();
    expect(await grant.getByRole("checkbox", { name: /Progress/ }).isChecked()).toBe(true);
    expect(await grant.getByRole("checkbox", { name: /Contacts/ }).isChecked()).toBe(false);
    await judge(s, `coaching-grant-form-${label}`, problems);
    await grant.getByRole("button", { name: "Share" }).click();
    await s.getByTestId("grant").getByText("Sees: progress and pipeline.").waitFor();
    await s.getByTestId("receipt").first().getByText("Granted").waitFor();
    await judge(s, `coaching-coaching-${label}`, problems);

    // The coach's cohort: the seeker shares, and their facts show.
    await c.reload();
    await c.getByTestId("cohort-counts").getByText("1 sharing").waitFor();
    const row = c.getByTestId("cohort-row").filter({ hasText: `Sam Seeker ${label}` });
    await row.getByText("Pipeline").waitFor();
    await judge(c, `coaching-program-${label}`, problems);
    await row.getByRole("link", { name: `Sam Seeker ${label}` }).click();
    await c.getByRole("heading", { level: 1, name: `Sam Seeker ${label}` }).waitFor();
    await c.getByRole("heading", { level: 2, name: "Pipeline" }).waitFor();
    const withheld = c.getByTestId("not-shared");
    await withheld.getByText(/Contacts:/).waitFor();
    await withheld.getByText(/Notes:/).waitFor();
    // Without contacts, the people the seeker talks to are never named.
    await c
      .getByRole(phone ? "list" : "table", { name: "Conversations" })
      .getByText(/^Person \d+/)
      .first()
      .waitFor();
    const comment = c.getByRole("form", { name: "Write a comment" });
    await comment.getByText("Introduction", { exact: true }).click();
    await comment.getByLabel(/^Comment/).fill("Talk to our alumna at Northwind: she expects you.");
    await comment.getByRole("button", { name: "Send comment" }).click();
    await c.getByText("Talk to our alumna at Northwind: she expects you.").first().waitFor();
    const note = c.getByRole("form", { name: "Write a private note" });
    await note.getByLabel(/^Private note/).fill("Shy on the phone; suggest e-mail.");
    await note.getByRole("button", { name: "Keep private note" }).click();
    await c.getByText("Shy on the phone; suggest e-mail.").first().waitFor();
    await judge(c, `coaching-seeker-${label}`, problems);

    // The comment is on the seeker's Today; the private note is not.
    await s.goto(`${server.url}/`);
    const card = s.getByRole("region", { name: /From your coaches/ });
    await card.getByText("Talk to our alumna at Northwind: she expects you.").waitFor();
    expect(await s.getByText("Shy on the phone").count()).toBe(0);
    await judge(s, `coaching-today-${label}`, problems);
    await card.getByRole("button", { name: /Dismiss/ }).click();
    await card.waitFor({ state: "detached" });

    // The seeker revokes; the coach's next request shows nothing.
    await openNav(s, phone, "Coaching");
    await s.getByTestId("grant").getByRole("button", { name: "Revoke" }).click();
    await s.getByText("Nothing but your name and e-mail").waitFor();
    await s.getByTestId("receipt").first().getByText("Revoked").waitFor();
    await c.reload();
    await c.getByText(`Sam Seeker ${label} shares nothing with you now`).waitFor();
    expect(await c.getByRole("heading", { level: 2, name: "Pipeline" }).count()).toBe(0);
    expect(await c.getByRole("heading", { level: 2, name: "Progress" }).count()).toBe(0);
    await judge(c, `coaching-seeker-revoked-${label}`, problems);
    await c.goBack();
    await c.reload();
    await c.getByTestId("cohort-counts").getByText("0 sharing").waitFor();
    await c.getByTestId("cohort-row").getByText("Shares nothing yet").waitFor();

    // The access log lists the coach's reads: the cohort and the seeker view.
    await s.reload();
    const log = s.getByTestId("access-log");
    await log
      .getByText(/seeker view/)
      .first()
      .waitFor();
    await log
      .getByText(/cohort/)
      .first()
      .waitFor();
    expect(await log.getByText(`Casey Coach ${label}`).count()).toBeGreaterThanOrEqual(2);
    await judge(s, `coaching-access-log-${label}`, problems);

    // Before a session, the app tells the modes apart by a 401 from a data route, which the
    // console reports; nothing else may go wrong.
    for (const b of [coach, seeker, visitor]) {
      problems.push(...b.takeErrors().filter((e) => !/status of 401/.test(e)));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
