// The built web app's files, as a browser should get them: the brotli or gzip twin the build
// wrote beside each text file (src/web/precompress.ts) when the browser accepts it, with
// Vary: Accept-Encoding; hashed files under /assets cached for a year (their name changes when
// their content does); everything else, index.html above all, revalidated on every load with
// its ETag and Last-Modified, so a new version is picked up at once.
import { createReadStream, type Stats, statSync } from "node:fs";
import { extname, join, sep } from "node:path";
import { Readable } from "node:stream";
import type { Context, MiddlewareHandler } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};

/** Preferred first: brotli is about a fifth smaller than gzip on our scripts. */
const TWINS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The codings an Accept-Encoding header allows (q > 0), "*" standing for any not named. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  let any = false;
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    const allowed = Number.isFinite(weight) && weight > 0;
    if (name === "*") any = allowed;
    else (allowed ? accepted : refused).add(name);
  }
  if (any) for (const { encoding } of TWINS) if (!refused.has(encoding)) accepted.add(encoding);
  return accepted;
}

function statFile(path: string): Stats | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** The file a request path names under root, or null for anything that tries to leave it. */
function fileFor(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  if (decoded.split("/").some((part) => part === ".." || part === ".")) return null;
  const path = join(root, decoded);
  return path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

function etagOf(stats: Stats, encoding: string | null): string {
  const version = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  return `"${version}${encoding ? `-${encoding}` : ""}"`;
}

function notModified(c: Context, etag: string, stats: Stats): boolean {
  const match = c.req.header("If-None-Match");
  if (match !== undefined) {
    return match
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === etag || tag === "*");
  }
  const since = Date.parse(c.req.header("If-Modified-Since") ?? "");
  return Number.isFinite(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

/** Answers with one file of the web app (or its compressed twin), or null when there is none. */
export function sendWebFile(c: Context, root: string, requestPath: string): Response | null {
  const path = fileFor(root, requestPath);
  const original = path ? statFile(path) : null;
  if (!path || !original) return null;
  const type = TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  const accepted = acceptedEncodings(c.req.header("Accept-Encoding"));
  let chosen: { file: string; stats: Stats; encoding: string | null } = {
    file: path,
    stats: original,
    encoding: null,
  };
  let compressible = false;
  for (const { encoding, suffix } of TWINS) {
    const twin = statFile(path + suffix);
    if (!twin) continue;
    compressible = true;
    if (chosen.encoding === null && accepted.has(encoding)) {
      chosen = { file: path + suffix, stats: twin, encoding };
    }
  }
  const etag = etagOf(chosen.stats, chosen.encoding);
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Cache-Control": requestPath.startsWith("/assets/") ? IMMUTABLE : "no-cache",
    ETag: etag,
    "Last-Modified": original.mtime.toUTCString(),
  };
  if (compressible) headers.Vary = "Accept-Encoding";
  if (chosen.encoding) headers["Content-Encoding"] = chosen.encoding;
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  if (notModified(c, etag, original)) return c.body(null, 304);
  c.header("Content-Length", String(chosen.stats.size));
  if (c.req.method === "HEAD") return c.body(null, 200);
  const stream = Readable.toWeb(createReadStream(chosen.file)) as ReadableStream<Uint8Array>;
  return c.body(stream, 200);
}

/** Serves the request's path from root when it names a file; otherwise passes it on. */
export function webFiles(root: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    return sendWebFile(c, root, c.req.path) ?? next();
  };
}
