// A program's life, on both engines: milestones shown to the seeker with their progress, the
// center's material adopted into the seeker's own, a read refused when its log entry cannot be
// written, the report's small groups withheld, and a seeker who leaves keeping everything
// while the program keeps only numbers without a name.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../../src/app/open.js";
import { type CenterScene, centerScene, ok, type Signed } from "../../support/centers.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../../support/databases.js";
import { serverModeApp } from "../../support/serverMode.js";

describe.each(ENGINES)("a program's life on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let scene: CenterScene;
  let seekers: Signed[];

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    scene = await centerScene(await serverModeApp(app), "life", 5);
    seekers = scene.seekers;
    for (const seeker of seekers) {
      await ok(
        seeker.post("/api/grants", { programId: scene.programId, scopes: ["progress"] }),
        201,
      );
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  it("shows the program's milestones to the seeker with their own progress", async () => {
    const milestone = await ok<{ title: string; dueOn: string }>(
      scene.coach.post(`/api/programs/${scene.programId}/milestones`, {
        metric: "conversations_held",
        target: 3,
        byWeek: 4,
      }),
      201,
    );
    expect(milestone).toMatchObject({
      title: "3 conversations held by week 4",
      dueOn: "2026-11-29",
    });
    const [membership] = await ok<{ milestones: { value: number; status: string }[] }[]>(
      (seekers[0] as Signed).get("/api/memberships"),
    );
    expect(membership?.milestones).toHaveLength(1);
    const [progress] = membership?.milestones ?? [];
    // The sample data has conversations held; by 2026-11-23, week 4 has begun.
    expect(progress?.status).toBe(progress && progress.value >= 3 ? "met" : "behind");
  });

  it("keeps at least one admin, and says how to step down", async () => {
    const alone = await scene.admin.delete(
      `/api/centers/${scene.centerId}/staff/${scene.admin.userId}`,
    );
    expect(alone.status).toBe(409);
    expect(JSON.stringify(alone.body)).toContain("make someone else admin first");
    const demoted = await scene.admin.post(`/api/centers/${scene.centerId}/staff`, {
      email: scene.admin.email,
      role: "coach",
    });
    expect(demoted.status).toBe(409);
  });

  it("lets a seeker adopt the center's material into their own", async () => {
    const material = await ok<{ id: string }>(
      scene.admin.post(`/api/centers/${scene.centerId}/material`, {
        kind: "question",
        title: "The day-to-day",
        body: "What does a good week in this job look like?",
      }),
      201,
    );
    const seeker = seekers[0] as Signed;
    const adopted = await ok<{ questionId: string }>(
      seeker.post(`/api/material/${material.id}/adopt`),
    );
    const question = await ok<{ text: string; builtIn: boolean }>(
      seeker.get(`/api/questions/${adopted.questionId}`),
    );
    expect(question).toMatchObject({
      text: "What does a good week in this job look like?",
      builtIn: false,
    });
    expect((await scene.outsider.post(`/api/material/${material.id}/adopt`)).status).toBe(404);
  });

  it("refuses a staff read whose access-log entry cannot be written", async () => {
    const seeker = seekers[1] as Signed;
    const db = app.ctx.store.db;
    if (engine === "sqlite") {
      await sql`create trigger refuse_log before insert on access_log begin select raise(abort, 'the log is down'); end`.execute(
        db,
      );
    } else {
      await sql`create function refuse_log() returns trigger as $$ begin raise exception 'the log is down'; end $$ language plpgsql`.execute(
        db,
      );
      await sql`create trigger refuse_log before insert on access_log for each row execute function refuse_log()`.execute(
        db,
      );
    }
    const before = (await ok<{ total: number }>(seeker.get("/api/access-log"))).total;
    try {
      const refused = await scene.coach.get(
        `/api/programs/${scene.programId}/seekers/${seeker.userId}`,
      );
      expect(refused.status).toBeGreaterThanOrEqual(500);
      expect(JSON.stringify(refused.body)).not.toContain("peopleAdded");
    } finally {
      await sql`drop trigger refuse_log${engine === "postgres" ? sql` on access_log` : sql``}`.execute(
        db,
      );
    }
    expect((await ok<{ total: number }>(seeker.get("/api/access-log"))).total).toBe(before);
  });

  it("withholds the report's figures below five seekers, and keeps a leaver's numbers only", async () => {
    const report = async () =>
      String((await scene.analyst.get(`/api/programs/${scene.programId}/report.csv`)).body);
    const full = await report();
    expect(full).toMatch(/^people added,5,\d+,/m);
    const leaver = seekers[4] as Signed;
    expect((await leaver.delete(`/api/memberships/${scene.programId}`)).status).toBe(204);
    // The leaver is no longer in the cohort, has their data and receipts, and their numbers
    // still count in the report, without a name.
    const cohort = await ok<{ rows: { email: string }[] }>(
      scene.coach.get(`/api/programs/${scene.programId}/cohort`),
    );
    expect(cohort.rows.map((r) => r.email)).not.toContain(leaver.email);
    expect((await ok<{ total: number }>(leaver.get("/api/people"))).total).toBeGreaterThan(5);
    const receipts = await ok<{ change: string }[]>(leaver.get("/api/grant-receipts"));
    expect(receipts[0]?.change).toBe("revoked");
    const after = await report();
    expect(after).toMatch(/^people added,5,\d+,/m);
    expect(after).toContain(",4,4,1\r\n");
    expect(after).not.toContain(leaver.email);
    // Two more revoke: four seekers left to count, so the figures are withheld.
    const grants = await ok<{ id: string; inForce: boolean }[]>(
      (seekers[0] as Signed).get("/api/grants"),
    );
    await ok(
      (seekers[0] as Signed).post(`/api/grants/${grants.find((g) => g.inForce)?.id}/revoke`),
    );
    const small = await report();
    expect(small).toMatch(/^people added,4,,,,\r$/m);
  });
});
