import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { bodyLimits } from "./security.js";

/** A request whose body may not be looked at: on Node that look builds a whole fetch Request. */
function untouchable(request: Request): { request: Request; looked: () => boolean } {
  let looked = false;
  const proxy = new Proxy(request, {
    get(target, key) {
      if (key === "body") looked = true;
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { request: proxy, looked: () => looked };
}

describe("body limits", () => {
  const app = new Hono();
  app.use("*", bodyLimits());
  app.all("/api/people", (c) => c.text("ok"));

  it("leave a GET or HEAD alone: it has no body to limit", async () => {
    for (const method of ["GET", "HEAD"]) {
      const { request, looked } = untouchable(
        new Request("http://127.0.0.1/api/people", { method }),
      );
      expect((await app.fetch(request)).status).toBe(200);
      expect(looked()).toBe(false);
    }
  });

  it("still measure every other request's body", async () => {
    const big = JSON.stringify({ notes: "x".repeat(1024 * 1024) });
    const { request, looked } = untouchable(
      new Request("http://127.0.0.1/api/people", { method: "POST", body: big }),
    );
    expect((await app.fetch(request)).status).toBe(413);
    expect(looked()).toBe(true);
  });
});
