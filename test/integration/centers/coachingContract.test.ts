// The coaching side's contract in server mode: the document names the operations the issue
// asked for, each once, and real answers (with every scope granted, so every part is filled)
// parse with the very zod schemas the document and the web app's types come from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { OpenApp } from "../../../src/app/open.js";
import {
  accessLogEntrySchema,
  centerSchema,
  centerSummarySchema,
  cohortSchema,
  commentSchema,
  grantSchema,
  membershipSchema,
  programDetailSchema,
  receiptSchema,
  seekerViewSchema,
} from "../../../src/app/views/centers.js";
import { pageSchema } from "../../../src/app/views/page.js";
import { type CenterScene, centerScene, ok, type Signed } from "../../support/centers.js";
import { freshDatabase, type TestDatabase } from "../../support/databases.js";
import { readOperations } from "../../support/openapi.js";
import { serverModeApp } from "../../support/serverMode.js";

describe("the coaching contract", () => {
  let database: TestDatabase;
  let app: OpenApp;
  let scene: CenterScene;
  let seeker: Signed;

  beforeAll(async () => {
    database = await freshDatabase("sqlite");
    app = await database.open();
    scene = await centerScene(await serverModeApp(app), "contract");
    seeker = scene.seekers[0] as Signed;
    await ok(
      seeker.post("/api/grants", {
        programId: scene.programId,
        scopes: ["progress", "pipeline", "notes", "contacts"],
      }),
      201,
    );
    await ok(
      scene.coach.post(`/api/programs/${scene.programId}/seekers/${seeker.userId}/comments`, {
        body: "Well done this week",
      }),
      201,
    );
    await ok(
      scene.coach.post(`/api/programs/${scene.programId}/milestones`, {
        metric: "asks_sent",
        target: 3,
        byWeek: 2,
      }),
      201,
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  it("names the operations the coaching side promises, each once", async () => {
    const ids = (await readOperations(scene.coach)).map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const name of [
      "createProgram",
      "createInvitation",
      "acceptInvitation",
      "grantAccess",
      "revokeAccess",
      "getCohort",
      "getSeekerView",
      "listAccessLog",
    ]) {
      expect(ids).toContain(name);
    }
  });

  it("answers what the schemas say", async () => {
    const checks: [string, () => Promise<unknown>, z.ZodType][] = [
      ["listCenters", () => ok(scene.coach.get("/api/centers")), z.array(centerSummarySchema)],
      ["getCenter", () => ok(scene.admin.get(`/api/centers/${scene.centerId}`)), centerSchema],
      [
        "getProgram",
        () => ok(scene.coach.get(`/api/programs/${scene.programId}`)),
        programDetailSchema,
      ],
      [
        "getCohort",
        () => ok(scene.coach.get(`/api/programs/${scene.programId}/cohort`)),
        cohortSchema,
      ],
      [
        "getSeekerView",
        () => ok(scene.coach.get(`/api/programs/${scene.programId}/seekers/${seeker.userId}`)),
        seekerViewSchema,
      ],
      ["listMemberships", () => ok(seeker.get("/api/memberships")), z.array(membershipSchema)],
      ["listGrants", () => ok(seeker.get("/api/grants")), z.array(grantSchema)],
      ["listGrantReceipts", () => ok(seeker.get("/api/grant-receipts")), z.array(receiptSchema)],
      ["listAccessLog", () => ok(seeker.get("/api/access-log")), pageSchema(accessLogEntrySchema)],
      ["listCoachComments", () => ok(seeker.get("/api/coach-comments")), z.array(commentSchema)],
    ];
    for (const [name, read, schema] of checks) {
      const body = await read();
      const parsed = schema.safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), name).toEqual([]);
    }
    const view = await ok<{ pipeline: unknown; notes: unknown; progress: unknown }>(
      scene.coach.get(`/api/programs/${scene.programId}/seekers/${seeker.userId}`),
    );
    expect(view.pipeline).not.toBeNull();
    expect(view.notes).not.toBeNull();
    expect(view.progress).not.toBeNull();
  });
});
