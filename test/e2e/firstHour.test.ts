// A newcomer's first hour (issue 16): "mark as held" starts at the scheduled time and can be
// corrected, the clock stops, a lead saves from After; the focus follows the work (a route
// change lands on the page's heading, a dialog closed by Escape gives the focus back, an action
// moves it to the next control); the page moves on after "They said yes".
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { DESKTOP, PHONE, shoot } from "./support/browser.js";
import { apiGet, apiSend } from "./support/server.js";
import { browserSession } from "./support/session.js";

interface Item {
  id: string;
  [field: string]: unknown;
}
interface List {
  items: Item[];
}

const session = browserSession({ sampleData: false });

async function shootBoth(page: Page, name: string): Promise<void> {
  await shoot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  await shoot(page, `${name}-375`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize(DESKTOP);
}

/** What has the focus: its tag, its accessible text or label, and the heading level. */
function focused(page: Page): Promise<{ tag: string; text: string; label: string }> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const labelled = el && el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
    return {
      tag: el ? el.tagName.toLowerCase() : "",
      text: ((el && el.textContent) || "").trim(),
      label: ((labelled && labelled.textContent) || (el && el.getAttribute("aria-label")) || "").trim(),
    };
  })()`);
}

async function focusIs(page: Page, tag: string, text: RegExp, what: "text" | "label" = "text") {
  await expect
    .poll(async () => {
      const f = await focused(page);
      return f.tag === tag && text.test(f[what])
        ? "ok"
        : `${f.tag} ${f.text.slice(0, 60)} ${f.label}`;
    })
    .toBe("ok");
}

describe("a newcomer's first hour", () => {
  it("marks a talk held at the scheduled time, corrected if need be, stops the clock and saves a lead", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const person = await apiSend<Item>(base, "POST", "/api/people", { fullName: "Ada Osei" });
    const conversation = await apiSend<Item>(base, "POST", "/api/conversations", {
      personId: person.id,
    });
    const scheduled = new Date(Date.now() - 2 * 3600_000);
    scheduled.setUTCSeconds(0, 0);
    await apiSend(base, "POST", `/api/conversations/${conversation.id}/schedule`, {
      scheduledAt: scheduled.toISOString(),
    });

    await page.goto(`${base}/conversations/${conversation.id}/live`);
    await page.getByRole("button", { name: "Start the clock" }).click();
    const opener = page.getByRole("button", { name: "We talked: mark as held" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Mark this conversation as held?" });
    await dialog.waitFor();
    const when = dialog.getByLabel("When you talked");
    // The settings' zone is UTC: the field shows the scheduled time as it was put on the calendar.
    expect(await when.inputValue()).toBe(scheduled.toISOString().slice(0, 16));
    await shootBoth(page, "first-hour-held-dialog");
    // Cancel changes nothing, and the focus is back on the button that opened the dialog.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    await focusIs(page, "button", /We talked: mark as held/);
    expect((await apiGet<Item>(base, `/api/conversations/${conversation.id}`)).status).toBe(
      "scheduled",
    );

    // Corrected by a quarter of an hour: that is what is stored.
    await opener.click();
    await dialog.waitFor();
    const corrected = new Date(scheduled.getTime() + 15 * 60_000).toISOString();
    await when.fill(corrected.slice(0, 16));
    await dialog.getByRole("button", { name: "Mark as held" }).click();
    await page.waitForURL(/\/after$/);
    const held = await apiGet<Item>(base, `/api/conversations/${conversation.id}`);
    expect(held.status).toBe("held");
    expect(held.heldAt).toBe(corrected);
    // A route change: the page's heading has the focus.
    await focusIs(page, "h1", /Conversation with Ada Osei/);

    // The lead saves, heard of today, with who mentioned it.
    await page.getByLabel("An opening they mentioned").fill("Junior planner, starting in spring");
    await page.getByRole("button", { name: "Save lead" }).click();
    await page.getByText("Lead saved, with who mentioned it.").waitFor();
    const leads = await apiGet<List>(base, "/api/leads");
    expect(leads.items.map((l) => [l.title, l.personId, l.conversationId])).toEqual([
      ["Junior planner, starting in spring", person.id, conversation.id],
    ]);
    expect(leads.items[0]?.heardOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // After the action, the field is ready for the next opening.
    await focusIs(page, "input", /An opening they mentioned/, "label");
    await shootBoth(page, "first-hour-after-lead");

    // Back on Live, the clock is stopped and cannot be started again.
    await page.getByText("2 · Live", { exact: true }).click();
    await page.getByTestId("clock-stopped").waitFor();
    const clock = await page.getByTestId("clock").textContent();
    await page.waitForTimeout(1200);
    expect(await page.getByTestId("clock").textContent()).toBe(clock);
    expect(await page.getByRole("button", { name: /Start the clock|Resume/ }).count()).toBe(0);
    expect(session.browser.takeErrors()).toEqual([]);
  });

  it("gives the focus back to the Add person button when Escape closes the dialog", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/people`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const add = page.getByRole("button", { name: /Add person/ }).first();
    await add.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await focusIs(page, "button", /Add person/);
    // A link in the navigation: the new page's heading takes the focus.
    await page.getByRole("link", { name: "Conversations", exact: true }).first().click();
    await focusIs(page, "h1", /Conversations/);
    // "?" lists the keys; Escape closes the list and the heading has the focus again.
    await page.keyboard.press("?");
    const keys = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await keys.getByText("Search people (or the page's own list)").waitFor();
    await page.waitForTimeout(300);
    await shootBoth(page, "first-hour-shortcuts");
    await page.keyboard.press("Escape");
    await keys.waitFor({ state: "hidden" });
    await focusIs(page, "h1", /Conversations/);
    expect(session.browser.takeErrors()).toEqual([]);
  });

  it("moves on to scheduling after they said yes, shows captured jargon, and names the yes", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const industry = await apiSend<Item>(base, "POST", "/api/industries", { name: "Logistics" });
    const target = await apiSend<Item>(base, "POST", "/api/targets", {
      role: "Demand planner",
      industryId: industry.id,
    });
    const person = await apiSend<Item>(base, "POST", "/api/people", {
      fullName: "Bea Lund",
      industryId: industry.id,
      emails: ["bea@example.org"],
    });
    const conversation = await apiSend<Item>(base, "POST", "/api/conversations", {
      personId: person.id,
      targetId: target.id,
    });

    await page.goto(`${base}/outreach/${conversation.id}`);
    await page.getByRole("button", { name: "I sent it (attempt 1)" }).click();
    // Sent: the focus waits on the answer.
    await focusIs(page, "button", /They said yes/);
    await page.keyboard.press("Enter");
    await page.getByTestId("said-yes").waitFor();
    // The page has moved on: the date has the focus, no second request, nothing to let go.
    await focusIs(page, "input", /When/, "label");
    expect(await page.getByText("Request, attempt 2").count()).toBe(0);
    expect(await page.getByRole("button", { name: /Let it go/ }).count()).toBe(0);
    await page.getByText("They said yes: put it on the calendar").waitFor();
    // The date-time field has room for its whole value (about 230 px), the month included.
    const width = (await page.locator("[data-schedule-when]").boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThanOrEqual(230);
    await shootBoth(page, "first-hour-said-yes");

    // The timeline names what happened, and the person's stage says it too, not "Asked".
    await page.goto(`${base}/people/${person.id}`);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.getByTestId("said-yes").waitFor();
    await page.getByRole("region", { name: "Conversations" }).getByTestId("said-yes").waitFor();
    expect(await heading.getByText("Asked", { exact: true }).count()).toBe(0);
    await page.getByText("Said yes", { exact: true }).first().waitFor();
    expect(await page.getByText("Retry done").count()).toBe(0);
    // The reminder to try again closed with the yes; its "try again" note is not shown under it.
    expect(await page.getByText(/Try again, perhaps another way/).count()).toBe(0);
    await page.getByRole("button", { name: "Put it on the calendar" }).waitFor();
    await shootBoth(page, "first-hour-said-yes-person");
    // So do the conversation's own steps.
    for (const step of ["prepare", "live", "after"]) {
      await page.goto(`${base}/conversations/${conversation.id}/${step}`);
      await page.getByRole("heading", { level: 1 }).getByTestId("said-yes").waitFor();
    }
    // On Outreach, the yes is listed as such, its next move the calendar.
    await page.goto(`${base}/outreach`);
    const row = page
      .getByRole("region", { name: "Waiting for an answer" })
      .getByTestId("conversation-row")
      .filter({ hasText: "Bea Lund" });
    await row.getByTestId("said-yes").waitFor();
    await row.getByRole("link", { name: "Put it on the calendar" }).waitFor();
    await shootBoth(page, "first-hour-said-yes-outreach");

    // A word of the trade captured in Live shows in what this conversation captured.
    await page.goto(`${base}/conversations/${conversation.id}/live`);
    await page.getByRole("tab", { name: "Jargon" }).click();
    await page.getByLabel("Word or phrase").fill("S&OP");
    await page.getByLabel("What it means").fill("sales and operations planning");
    await page.getByRole("button", { name: "Add to glossary" }).click();
    const captured = page.getByRole("region", { name: "Captured in this conversation" });
    await captured.getByText("S&OP", { exact: true }).waitFor();
    await focusIs(page, "input", /Word or phrase/, "label");
    await shootBoth(page, "first-hour-captured-jargon");
    // Kept with the conversation on the server: another browser (no storage) sees it too.
    const terms = await apiGet<List>(base, `/api/glossary-terms?conversationId=${conversation.id}`);
    expect(terms.items.map((t) => t.term)).toEqual(["S&OP"]);
    await page.evaluate("localStorage.clear()");
    await page.reload();
    await captured.getByText("S&OP", { exact: true }).waitFor();
    // And on After, with the names and insights from this talk.
    await page.goto(`${base}/conversations/${conversation.id}/after`);
    await page
      .getByRole("region", { name: "Names and insights from this talk" })
      .getByText("S&OP", { exact: true })
      .waitFor();
    expect(session.browser.takeErrors()).toEqual([]);
  });

  it("says when the request was edited by hand, and rewrites it from the fields only when asked", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const person = await apiSend<Item>(base, "POST", "/api/people", { fullName: "Hal Moreau" });
    const conversation = await apiSend<Item>(base, "POST", "/api/conversations", {
      personId: person.id,
    });
    await page.goto(`${base}/outreach/${conversation.id}`);
    const body = page.getByTestId("request-body");
    await expect.poll(() => body.inputValue()).toContain("Dear Hal,");
    const notice = page.getByTestId("hand-edit-notice");
    expect(await notice.count()).toBe(0);

    await body.press("Control+End");
    await body.pressSequentially(" PS: I loved your talk.");
    await notice.getByText("Edited by hand").waitFor();
    // A field changed after the hand edit does not reach the message, and the page says so.
    await page.getByLabel("Why you").fill("you plan demand for forty stores");
    await notice.getByText("Your changes above are not in the message").waitFor();
    expect(await body.inputValue()).toContain("PS: I loved your talk.");
    expect(await body.inputValue()).not.toContain("forty stores");
    await shootBoth(page, "first-hour-hand-edit");

    // Rewritten from the fields when the person chooses it: the field's words are in, as a
    // sentence, and the hand edit is gone.
    await notice.getByRole("button", { name: "Rewrite from the fields" }).click();
    await expect.poll(() => body.inputValue()).toContain("You plan demand for forty stores.");
    expect(await body.inputValue()).not.toContain("PS: I loved your talk.");
    expect(await notice.count()).toBe(0);
    await focusIs(page, "textarea", /Message/, "label");
    expect(session.browser.takeErrors()).toEqual([]);
  });

  it("edits the conversation's pitch in place on Prepare", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const target = await apiSend<Item>(base, "POST", "/api/targets", { role: "Buyer" });
    const person = await apiSend<Item>(base, "POST", "/api/people", { fullName: "Ines Roy" });
    const conversation = await apiSend<Item>(base, "POST", "/api/conversations", {
      personId: person.id,
      targetId: target.id,
    });
    await page.goto(`${base}/conversations/${conversation.id}/prepare`);
    const pitch = page.getByRole("region", { name: "Your pitch" });
    await pitch.getByRole("button", { name: /the pitch/ }).click();
    // The editor opens here, the first part ready to type in; no trip to the target's page.
    await focusIs(page, "textarea", /Who I am/, "label");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("I'm Sam, a buyer in training.");
    await expect.poll(() => pitch.getByText("Saved").count()).toBe(1);
    await shootBoth(page, "first-hour-prepare-pitch");
    await pitch.getByRole("button", { name: "Done" }).click();
    await pitch.getByText("I'm Sam, a buyer in training.", { exact: false }).waitFor();
    await focusIs(page, "button", /Edit the pitch/);
    expect(page.url()).toMatch(/\/prepare$/);
    const saved = await apiGet<Item>(base, `/api/targets/${target.id}/pitch`);
    expect(saved.whoIAm).toBe("I'm Sam, a buyer in training.");
    expect(session.browser.takeErrors()).toEqual([]);
  });

  it("shows the next move on Today: people to ask, the thank-you due, an action per gap", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const ada = (await apiGet<List>(base, "/api/people?q=ada")).items[0] as Item;
    const adas = (await apiGet<List>(base, `/api/conversations?personId=${ada.id}`)).items;
    await apiSend(base, "POST", "/api/referrals/capture", {
      conversationId: adas[0]?.id,
      person: { fullName: "Cleo Park" },
      mayUseName: true,
    });
    const org = await apiSend<Item>(base, "POST", "/api/organizations", { name: "Northwind" });
    await apiSend(base, "POST", "/api/targets", {
      role: "Supply planner",
      organizationIds: [org.id],
    });

    await page.goto(base);
    const toAsk = page.getByRole("region", { name: /People to ask/ });
    await toAsk.getByText("Cleo Park").waitFor();
    await toAsk.getByText("Introduced by Ada Osei · added today").waitFor();
    // Ada's thank-you (held this morning) is listed, due within 24 hours.
    await page
      .getByRole("region", { name: /Follow-ups/ })
      .getByText("Ada Osei")
      .first()
      .waitFor();
    await shootBoth(page, "first-hour-today");

    const gaps = page.getByRole("region", { name: "Gaps for Supply planner" });
    await gaps.getByRole("link", { name: "Find a hiring manager at Northwind" }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === "/people" &&
        url.searchParams.get("roles") === "hiring_manager" &&
        url.searchParams.get("organizationId") === org.id,
    );
    await focusIs(page, "h1", /People/);
    await toAskRequest(page, base);
    expect(session.browser.takeErrors()).toEqual([]);
  });

  it("lists the organizations as a list on a phone, with their industry", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const industry = await apiSend<Item>(base, "POST", "/api/industries", { name: "Retail" });
    await apiSend(base, "POST", "/api/organizations", {
      name: "Contoso Stores",
      industryId: industry.id,
    });
    await page.goto(`${base}/organizations`);
    await page.getByRole("table").getByText("Contoso Stores").waitFor();
    await shoot(page, "first-hour-organizations-1280");
    // Opened on a phone.
    await page.setViewportSize(PHONE);
    await page.reload();
    const list = page.getByTestId("organization-list");
    await list.getByText("Contoso Stores").waitFor();
    await list.getByText(/Retail/).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    const sideways = await page.evaluate(
      "document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth",
    );
    expect(sideways).toBe(0);
    await shoot(page, "first-hour-organizations-375");
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(DESKTOP);
    expect(session.browser.takeErrors()).toEqual([]);
  });
});

/** From Today, "Write the request" opens the request for the person waiting. */
async function toAskRequest(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.getByRole("link", { name: "Write the request to Cleo Park" }).click();
  await page.waitForURL(/\/outreach\//);
  await focusIs(page, "h1", /Ask Cleo Park/);
}
