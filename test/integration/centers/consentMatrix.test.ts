// The consent matrix, on both engines: for each grant a seeker can make, what every kind of
// staff sees in every staff view. A coach of the program sees exactly the scopes granted; an
// analyst only the de-identified report; an admin who does not coach sees names and addresses
// only; another program's coach and another center's staff meet 404. Without `contacts` no
// third party's name, address, phone or notes appears in any staff answer, the report included;
// with it, the coach does see the names (so the check can fail). A revoked or expired grant
// shows nothing on the next request, and a grant to one coach shows nothing to a colleague.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../../src/app/open.js";
import type { Scope } from "../../../src/domain/centers/consent.js";
import type { ApiResponse, TestApi } from "../../support/api.js";
import { type CenterScene, centerScene, ok, type Signed } from "../../support/centers.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../../support/databases.js";
import { serverModeApp } from "../../support/serverMode.js";

const THIRD_PARTY = {
  fullName: "Quillon Vantablack",
  emails: ["quillon@vantablack.example"],
  phones: ["+44 20 7946 0958"],
  notes: "Quillon's private worry about the merger",
};
const SECRETS = ["Quillon", "Vantablack", "vantablack.example", "7946 0958", "private worry"];

const GRANTS: Scope[][] = [
  ["progress"],
  ["pipeline"],
  ["notes"],
  ["contacts"],
  ["progress", "pipeline", "notes"],
  ["progress", "pipeline", "notes", "contacts"],
];

type Views = Record<string, ApiResponse>;

