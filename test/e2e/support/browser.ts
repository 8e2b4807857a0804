// Chromium (../../support/chromium.ts says which one) driven by playwright-core, on a fresh
// profile, collecting every console error and uncaught exception so a test can assert there
// were none.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../support/chromium.js";

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 812 };

export const SCREENSHOTS = fileURLToPath(
  new URL("../../../test-results/screenshots", import.meta.url),
);

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen since the last call; clears the list. */
  takeErrors(): string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = DESKTOP): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "inroads-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: (await findChromium()).executablePath,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  };
  context.on("page", watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  page.setDefaultTimeout(10_000);
  return {
    context,
    page,
    takeErrors: () => errors.splice(0, errors.length),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** A full-page screenshot from the top, so the fixed header sits where a person sees it. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}
