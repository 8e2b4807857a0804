// The coaching loop over HTTP, on both engines: a coach invites, the seeker accepts and grants
// progress and pipeline, the coach reads the cohort and the seeker and comments, the comment
// reaches the seeker, the seeker revokes, the coach's view empties, and the access log lists
// every read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../../src/app/open.js";
import { type CenterScene, centerScene, ok } from "../../support/centers.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../../support/databases.js";
import { serverModeApp } from "../../support/serverMode.js";

describe.each(ENGINES)("a coach and a seeker on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let scene: CenterScene;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    scene = await centerScene(await serverModeApp(app), "flow");
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  function firstSeeker() {
    const [seeker] = scene.seekers;
    if (!seeker) throw new Error("the scene has no seeker");
    return seeker;
  }

  it("shows a seeker who shares nothing by name only, and logs nothing", async () => {
    const seeker = firstSeeker();
    const cohort = await ok<{ rows: { name: string; scopes: string[]; progress: unknown }[] }>(
      scene.coach.get(`/api/programs/${scene.programId}/cohort`),
    );
    expect(cohort.rows).toHaveLength(1);
    expect(cohort.rows[0]).toMatchObject({ scopes: [], progress: null, pipeline: null });
    const log = await ok<{ total: number }>(seeker.get("/api/access-log"));
    expect(log.total).toBe(0);
  });

  it("runs grant, read, comment, revoke and the access log", async () => {
    const seeker = firstSeeker();
    const memberships = await ok<{ programId: string; purpose: string }[]>(
      seeker.get("/api/memberships"),
    );
    expect(memberships.map((m) => m.programId)).toEqual([scene.programId]);
    const grant = await ok<{ id: string; scopes: string[]; expiresAt: string; purpose: string }>(
      seeker.post("/api/grants", { programId: scene.programId, scopes: ["pipeline", "progress"] }),
      201,
    );
    expect(grant.scopes).toEqual(["progress", "pipeline"]);
    expect(grant.expiresAt).toBe("2027-01-31T23:59:59.999Z");
    expect(grant.purpose).toContain("nudge");

    const cohort = await ok<{
      rows: { seekerId: string; progress: { peopleAdded: number } | null; pipeline: unknown }[];
    }>(scene.coach.get(`/api/programs/${scene.programId}/cohort`));
    expect(cohort.rows[0]?.progress?.peopleAdded).toBeGreaterThan(5);
    expect(cohort.rows[0]?.pipeline).not.toBeNull();

    const view = await ok<{
      scopes: string[];
      pipeline: { conversations: { person: string }[] } | null;
      notes: unknown;
    }>(scene.coach.get(`/api/programs/${scene.programId}/seekers/${seeker.userId}`));
    expect(view.scopes).toEqual(["progress", "pipeline"]);
    expect(view.notes).toBeNull();
    expect(view.pipeline?.conversations[0]?.person).toMatch(/^Person \d+/);

    await ok(
      scene.coach.post(`/api/programs/${scene.programId}/seekers/${seeker.userId}/comments`, {
        kind: "introduction",
        body: "Talk to our alumna at Northwind",
      }),
      201,
    );
    await ok(
      scene.coach.post(`/api/programs/${scene.programId}/seekers/${seeker.userId}/staff-notes`, {
        body: "Shy on the phone; suggest e-mail",
      }),
      201,
    );
    const comments = await ok<{ body: string }[]>(seeker.get("/api/coach-comments"));
    expect(comments.map((c) => c.body)).toEqual(["Talk to our alumna at Northwind"]);
    expect(JSON.stringify(comments)).not.toContain("Shy on the phone");

    await ok(seeker.post(`/api/grants/${grant.id}/revoke`));
    const after = await ok<{ scopes: string[]; progress: unknown; pipeline: unknown }>(
      scene.coach.get(`/api/programs/${scene.programId}/seekers/${seeker.userId}`),
    );
    expect(after).toMatchObject({ scopes: [], progress: null, pipeline: null, notes: null });

    const log = await ok<{ items: { what: string; staffEmail: string; scopes: string[] }[] }>(
      seeker.get("/api/access-log"),
    );
    expect(log.items.map((e) => e.what)).toEqual(["seeker view", "cohort dashboard"]);
    expect(log.items.every((e) => e.staffEmail === scene.coach.email)).toBe(true);
    const receipts = await ok<{ change: string }[]>(seeker.get("/api/grant-receipts"));
    expect(receipts.map((r) => r.change)).toEqual(["revoked", "granted"]);
  });
});
