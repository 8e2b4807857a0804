// Isolation between accounts in server mode, generated from /api/openapi.json, on both engines.
// Two seekers, A and B, each with the sample data; A also has a person only A knows. For every
// operation: without a session it answers 401; with B's session and A's ids in the path it
// answers 404 (or 400 for a body B may not send) and never shows A's data; B's lists, searches,
// exports, Today, Progress and calendar feed hold nothing of A's. A route added later is covered
// without anyone touching this file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../src/app/open.js";
import type { TestApi } from "../support/api.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/databases.js";
import {
  fillPath,
  type KnownRecords,
  knownRecords,
  type Operation,
  readOperations,
} from "../support/openapi.js";
import { minimalValue } from "../support/schemaArbitrary.js";
import { serverModeApp } from "../support/serverMode.js";

const SECRET = "Quillon Vantablack";

/**
 * Routes anyone may call: the sign-in operations, the calendar file and joining a program
 * (the link's token is the key).
 */
const isOpen = (operation: Operation) =>
  operation.path.startsWith("/api/auth/") ||
  operation.path.startsWith("/api/join/") ||
  !operation.path.startsWith("/api/");

/**
 * A's own center (named with the secret), a program A coaches and has joined as a seeker, a
 * grant, a comment, a milestone, shared material and an invitation: the coaching records B
 * must not reach. Answers their ids by the collection their routes sit under.
 */
async function coachingRecords(a: TestApi): Promise<Record<string, string[]>> {
  const created = async (path: string, body: unknown) => {
    const response = await a.post(path, body);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body as { id: string; token?: string };
  };
  const me = (await a.get("/api/auth/get-session")).body.user.id as string;
  const center = await created("/api/centers", { name: `${SECRET} Careers` });
  const program = await created(`/api/centers/${center.id}/programs`, {
    name: `${SECRET} cohort`,
    purpose: SECRET,
    startsOn: "2026-11-01",
    endsOn: "2027-01-31",
    coachIds: [me],
  });
  const invitation = await created(`/api/programs/${program.id}/invitations`, {});
  await created("/api/invitations/accept", { token: invitation.token });
  const grant = await created("/api/grants", { programId: program.id, scopes: ["progress"] });
  const comment = await created(`/api/programs/${program.id}/seekers/${me}/comments`, {
    body: SECRET,
  });
  const milestone = await created(`/api/programs/${program.id}/milestones`, {
    metric: "asks_sent",
    target: 3,
    byWeek: 2,
  });
  const material = await created(`/api/centers/${center.id}/material`, {
    kind: "question",
    title: SECRET,
    body: SECRET,
  });
  const open = await created(`/api/programs/${program.id}/invitations`, {});
  return {
    "/api/centers": [center.id],
    "/api/programs": [program.id],
    "/api/memberships": [program.id],
    "/api/grants": [grant.id],
    "/api/coach-comments": [comment.id],
    "/api/milestones": [milestone.id],
    "/api/material": [material.id],
    "/api/invitations": [open.id],
  };
}

