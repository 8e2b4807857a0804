// Markup in every text field. Every change route in /api/openapi.json (PATCH and PUT) is sent,
// field by field, a payload that would run script if a page inserted it as HTML; then every page
// is opened. Nothing may run, no element may come out of the data, and every link must have a
// scheme the app allows. The fields come from the API's own schemas, so a field added later is
// covered too. (The Content-Security-Policy would stop inline script anyway; this suite checks
// the page itself, so it does not lean on the policy.)
import { afterAll, beforeAll, expect, it } from "vitest";
import { openBrowser } from "./support/browser.js";
import { type Route, sampleRoutes } from "./support/sampleRoutes.js";
import {
  apiGet,
  freshDatabase,
  loadSampleData,
  type RunningInroads,
  startInroads,
} from "./support/server.js";

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  maxLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
}
interface OpenApi {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
}

const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/** A payload that names its field, and fits the field's length. */
function payload(marker: string, maxLength = 1000): string {
  const full = `${marker}<img src=x onerror=__hit('${marker}')><script>__hit('${marker}')</script><a href="javascript:__hit('${marker}')">x</a>`;
  const short = `<img src=x onerror=__hit()>`;
  return full.length <= maxLength ? full : short.slice(0, maxLength);
}

function isText(schema: JsonSchema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes("string") && !schema.format && !schema.enum;
}

let server: RunningInroads;
let removeDb: () => void;
let routes: Route[] = [];
let fieldsSent = 0;

beforeAll(async () => {
  const db = freshDatabase();
  removeDb = db.remove;
  loadSampleData(db.dbPath);
  server = await startInroads(db.dbPath);
  routes = await sampleRoutes(server.url);
  const doc = await apiGet<OpenApi>(server.url, "/api/openapi.json");
  const send = (method: string, path: string, body: unknown) =>
    fetch(server.url + path, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (method !== "patch" && method !== "put") continue;
      const schema = operation.requestBody?.content?.["application/json"]?.schema;
      if (!schema?.properties) continue;
      // A record of the collection the path names: every one of the first few, so the pages
      // under test show some of them.
      const collection = /^\/api\/[\w-]+/.exec(path)?.[0] ?? "";
      const ids = path.includes("{id}")
        ? (
            await apiGet<{ items: { id: string }[] }>(server.url, `${collection}?limit=3`)
          ).items.map((item) => item.id)
        : [""];
      for (const id of ids) {
        for (const [field, property] of Object.entries(schema.properties)) {
          const marker = `${method}:${path}:${field}`;
          let value: unknown;
          if (isText(property)) value = payload(marker, property.maxLength);
          // A link field is sent a link that would run: the API must refuse it, and if it
          // ever did not, the pages' link check below would find it.
          else if (property.format === "uri")
            value = `data:text/html,<script>__hit('${marker}')</script>`;
          else if (property.items && isText(property.items)) {
            value = [payload(marker, property.items.maxLength)];
          } else continue;
          const response = await send(method.toUpperCase(), path.replace("{id}", id), {
            [field]: value,
          });
          expect(response.status, marker).toBeLessThan(500);
          if (response.ok) fieldsSent++;
        }
      }
    }
  }
});

afterAll(async () => {
  await server?.stop();
  removeDb?.();
});

it("runs no markup from the data on any page, and links only to allowed schemes", async () => {
  expect(fieldsSent).toBeGreaterThan(50);
  const browser = await openBrowser();
  const { page } = browser;
  await page.addInitScript({
    content: "window.__hits = []; window.__hit = (m) => window.__hits.push(String(m));",
  });
  page.on("dialog", (dialog) => void dialog.dismiss());
  const problems: string[] = [];
  let shown = 0;
  try {
    for (const route of routes) {
      await page.goto(server.url + route.path);
      await page.locator("h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      const found = (await page.evaluate(`(() => {
        const links = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"));
        return {
          hits: window.__hits,
          injected: document.querySelectorAll('img[src="x"], script:not([src]), iframe, object, embed').length,
          links,
          shown: (document.body.innerText.match(/<img src=x/g) || []).length,
        };
      })()`)) as { hits: string[]; injected: number; links: string[]; shown: number };
      for (const hit of found.hits) problems.push(`${route.name}: ran ${hit}`);
      if (found.injected > 0) problems.push(`${route.name}: ${found.injected} elements from data`);
      for (const href of found.links) {
        const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href)?.[1]?.toLowerCase();
        if (scheme && !ALLOWED_SCHEMES.has(scheme)) problems.push(`${route.name}: link ${href}`);
      }
      shown += found.shown;
    }
  } finally {
    browser.takeErrors();
    await browser.close();
  }
  expect(problems).toEqual([]);
  // The payloads were on the pages, as text: the suite looked at what it meant to.
  expect(shown).toBeGreaterThan(20);
});
