// The digest e-mail's HTML as a mail program shows it: on a phone and a desktop, light and dark,
// rendered from the sample data with markup in a name. Screenshots in test-results/screenshots.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/app/context.js";
import { loadDemo } from "../../src/app/demo.js";
import { composeDigest, renderDigest } from "../../src/app/mail/digestMail.js";
import { openApp } from "../../src/app/open.js";
import { today } from "../../src/app/today.js";
import { TEST_NOW } from "../support/databases.js";
import { DESKTOP, openBrowser, PHONE, shoot } from "./support/browser.js";

describe("the digest e-mail in a browser", () => {
  let dir: string;
  let html = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "inroads-digest-e2e-"));
    const app = await openApp(join(dir, "demo.sqlite"), fixedClock(TEST_NOW));
    try {
      await loadDemo(app.ctx);
      const day = await today(app.ctx);
      const first = day.followUps.overdue[0] ?? day.followUps.dueToday[0];
      if (first) first.personName = `${first.personName} <img src=x onerror=alert(1)>`;
      const digest = composeDigest(day, "https://inroads.example.edu");
      if (!digest) throw new Error("the sample day should have something due");
      html = renderDigest(digest, {
        to: "sam@example.org",
        unsubscribeUrl:
          "https://inroads.example.edu/unsubscribe/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
        settingsUrl: "https://inroads.example.edu/settings#reminders",
      }).html;
    } finally {
      await app.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    it(`reads well at ${viewport.width} px, light and dark, with no images`, async () => {
      const browser = await openBrowser(viewport);
      try {
        const { page } = browser;
        await page.setContent(html);
        expect(await page.locator("img").count()).toBe(0);
        const overflow = await page.evaluate(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.locator("a").first().getAttribute("href")).toMatch(/^https:\/\//);
        await shoot(page, `digest-mail-${name}`);
        await page.emulateMedia({ colorScheme: "dark" });
        await page.setContent(html);
        const colors = (await page.evaluate(
          "[getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]",
        )) as string[];
        expect(colors[0]).not.toBe(colors[1]);
        await shoot(page, `digest-mail-${name}-dark`);
        expect(browser.takeErrors()).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 30_000);
  }
});
