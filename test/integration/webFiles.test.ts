// The web app's files as a browser gets them from `inroads serve`: the brotli or gzip twin the
// build wrote, chosen by Accept-Encoding and saying so (Content-Encoding, Vary), decompressing
// to the very file; hashed assets cached for a year, index.html revalidated with its ETag.
// The files are written here with the build's own plugin, so the test needs no web build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../src/app/open.js";
import { type RunningServer, startServer } from "../../src/server/serve.js";
import { acceptedEncodings, IMMUTABLE } from "../../src/server/webFiles.js";
import { precompress } from "../../src/web/precompress.js";
import { freshDatabase, type TestDatabase } from "../support/databases.js";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET: fetch would decompress the body and hide what was sent. */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the web app's files", () => {
  let database: TestDatabase;
  let app: OpenApp;
  let server: RunningServer;
  const root = mkdtempSync(join(tmpdir(), "inroads-web-"));
  const script = `export const people = [${Array.from({ length: 400 }, (_, i) => `"Person ${i} Álvarez"`).join(",")}];\n`;
  const page = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${"<p>Inroads</p>".repeat(60)}</body></html>\n`;

  beforeAll(async () => {
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "assets/index-abc123.js"), script);
    writeFileSync(join(root, "index.html"), page);
    writeFileSync(join(root, "assets/tiny-1.js"), "export {};\n");
    const plugin = precompress(root) as { closeBundle: () => void };
    plugin.closeBundle();
    database = await freshDatabase("sqlite");
    app = await database.open();
    server = await startServer(app.ctx, {
      port: 0,
      host: "127.0.0.1",
      version: "test",
      webRoot: root,
    });
  });
  afterAll(async () => {
    await server.close();
    await app.close();
    await database.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  it("sends brotli, then gzip, then the file itself, as the browser accepts", async () => {
    const url = `${server.url}/assets/index-abc123.js`;
    const cases = [
      { accept: "gzip, deflate, br, zstd", encoding: "br" },
      { accept: "gzip;q=1.0, br;q=0.5", encoding: "br" },
      { accept: "gzip", encoding: "gzip" },
      { accept: "br;q=0, *", encoding: "gzip" },
      { accept: "identity", encoding: undefined },
      { accept: "", encoding: undefined },
    ];
    for (const { accept, encoding } of cases) {
      const answer = await get(url, accept ? { "Accept-Encoding": accept } : {});
      expect(answer.status, accept).toBe(200);
      expect(answer.headers["content-encoding"], accept).toBe(encoding);
      expect(answer.headers.vary, accept).toBe("Accept-Encoding");
      expect(answer.headers["content-type"], accept).toBe("text/javascript; charset=utf-8");
      expect(answer.headers["cache-control"], accept).toBe(IMMUTABLE);
      expect(Number(answer.headers["content-length"]), accept).toBe(answer.body.length);
      const body =
        encoding === "br"
          ? brotliDecompressSync(answer.body)
          : encoding === "gzip"
            ? gunzipSync(answer.body)
            : answer.body;
      expect(body.toString("utf8"), accept).toBe(script);
      if (encoding) expect(answer.body.length, accept).toBeLessThan(script.length / 3);
    }
  });

  it("revalidates index.html, also for a deep link, and answers 304 to its ETag", async () => {
    for (const path of ["/", "/index.html", "/people/some-id"]) {
      const answer = await get(`${server.url}${path}`, { "Accept-Encoding": "br, gzip" });
      expect(answer.status, path).toBe(200);
      expect(answer.headers["cache-control"], path).toBe("no-cache");
      expect(answer.headers["content-encoding"], path).toBe("br");
      expect(answer.headers.vary, path).toBe("Accept-Encoding");
      expect(brotliDecompressSync(answer.body).toString("utf8"), path).toBe(page);
      const etag = String(answer.headers.etag);
      expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+-br"$/);
      expect(answer.headers["last-modified"]).toBeTruthy();
      const again = await get(`${server.url}${path}`, {
        "Accept-Encoding": "br, gzip",
        "If-None-Match": etag,
      });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
      // Another coding is another representation: its ETag differs, so no 304.
      const gzip = await get(`${server.url}${path}`, {
        "Accept-Encoding": "gzip",
        "If-None-Match": etag,
      });
      expect(gzip.status, path).toBe(200);
      expect(gunzipSync(gzip.body).toString("utf8"), path).toBe(page);
    }
  });

  it("sends a file too small to compress as it is, and HEAD without a body", async () => {
    const tiny = await get(`${server.url}/assets/tiny-1.js`, { "Accept-Encoding": "br, gzip" });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("export {};\n");
    const head = await get(
      `${server.url}/assets/index-abc123.js`,
      { "Accept-Encoding": "br" },
      "HEAD",
    );
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(
      readFileSync(join(root, "assets/index-abc123.js.br")).length,
    );
  });

  it("never reads outside the web folder, and leaves the API to the API", async () => {
    for (const path of ["/assets/../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/%00"]) {
      const answer = await get(`${server.url}${path}`);
      expect(answer.body.toString(), path).not.toContain("root:");
    }
    const api = await get(`${server.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(String(api.headers["content-type"])).toContain("problem+json");
  });

  it("reads Accept-Encoding with its weights", () => {
    expect([...acceptedEncodings("gzip, br")].sort()).toEqual(["br", "gzip"]);
    expect([...acceptedEncodings("br;q=0, gzip;q=0.1")]).toEqual(["gzip"]);
    expect([...acceptedEncodings("*;q=0.5")].sort()).toEqual(["br", "gzip"]);
    expect([...acceptedEncodings("*;q=0")]).toEqual([]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