describe.each(ENGINES)("isolation between accounts on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let anonymous: TestApi;
  let a: TestApi & { userId: string };
  let b: TestApi & { userId: string };
  let operations: Operation[] = [];
  let known: { a: KnownRecords; b: KnownRecords };
  let aIds: string[] = [];
  let checked = 0;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    const server = await serverModeApp(app);
    anonymous = server.anonymous;
    a = await server.signedIn("alpha@example.org");
    b = await server.signedIn("bravo@example.org");
    for (const seeker of [a, b]) expect((await seeker.post("/api/demo", {})).status).toBe(201);
    expect((await a.post("/api/people", { fullName: SECRET, notes: SECRET })).status).toBe(201);
    expect((await a.post("/api/calendar-feeds")).status).toBe(201);
    const coaching = await coachingRecords(a);
    operations = await readOperations(a);
    known = { a: await knownRecords(a, operations), b: await knownRecords(b, operations) };
    // The coaching side has few lists to find its records by: A's are named by their collection.
    for (const [collection, ids] of Object.entries(coaching)) {
      known.a.byCollection.set(collection, ids);
      known.a.pool.all.push(...ids);
    }
    // Built-in questions are reference data every account shares; everything else A has is A's.
    const shared = new Set(known.b.pool.all);
    aIds = known.a.pool.all.filter((id) => !shared.has(id));
    expect(aIds.length).toBeGreaterThan(30);
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  const leaks = (text: string) => text.includes(SECRET) || aIds.some((id) => text.includes(id));

  it("answers 401 to every API operation without a session", async () => {
    const guarded = operations.filter((o) => !isOpen(o));
    expect(guarded.length).toBeGreaterThan(90);
    for (const operation of guarded) {
      const path = fillPath(operation.path, { id: aIds[0] ?? "x", kind: "json" });
      const body = operation.body ? minimalValue(operation.body, known.a.pool) : undefined;
      const response = await anonymous.request(operation.method.toUpperCase(), path, body);
      expect(response.status, `${operation.operationId} ${path}`).toBe(401);
      expect(leaks(JSON.stringify(response.body))).toBe(false);
      checked++;
    }
  });

  it("answers 404 when B names A's records, and never shows them", async () => {
    const withId = operations.filter((o) => o.pathParams.includes("id") && !isOpen(o));
    expect(withId.length).toBeGreaterThan(60);
    for (const operation of withId) {
      const collection = /^\/api\/[\w-]+/.exec(operation.path)?.[0] ?? "";
      const theirs = (known.a.byCollection.get(collection) ?? aIds).filter((id) =>
        aIds.includes(id),
      );
      for (const id of theirs.slice(0, 3)) {
        const path = fillPath(operation.path, { id, seekerId: a.userId, userId: a.userId });
        // A body B could send about its own records, so only the path names A's.
        const body = operation.body ? minimalValue(operation.body, known.b.pool) : undefined;
        const response = await b.request(operation.method.toUpperCase(), path, body);
        const where = `${operation.operationId} ${path}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
        expect([400, 404], where).toContain(response.status);
        expect(JSON.stringify(response.body).includes(SECRET), where).toBe(false);
        checked++;
      }
    }
    // A's records are all still there, unchanged by B's attempts.
    expect((await a.get(`/api/people?q=${encodeURIComponent("Quillon")}`)).body.total).toBe(1);
  });

  it("gives B lists, searches, exports, Today, Progress and a calendar with nothing of A's", async () => {
    const reads = operations.filter(
      (o) => o.method === "get" && o.pathParams.length === 0 && !isOpen(o),
    );
    expect(reads.length).toBeGreaterThan(15);
    for (const operation of reads) {
      for (const query of ["", "?limit=500", `?q=${encodeURIComponent("Quillon")}`]) {
        const response = await b.get(operation.path + query);
        expect(response.status, operation.operationId).toBeLessThan(400);
        expect(leaks(JSON.stringify(response.body)), `${operation.operationId}${query}`).toBe(
          false,
        );
        checked++;
      }
    }
    for (const kind of ["json", "csv", "vcard", "ics"]) {
      const response = await b.get(`/api/export/${kind}`);
      expect(response.status).toBe(200);
      expect(
        leaks(
          String(typeof response.body === "string" ? response.body : JSON.stringify(response.body)),
        ),
        kind,
      ).toBe(false);
      checked++;
    }
    const feed = (await b.post("/api/calendar-feeds")).body as { url: string };
    const calendar = await anonymous.get(new URL(feed.url).pathname);
    expect(calendar.status).toBe(200);
    expect(leaks(String(calendar.body))).toBe(false);
    // And A's own search does find A's person: the check above could fail.
    expect(JSON.stringify((await a.get("/api/export/json")).body)).toContain(SECRET);
    console.log(`access matrix on ${engine}: ${operations.length} operations, ${checked} cases`);
  });
});
