// First render of the people list at full size in headless Chromium: from asking for the page
// to the frame after the first person's row is in the document (timed inside the page, so the
// test driver's polling does not count), each run in a fresh browser profile. Median ≤ 1 s.
// Skipped until the web app is built.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, findChromium } from "../../test/support/chromium.js";
import { getJson, keepAliveAgent } from "../support/http.js";
import { startInroads } from "../support/processes.js";
import { judged, skipped } from "../support/report.js";
import { median } from "../support/stats.js";
import { type Measure, reps } from "./measure.js";
import { WEB_ROOT } from "./webBundle.js";

const NAME = "people list first render (Chromium)";

async function firstPersonName(base: string): Promise<string> {
  const agent = keepAliveAgent(1);
  try {
    const page = await getJson<{ items: { fullName: string }[] }>(
      `${base}/api/people?limit=1`,
      agent,
    );
    const name = page.items[0]?.fullName;
    if (!name) throw new Error("the database has no people");
    return name;
  } finally {
    agent.destroy();
  }
}

/**
 * A script that watches, inside the page, for the first row's text to be in the document and
 * notes the wall clock at the next frame after it (when it is painted). Timing it from outside
 * with Playwright's wait would add its polling interval (up to half a second) to the result.
 * It is text, not a function, so that nothing the TypeScript runner adds to functions leaks in.
 */
function watchForName(name: string): string {
  return `(() => {
    const name = ${JSON.stringify(name)};
    const check = () => {
      if (window.__rendered || !document.body || !document.body.innerText.includes(name)) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__rendered = Date.now(); });
    };
    const observer = new MutationObserver(check);
    document.addEventListener("DOMContentLoaded", () => {
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      check();
    });
  })();`;
}

async function renderOnce(
  executablePath: string,
  workDir: string,
  url: string,
  name: string,
  timeout: number,
) {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(workDir, "chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: watchForName(name) });
    const started = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.getByText(name).first().waitFor({ state: "visible", timeout });
    const rendered = await page.waitForFunction("window.__rendered", undefined, { timeout });
    return Number(await rendered.jsonValue()) - started;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export const webRenderMeasure: Measure = {
  name: "web-render",
  async run(env) {
    if (!existsSync(join(WEB_ROOT, "index.html"))) {
      return [skipped(NAME, "not available yet: dist/web/index.html is not built")];
    }
    const { executablePath } = await findChromium();
    const server = await startInroads(await env.sqliteDatabase());
    try {
      const name = await firstPersonName(server.url);
      const timeout = reps(env, 15_000, 5_000);
      const times: number[] = [];
      for (let i = reps(env, 5, 1); i > 0; i--) {
        try {
          times.push(
            await renderOnce(executablePath, env.workDir, `${server.url}/people`, name, timeout),
          );
        } catch (error) {
          if (!(error instanceof Error && error.name === "TimeoutError")) throw error;
          // The page is there but never shows a person: the list is not built yet, or broke.
          return [
            judged(
              NAME,
              timeout,
              "ms",
              { op: "<=", limit: 1000 },
              {
                detail: `"${name}" not visible on /people within ${timeout / 1000} s (list page not built yet?)`,
              },
            ),
          ];
        }
      }
      return [
        judged(
          NAME,
          median(times),
          "ms",
          { op: "<=", limit: 1000 },
          {
            detail: `median of ${times.length}; waits for "${name}"; ${env.options.people} people`,
          },
        ),
      ];
    } finally {
      await server.stop();
    }
  },
};
