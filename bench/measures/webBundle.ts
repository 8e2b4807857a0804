// The web app's initial JavaScript: the entry module and its modulepreloads from
// dist/web/index.html, each gzipped at level 9, summed. ≤ 200 KB (1 KB = 1,000 bytes, as Vite
// reports sizes). Skipped until the web app is built.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../support/processes.js";
import { judged, skipped } from "../support/report.js";
import type { Measure } from "./measure.js";

export const WEB_ROOT = join(ROOT, "dist/web");
const NAME = "initial JavaScript (gzip -9)";

export function initialScripts(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1];
    if (tag.startsWith("<script") && attr("type") === "module" && attr("src")) {
      sources.push(attr("src") as string);
    } else if (tag.startsWith("<link") && attr("rel") === "modulepreload" && attr("href")) {
      sources.push(attr("href") as string);
    }
  }
  return sources;
}

export const webBundleMeasure: Measure = {
  name: "web-bundle",
  async run() {
    const index = join(WEB_ROOT, "index.html");
    if (!existsSync(index))
      return [skipped(NAME, "not available yet: dist/web/index.html is not built")];
    const scripts = initialScripts(readFileSync(index, "utf8"));
    if (scripts.length === 0) throw new Error("dist/web/index.html names no module script");
    let bytes = 0;
    for (const src of scripts) {
      bytes += gzipSync(readFileSync(join(WEB_ROOT, src.replace(/^\//, ""))), { level: 9 }).length;
    }
    return [
      judged(
        NAME,
        bytes / 1000,
        "KB",
        { op: "<=", limit: 200 },
        {
          detail: `${scripts.length} files: ${scripts.map((s) => s.split("/").pop()).join(", ")}`,
        },
      ),
    ];
  },
};
