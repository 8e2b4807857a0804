// The practice whoever drives it, in the browser: a conversation filed under the target the
// seeker chooses, every person field edited and kept, a lead moved along, a name captured from
// a person's page, a template kept on the server and found again after a restore, a thank-you
// done from Today by card or email, and a bounced request that suggests another channel.
import { writeFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { DESKTOP, PHONE, shoot } from "./support/browser.js";
import { eventually } from "./support/poll.js";
import { apiGet, apiSend, freshDatabase, runInroads, startInroads } from "./support/server.js";
import { browserSession } from "./support/session.js";

interface Item {
  id: string;
  [field: string]: unknown;
}
interface List {
  items: Item[];
  total: number;
}

const session = browserSession({ sampleData: true });

const field = (page: Page, name: string | RegExp, scope: Locator | Page = page) =>
  scope.locator("input, textarea").and(scope.getByLabel(name));
const toast = (page: Page, text: string | RegExp) =>
  page.getByRole("status").getByText(text).first();

/** Screenshots at both widths, with axe run on each; the page is left at desktop width. */
async function shootBoth(page: Page, name: string): Promise<void> {
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
    expect(await seriousViolations(page), `${name} at ${label}`).toEqual([]);
    await shoot(page, `practice-${name}-${label}`);
  }
  await page.setViewportSize(DESKTOP);
}

/** A form field by its label; Mantine's comboboxes label their option lists too. */
const input = (scope: Locator | Page, label: string) =>
  scope.locator("input").and(scope.getByLabel(label, { exact: true }));

async function pick(page: Page, label: string, option: string | RegExp, scope?: Locator) {
  // Forced: in a drawer the fields slide in, and a combobox never settles as "stable".
  await input(scope ?? page, label).click({ force: true });
  await page.getByRole("option", { name: option }).first().click();
}