describe.each(ENGINES)("the consent matrix on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let scene: CenterScene;
  let seeker: Signed;
  let colleague: Signed;
  let demoNames: string[] = [];

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    const server = await serverModeApp(app);
    scene = await centerScene(server, "matrix");
    seeker = scene.seekers[0] as Signed;
    colleague = await server.signedIn("matrix-colleague@example.edu");
    await ok(
      scene.admin.post(`/api/centers/${scene.centerId}/staff`, {
        email: colleague.email,
        role: "coach",
      }),
    );
    await ok(
      scene.admin.put(`/api/programs/${scene.programId}`, {
        coachIds: [scene.coach.userId, colleague.userId],
      }),
    );

    // A person the seeker talks to, in every place a coach could read: Today (a thank-you
    // overdue), the pipeline, coverage, conversation notes, insights.
    const person = await ok<{ id: string }>(seeker.post("/api/people", THIRD_PARTY), 201);
    const conversation = await ok<{ id: string }>(
      seeker.post("/api/conversations", {
        personId: person.id,
        researchNotes: "Quillon Vantablack ran the merger; call +44 20 7946 0958",
      }),
      201,
    );
    await ok(
      seeker.post(`/api/conversations/${conversation.id}/schedule`, {
        scheduledAt: "2026-11-19T10:00:00Z",
      }),
    );
    await ok(
      seeker.post(`/api/conversations/${conversation.id}/held`, {
        notes: "Vantablack said to write to quillon@vantablack.example about the timeline",
      }),
    );
    await ok(
      seeker.post("/api/insights", {
        area: "company",
        kind: "learned",
        text: "Quillon says the merger slowed hiring",
        personId: person.id,
        conversationId: conversation.id,
      }),
      201,
    );
    const people = await ok<{ items: { fullName: string }[] }>(seeker.get("/api/people?limit=200"));
    demoNames = people.items.map((p) => p.fullName).filter((name) => name.length >= 5);
    expect(demoNames.length).toBeGreaterThan(5);
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  const paths = () => ({
    cohort: `/api/programs/${scene.programId}/cohort`,
    seeker: `/api/programs/${scene.programId}/seekers/${seeker.userId}`,
    report: `/api/programs/${scene.programId}/report.csv`,
    program: `/api/programs/${scene.programId}`,
    center: `/api/centers/${scene.centerId}`,
  });

  async function viewsOf(staff: TestApi): Promise<Views> {
    const views: Views = {};
    for (const [name, path] of Object.entries(paths())) views[name] = await staff.get(path);
    return views;
  }

  const text = (views: Views) =>
    Object.values(views)
      .map((v) => JSON.stringify(v.body))
      .join("\n");
  const leaked = (views: Views) =>
    [...SECRETS, ...demoNames].filter((secret) => text(views).includes(secret));

  it.each(GRANTS.map((scopes) => [scopes.join(" + "), scopes] as const))(
    "a grant of %s",
    async (_name, scopes) => {
      const grant = await ok<{ id: string }>(
        seeker.post("/api/grants", { programId: scene.programId, scopes }),
        201,
      );
      try {
        await checkGrant(scopes);
      } finally {
        await ok(seeker.post(`/api/grants/${grant.id}/revoke`));
      }
      // Revoked: the very next request shows nothing.
      const after = await viewsOf(scene.coach);
      expect(after.cohort?.body.rows[0]).toMatchObject({
        scopes: [],
        progress: null,
        pipeline: null,
      });
      expect(after.seeker?.body).toMatchObject({
        scopes: [],
        progress: null,
        pipeline: null,
        notes: null,
      });
      expect(leaked(after)).toEqual([]);
    },
  );

  async function checkGrant(scopes: Scope[]) {
    const has = (scope: Scope) => scopes.includes(scope);

    // The program's coach: exactly what was granted.
    const coach = await viewsOf(scene.coach);
    expect(coach.cohort?.status).toBe(200);
    const row = coach.cohort?.body.rows[0];
    expect(row.scopes).toEqual(scopes);
    expect(row.progress !== null).toBe(has("progress"));
    expect(row.pipeline !== null).toBe(has("pipeline"));
    const view = coach.seeker?.body;
    expect(view.scopes).toEqual(scopes);
    expect(view.progress !== null).toBe(has("progress"));
    expect(view.pipeline !== null).toBe(has("pipeline"));
    expect(view.notes !== null).toBe(has("notes"));
    if (has("contacts") && (has("pipeline") || has("notes"))) {
      expect(text(coach)).toContain("Quillon Vantablack");
    } else {
      expect(leaked(coach)).toEqual([]);
    }
    if (has("pipeline") && !has("contacts")) {
      expect(JSON.stringify(view.pipeline)).toMatch(/Person \d+/);
    }

    // The analyst: the report, and never a person.
    const analyst = await viewsOf(scene.analyst);
    expect(analyst.cohort?.status).toBe(404);
    expect(analyst.seeker?.status).toBe(404);
    expect(analyst.report?.status).toBe(200);
    expect(String(analyst.report?.body)).not.toContain(seeker.email);
    expect(leaked(analyst)).toEqual([]);

    // The admin, who does not coach this program: who joined, nothing they shared.
    const admin = await viewsOf(scene.admin);
    expect(admin.cohort?.body.rows[0]).toMatchObject({
      scopes: [],
      progress: null,
      pipeline: null,
    });
    expect(admin.seeker?.body).toMatchObject({
      scopes: [],
      progress: null,
      pipeline: null,
      notes: null,
    });
    expect(leaked(admin)).toEqual([]);

    // Another program's coach and another center's staff: nothing exists.
    for (const stranger of [scene.otherCoach, scene.outsider]) {
      const views = await viewsOf(stranger);
      for (const name of ["cohort", "seeker", "report", "program"]) {
        expect(views[name]?.status, `${name} for ${(stranger as Signed).email}`).toBe(404);
      }
      expect(leaked(views)).toEqual([]);
    }
    expect((await scene.outsider.get(paths().center)).status).toBe(404);
  }

  it("shows nothing once a grant has expired", async () => {
    const grant = await ok<{ id: string }>(
      seeker.post("/api/grants", { programId: scene.programId, scopes: ["progress", "pipeline"] }),
      201,
    );
    expect((await scene.coach.get(paths().seeker)).body.scopes).toEqual(["progress", "pipeline"]);
    // The clock is pinned, so the grant is moved into the past instead.
    await app.ctx.store.db
      .updateTable("grants")
      .set({ expires_at: "2026-11-22T23:59:59.999Z" })
      .where("id", "=", grant.id)
      .execute();
    const view = await ok<Record<string, unknown>>(scene.coach.get(paths().seeker));
    expect(view).toMatchObject({ scopes: [], progress: null, pipeline: null, notes: null });
    const listed = await ok<{ id: string; inForce: boolean }[]>(seeker.get("/api/grants"));
    expect(listed.find((g) => g.id === grant.id)?.inForce).toBe(false);
  });

  it("shows a grant to one coach to that coach alone", async () => {
    const grant = await ok<{ id: string; whom: string }>(
      seeker.post("/api/grants", {
        programId: scene.programId,
        coachId: colleague.userId,
        scopes: ["progress"],
      }),
      201,
    );
    expect(grant.whom).toContain(colleague.email);
    expect((await colleague.get(paths().seeker)).body.scopes).toEqual(["progress"]);
    expect((await scene.coach.get(paths().seeker)).body.scopes).toEqual([]);
    await ok(seeker.post(`/api/grants/${grant.id}/revoke`));
    expect((await colleague.get(paths().seeker)).body.scopes).toEqual([]);
  });

  it("refuses a grant to someone who is not the program's coach", async () => {
    const refused = await seeker.post("/api/grants", {
      programId: scene.programId,
      coachId: scene.otherCoach.userId,
      scopes: ["progress"],
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("coachId");
    const stranger = await scene.outsider.post("/api/grants", {
      programId: scene.programId,
      scopes: ["progress"],
    });
    expect(stranger.status).toBe(404);
  });

  it("lists in the seeker's access log every staff read that showed something", async () => {
    const log = await ok<{ items: { staffEmail: string; what: string }[]; total: number }>(
      seeker.get("/api/access-log?limit=200"),
    );
    const readers = new Set(log.items.map((e) => e.staffEmail));
    // The admin read the report too: aggregates drawn from the seeker's numbers are a read.
    expect(readers).toEqual(
      new Set([scene.coach.email, scene.analyst.email, scene.admin.email, colleague.email]),
    );
    expect(new Set(log.items.map((e) => e.what))).toEqual(
      new Set(["cohort dashboard", "seeker view", "program report"]),
    );
  });
});
