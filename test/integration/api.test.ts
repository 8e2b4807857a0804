// The API's contract: health, the OpenAPI document, problem+json errors and local safety.
import { beforeAll, describe, expect, it } from "vitest";
import { setupApp } from "../support/setupApp.js";

describe("the HTTP API", () => {
  const subject = setupApp("sqlite");
  const { api } = subject;

  it("answers health with the database engine", async () => {
    expect((await api.get("/api/health")).body).toEqual({
      status: "ok",
      version: "test",
      database: "sqlite",
    });
  });

  it("publishes an OpenAPI 3.1 document covering every resource and step", async () => {
    const doc = (await api.get("/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    const paths = Object.keys(doc.paths);
    for (const path of [
      "/api/people",
      "/api/people/{id}",
      "/api/organizations",
      "/api/industries",
      "/api/targets",
      "/api/conversations",
      "/api/attempts",
      "/api/questions",
      "/api/conversation-questions/{id}",
      "/api/referrals",
      "/api/insights",
      "/api/glossary-terms",
      "/api/pitches",
      "/api/follow-ups",
      "/api/touchpoints",
      "/api/leads",
      "/api/today",
      "/api/targets/{id}/coverage",
      "/api/conversations/{id}/held",
      "/api/conversations/{id}/attempts",
      "/api/referrals/capture",
      "/api/settings",
    ]) {
      expect(paths).toContain(path);
    }
    expect(doc.paths["/api/people"].post.requestBody).toBeDefined();
  });

  it("answers unknown routes and records with problem+json", async () => {
    const route = await api.get("/api/nothing-here");
    expect(route.status).toBe(404);
    expect(route.contentType).toContain("application/problem+json");
    const record = await api.get("/api/people/does-not-exist");
    expect(record.status).toBe(404);
    expect(record.body).toMatchObject({ status: 404, title: "Not found" });
  });

  it("validates settings, naming the field", async () => {
    const zone = await api.put("/api/settings", { timeZone: "Mars/Olympus" });
    expect(zone.status).toBe(400);
    expect(zone.body.errors[0].field).toBe("timeZone");
    const range = await api.put("/api/settings", { maxAttempts: 0 });
    expect(range.body.errors[0].field).toBe("maxAttempts");
    const ok = await api.put("/api/settings", { retryAfterDays: 5, timeZone: "Europe/Paris" });
    expect(ok.body).toMatchObject({ retryAfterDays: 5, timeZone: "Europe/Paris", maxAttempts: 3 });
  });

  describe("local safety", () => {
    it("refuses a Host that is not a local name (DNS rebinding)", async () => {
      const response = await api.request("GET", "/api/people", undefined, {
        host: "evil.example:4321",
      });
      expect(response.status).toBe(403);
      expect(response.body.errors[0].field).toBe("Host");
    });

    it("accepts local names", async () => {
      for (const host of ["localhost:4321", "127.0.0.1:4321", "[::1]:4321", "inroads.localhost"]) {
        expect((await api.request("GET", "/api/health", undefined, { host })).status).toBe(200);
      }
    });

    it("refuses changes from a foreign Origin, and from another local port", async () => {
      for (const origin of ["https://evil.example", "http://localhost:9999", "null"]) {
        const response = await api.request(
          "POST",
          "/api/people",
          { fullName: "Mallory" },
          { host: "localhost:4321", origin },
        );
        expect(response.status).toBe(403);
      }
      expect((await api.get("/api/people?q=mallory")).body.total).toBe(0);
    });

    it("accepts changes from its own pages and from programs that send no Origin", async () => {
      const same = await api.request(
        "POST",
        "/api/people",
        { fullName: "Own Page" },
        { host: "localhost:4321", origin: "http://localhost:4321" },
      );
      expect(same.status).toBe(201);
      expect((await api.post("/api/people", { fullName: "Script" })).status).toBe(201);
    });
  });
});

describe("search on every list", () => {
  const subject = setupApp("sqlite");
  const { api } = subject;

  beforeAll(async () => {
    await api.post("/api/demo", {});
  });

  it("finds records by words in their text fields, ignoring case", async () => {
    const found = async (plural: string, q: string) =>
      (await api.get(`/api/${plural}?q=${encodeURIComponent(q)}`)).body.total;
    expect(await found("organizations", "NORTHWIND")).toBe(1);
    expect(await found("glossary-terms", "fill")).toBe(1);
    expect(await found("insights", "planning suite")).toBe(1);
    expect(await found("targets", "analyst")).toBe(1);
    expect(await found("questions", "typical")).toBeGreaterThanOrEqual(1);
    expect(await found("leads", "planner")).toBe(1);
    expect(await found("organizations", "100%_")).toBe(0);
  });
});