describe("the practice in the browser", () => {
  it("files a conversation under the second target, and changes it on Prepare", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const first = (await apiGet<List>(base, "/api/targets")).items[0] as Item;
    const org = await apiSend<Item>(base, "POST", "/api/organizations", { name: "Tailspin Toys" });
    const second = await apiSend<Item>(base, "POST", "/api/targets", {
      role: "Category buyer",
      organizationIds: [org.id],
      whyField: "Buying decides what reaches the shelf.",
      whyCompany: "Tailspin grows through independent toy shops.",
    });
    const person = await apiSend<Item>(base, "POST", "/api/people", {
      fullName: "Noor Haddad",
      organizationId: org.id,
      emails: ["noor@tailspin.example.com"],
    });
    await page.goto(`${base}/people/${person.id}`);
    await page.getByRole("button", { name: "Ask for a conversation" }).click();
    const chooser = page.getByRole("dialog", { name: /Ask Noor Haddad/ });
    await chooser.waitFor();
    // Suggested: the target aimed at her organization.
    await expect
      .poll(() => input(chooser, "For which target?").inputValue())
      .toBe("Category buyer");
    await shootBoth(page, "ask-target-chooser");
    await chooser.getByRole("button", { name: "Write the request" }).click();
    await page.waitForURL(/\/outreach\//);
    const conversationId = page.url().split("/").at(-1) as string;
    const filed = await apiGet<Item>(base, `/api/conversations/${conversationId}`);
    expect(filed.targetId).toBe(second.id);

    await page.goto(`${base}/conversations/${conversationId}/prepare`);
    const card = page.getByRole("region", { name: "Target", exact: true });
    await card.getByText("Buying decides what reaches the shelf.").waitFor();
    await card.getByText("Tailspin grows through independent toy shops.").waitFor();
    await shootBoth(page, "prepare-target");
    await pick(page, "This conversation serves", first.role as string);
    await toast(page, "now serves that target").waitFor();
    await eventually(async () => {
      const moved = await apiGet<Item>(base, `/api/conversations/${conversationId}`);
      return moved.targetId === first.id ? true : undefined;
    }, "the conversation to move to the first target");
  });

  it("edits every person field and finds each after a reload", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const introducer = await apiSend<Item>(base, "POST", "/api/people", {
      fullName: "Ines Moreau",
    });
    const person = await apiSend<Item>(base, "POST", "/api/people", { fullName: "Kai Brandt" });
    const industry = (await apiGet<List>(base, "/api/industries")).items[0] as Item;
    await page.goto(`${base}/people/${person.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const drawer = page.getByRole("dialog", { name: "Edit Kai Brandt" });
    await drawer.waitFor();
    await field(page, "Full name", drawer).fill("Kai M. Brandt");
    await field(page, "Prefix", drawer).fill("Dr.");
    await field(page, "Given name", drawer).fill("Kai");
    await field(page, "Middle name", drawer).fill("Matthias");
    await field(page, "Family name", drawer).fill("Brandt");
    await field(page, "Suffix", drawer).fill("PhD");
    await field(page, "Title", drawer).fill("Logistics lecturer");
    await field(page, "Organization", drawer).fill("Fourth Coffee");
    await pick(page, "Industry", industry.name as string, drawer);
    await field(page, /^Email/, drawer).fill("kai@example.org, k.brandt@example.org");
    const phones = field(page, "Phones", drawer);
    await phones.fill("+44 20 7946 0000");
    await phones.press("Enter");
    await field(page, "Profile URL", drawer).fill("https://www.linkedin.com/in/kai-brandt");
    await pick(page, "How I know them", "Professor or teacher", drawer);
    await pick(page, "Connection", "1st degree", drawer);
    const introducedBy = input(drawer, "Introduced by");
    await introducedBy.fill("Ines");
    await page.getByRole("option", { name: "Ines Moreau" }).click();
    await pick(page, "Role for my target", "Supervisor", drawer);
    await page.keyboard.press("Escape");
    await drawer.getByRole("checkbox", { name: /Can hire/ }).check();
    await drawer.getByText("A", { exact: true }).click();
    const tags = field(page, "Tags", drawer);
    await tags.fill("lecturer");
    await tags.press("Enter");
    await field(page, "Spelling or pronunciation", drawer).fill("Kai rhymes with sky");
    await field(page, "Mailing address", drawer).fill("1 College Rd, Leeds");
    await field(page, "Keep in touch every (days)", drawer).fill("45");
    await field(page, "Notes", drawer).fill("Taught my logistics course.");
    await shootBoth(page, "person-edit");
    await drawer.getByRole("button", { name: "Save" }).click();
    await toast(page, "Saved.").waitFor();

    await page.reload();
    await page.getByRole("heading", { name: /Kai M\. Brandt/, level: 1 }).waitFor();
    const about = page.getByRole("region", { name: "About" });
    for (const text of [
      "+44 20 7946 0000",
      "linkedin.com/in/kai-brandt",
      "Every 45 days",
      "Dr. · Kai · Matthias · Brandt · PhD",
      "1 College Rd, Leeds",
      "Professor or teacher",
      "Kai rhymes with sky",
    ]) {
      await about.getByText(text).first().waitFor();
    }
    await page.getByRole("region", { name: "Introductions" }).getByText("Ines Moreau").waitFor();
    const saved = await apiGet<Item>(base, `/api/people/${person.id}`);
    expect(saved).toMatchObject({
      fullName: "Kai M. Brandt",
      namePrefix: "Dr.",
      givenName: "Kai",
      middleName: "Matthias",
      familyName: "Brandt",
      nameSuffix: "PhD",
      title: "Logistics lecturer",
      industryId: industry.id,
      emails: ["kai@example.org", "k.brandt@example.org"],
      phones: ["+44 20 7946 0000"],
      profileUrl: "https://www.linkedin.com/in/kai-brandt",
      howKnown: "professor_or_teacher",
      degree: "first",
      roles: ["supervisor"],
      hiringPower: true,
      referredById: introducer.id,
      priority: "A",
      tags: ["lecturer"],
      nameNote: "Kai rhymes with sky",
      mailingAddress: "1 College Rd, Leeds",
      keepInTouchDays: 45,
      notes: "Taught my logistics course.",
    });
    expect(saved.organizationId).not.toBeNull();
  });

  it("moves a lead to applied, and shows where it came from", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const lead = (await apiGet<List>(base, "/api/leads")).items[0] as Item;
    await page.goto(`${base}/leads`);
    const row = page.getByTestId("lead").filter({ hasText: lead.title as string });
    await row.getByRole("link", { name: "Dana Álvarez" }).waitFor();
    await row.getByRole("link", { name: /the conversation of/ }).waitFor();
    await pick(page, `Where ${lead.title} stands`, "Applied", row);
    await toast(page, /applied/).waitFor();
    await eventually(async () => {
      const moved = await apiGet<Item>(base, `/api/leads/${lead.id}`);
      return moved.status === "applied" ? true : undefined;
    }, "the lead to be applied");
    const progress = await apiGet<{ leads: { byStatus: { status: string; count: number }[] } }>(
      base,
      "/api/progress",
    );
    expect(progress.leads.byStatus.find((s) => s.status === "applied")?.count).toBe(1);
    await page.goto(`${base}/progress`);
    await page.getByText("Open leads").waitFor();
  });

  it("captures a name from a person's page, introduced by them", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const dana = (await apiGet<List>(base, "/api/people?q=dana")).items[0] as Item;
    await page.goto(`${base}/people/${dana.id}`);
    const form = page.getByRole("form", { name: "A name they gave you" });
    await field(page, "Name they gave", form).fill("Oona Lindqvist");
    await field(page, "Their organization", form).fill("Fourth Coffee");
    await field(page, "Why talk to them", form).fill("Runs the planning team.");
    await shootBoth(page, "person-name-they-gave");
    await form.getByRole("button", { name: "Add the name" }).click();
    await toast(page, "Oona Lindqvist added, introduced by Dana Álvarez").waitFor();
    await page.getByRole("region", { name: "Introductions" }).getByText("Oona Lindqvist").waitFor();
    const given = await apiGet<List>(base, `/api/referrals?fromPersonId=${dana.id}`);
    const oona = (await apiGet<List>(base, "/api/people?q=lindqvist")).items[0] as Item;
    expect(given.items.some((r) => r.personId === oona.id)).toBe(true);
    expect(oona.referredById).toBe(dana.id);
  });

  it("records a thank-you from Today by email or card, asking for the name check", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    await page.goto(`${base}/`);
    const done = page.getByRole("button", { name: /^Done: Thank-you with/ }).first();
    const label = (await done.getAttribute("aria-label")) as string;
    const who = label.replace("Done: Thank-you with ", "");
    await done.click();
    const dialog = page.getByRole("dialog", { name: `Thank-you to ${who}` });
    await dialog.waitFor();
    await dialog.getByText("Card", { exact: true }).click();
    await dialog.getByRole("checkbox", { name: new RegExp(`spelling of "${who}"`) }).check();
    await shootBoth(page, "today-thank-you");
    await dialog.getByRole("button", { name: "Record thank-you" }).click();
    await toast(page, /mailing address|Thank-you to/).waitFor();
    if (await dialog.isVisible()) {
      // No address on file: the card was refused, so it goes by email.
      await dialog.getByText("Email", { exact: true }).click();
      await dialog.getByRole("button", { name: "Record thank-you" }).click();
    }
    await toast(page, `Thank-you to ${who} recorded`).waitFor();
  });

  it("leaves a bounced request out of the three and suggests another channel", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    const asked = (await apiGet<List>(base, "/api/conversations?status=asked")).items[0] as Item;
    await page.goto(`${base}/outreach/${asked.id}`);
    await page.getByRole("button", { name: "It bounced" }).click();
    await page.getByTestId("bounced").waitFor();
    // The bounce is listed but not counted: the next ask is the one after the real ones.
    const attempts = await apiGet<List>(base, `/api/attempts?conversationId=${asked.id}`);
    const real = attempts.items.filter((a) => a.response !== "bounced").length;
    await page.getByRole("button", { name: `I sent it (attempt ${real + 1})` }).waitFor();
    await page.getByText("Bounced, not counted").waitFor();
    await shootBoth(page, "outreach-bounced");
  });

  it("keeps an edited template on the server and finds it after a restore", async () => {
    const { page } = session.browser;
    const base = session.server.url;
    await page.goto(`${base}/settings`);
    const card = field(page, "Thank-you card");
    await card.fill("Dear {firstName}, your advice on planning was gold. {myName}");
    await page.getByRole("button", { name: "Save templates" }).click();
    await toast(page, "Templates saved").waitFor();
    await shootBoth(page, "settings-templates");

    const backup = await (await fetch(`${base}/api/export/json`)).text();
    const copy = freshDatabase();
    const file = copy.dbPath.replace(/\.sqlite$/, ".backup.json");
    writeFileSync(file, backup);
    runInroads(copy.dbPath, ["import", file]);
    const restored = await startInroads(copy.dbPath);
    try {
      await page.goto(`${restored.url}/settings`);
      await expect
        .poll(() => field(page, "Thank-you card").inputValue())
        .toBe("Dear {firstName}, your advice on planning was gold. {myName}");
    } finally {
      await restored.stop();
      copy.remove();
    }
  });

  it("kept the console clean, but for the card refused on purpose", () => {
    const errors = session.browser.takeErrors().filter((e) => !e.includes("status of 409"));
    expect(errors).toEqual([]);
  });
});
