// What every answer says about itself (framing, scripts, sniffing, referrers, caching) and what a
// request may carry (JSON in UTF-8, bodies up to 1 MB, only from this very origin), on the real
// server with the built web app, as a browser meets it.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../src/app/open.js";
import { MAX_JSON_BYTES } from "../../src/server/security.js";
import { type RunningServer, startServer } from "../../src/server/serve.js";
import { freshDatabase, type TestDatabase } from "../support/databases.js";

describe("security headers and request limits", () => {
  let database: TestDatabase;
  let app: OpenApp;
  let server: RunningServer;

  beforeAll(async () => {
    database = await freshDatabase("sqlite");
    app = await database.open();
    server = await startServer(app.ctx, { port: 0, host: "127.0.0.1", version: "test" });
  });
  afterAll(async () => {
    await server.close();
    await app.close();
    await database.destroy();
  });

  const send = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    send(path, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    });

  it("forbids framing and inline scripts on pages, the API and every export", async () => {
    const feed = (await (await post("/api/calendar-feeds", "{}")).json()) as { url: string };
    for (const path of [
      "/",
      "/people/some-id",
      "/api/health",
      "/api/people",
      "/api/export/json",
      "/api/export/csv",
      "/api/export/vcard",
      "/api/export/ics",
      new URL(feed.url).pathname,
      "/api/nothing-here",
    ]) {
      const response = await send(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).not.toContain("unsafe-inline'; script");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
      if (path !== "/" && !path.startsWith("/people")) {
        expect(response.headers.get("cache-control"), path).toBe("no-store");
      }
    }
  });

  it("serves a page with no inline script, so the policy need not allow one", async () => {
    const html = await (await send("/people")).text();
    expect(html).toContain('<script src="/prefetch-people.js"></script>');
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(match[1], "every script has a src").toMatch(/\bsrc=/);
      expect(match[2]?.trim()).toBe("");
    }
  });

  it("answers an unknown API address with a 404 problem, not the web page", async () => {
    for (const path of ["/api/nothing-here", "/api/people/x/y/z", "/calendar/unknown"]) {
      const response = await send(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toContain("application/problem+json");
    }
    expect((await send("/people/deep-link")).headers.get("content-type")).toContain("text/html");
  });

  /**
   * A body sent on a connection of its own: the server answers 413 before reading the body and
   * then closes the connection, which a pooled client would try to reuse.
   */
  const postAlone = (path: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const sending = request(`${server.url}${path}`, {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      sending.on("response", (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      // The server may close the connection while the rest of the body is still being sent.
      sending.on("error", (error) => (sending.writableEnded ? undefined : reject(error)));
      sending.end(body);
    });

  it("refuses a body over 1 MB with 413 before reading it, and changes nothing", async () => {
    const big = JSON.stringify({ fullName: "Big", notes: "x".repeat(MAX_JSON_BYTES) });
    const response = await postAlone("/api/people", big);
    expect(response.status).toBe(413);
    const problem = JSON.parse(response.text) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toBe("(body)");
    const people = (await (await send("/api/people")).json()) as { total: number };
    expect(people.total).toBe(0);
  });

  it("keeps a 50 MB limit for imports", async () => {
    const content = `Name\n${"Someone\n".repeat(200_000)}`;
    const response = await post(
      "/api/import/preview",
      JSON.stringify({ fileName: "big.csv", content, mapping: { fullName: "Name" } }),
    );
    expect(response.status).toBe(200);
  });

  it("reads only JSON in UTF-8", async () => {
    for (const type of [
      "application/json;charset=utf-16",
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/merge-patch+json",
    ]) {
      const response = await post("/api/people", JSON.stringify({ fullName: "Typed" }), {
        "content-type": type,
      });
      expect(response.status, type).toBe(415);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors[0]?.field).toBe("Content-Type");
    }
    for (const type of ["application/json", "application/json; charset=UTF-8"]) {
      const response = await post("/api/people", JSON.stringify({ fullName: "Typed" }), {
        "content-type": type,
      });
      expect(response.status, type).toBe(201);
    }
  });

  it("refuses a change whose Origin has the right host but another scheme", async () => {
    const host = new URL(server.url).host;
    const foreign = await post("/api/people", JSON.stringify({ fullName: "Scheme" }), {
      origin: `https://${host}`,
    });
    expect(foreign.status).toBe(403);
    const own = await post("/api/people", JSON.stringify({ fullName: "Scheme" }), {
      origin: `http://${host}`,
    });
    expect(own.status).toBe(201);
  });
});
