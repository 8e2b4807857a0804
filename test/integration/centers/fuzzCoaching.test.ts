// The coaching routes exist only in server mode, so the fuzzer of the whole document (local
// mode) never meets them: here every one of them is fuzzed the same way, signed in as the
// center's admin (who also coaches the program), as a seeker, and without a session. Whatever
// is sent, no 5xx and a problem document for a refusal; each create lands sometimes. A route
// added to the coaching side later is fuzzed without anyone touching this file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../../src/app/open.js";
import type { TestApi } from "../../support/api.js";
import { type CenterScene, centerScene, ok } from "../../support/centers.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../../support/databases.js";
import { FUZZ_RUNS, fuzzOperation } from "../../support/fuzzOperation.js";
import { type Operation, readOperations } from "../../support/openapi.js";
import type { IdPool } from "../../support/schemaArbitrary.js";
import { serverModeApp } from "../../support/serverMode.js";

const COACHING =
  /^\/api\/(centers|programs|invitations|memberships|grants|grant-receipts|access-log|coach-comments|material|milestones|join)(\/|$)/;

describe.each(ENGINES)("fuzzing the coaching routes on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let scene: CenterScene;
  let anonymous: TestApi;
  let operations: Operation[] = [];
  let ids: IdPool = { all: [], byKind: new Map() };
  let byCollection = new Map<string, string[]>();

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    const server = await serverModeApp(app);
    anonymous = server.anonymous;
    scene = await centerScene(server, "fuzz", 1);
    const seeker = scene.seekers[0] as NonNullable<CenterScene["seekers"][0]>;
    await ok(
      scene.admin.put(`/api/programs/${scene.programId}`, {
        coachIds: [scene.coach.userId, scene.admin.userId],
      }),
    );
    const grant = await ok<{ id: string }>(
      seeker.post("/api/grants", { programId: scene.programId, scopes: ["progress", "pipeline"] }),
      201,
    );
    const material = await ok<{ id: string }>(
      scene.admin.post(`/api/centers/${scene.centerId}/material`, {
        kind: "request",
        title: "Our request",
        body: "Dear {name}, …",
      }),
      201,
    );
    const milestone = await ok<{ id: string }>(
      scene.admin.post(`/api/programs/${scene.programId}/milestones`, {
        metric: "asks_sent",
        target: 5,
        byWeek: 2,
      }),
      201,
    );
    const invitation = await ok<{ id: string }>(
      scene.admin.post(`/api/programs/${scene.programId}/invitations`, { expiresInDays: 3 }),
      201,
    );
    const byKind = new Map<string, string[]>([
      ["center", [scene.centerId]],
      ["program", [scene.programId]],
      ["coach", [scene.coach.userId, scene.admin.userId]],
      ["seeker", [seeker.userId]],
      ["user", [scene.coach.userId, scene.analyst.userId]],
    ]);
    ids = {
      all: [
        scene.centerId,
        scene.programId,
        seeker.userId,
        grant.id,
        material.id,
        milestone.id,
        invitation.id,
      ],
      byKind,
    };
    byCollection = new Map([
      ["centers", [scene.centerId]],
      ["programs", [scene.programId]],
      ["grants", [grant.id]],
      ["material", [material.id]],
      ["milestones", [milestone.id]],
      ["invitations", [invitation.id]],
      ["memberships", [scene.programId]],
    ]);
    operations = (await readOperations(scene.admin)).filter((o) => COACHING.test(o.path));
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  it("never answers 5xx, and refuses with a problem document", async () => {
    expect(operations.length).toBeGreaterThan(25);
    const seeker = scene.seekers[0] as TestApi;
    const ordered = [...operations].sort(
      (a, b) => Number(a.method === "delete") - Number(b.method === "delete"),
    );
    const landed = new Set<string>();
    for (const operation of ordered) {
      for (const client of [scene.admin, seeker, anonymous]) {
        const collection = /^\/api\/([\w-]+)/.exec(operation.path)?.[1] ?? "";
        const pathIds = {
          id: byCollection.get(collection) ?? [],
          seekerId: ids.byKind.get("seeker") ?? [],
          userId: ids.byKind.get("user") ?? [],
        };
        // Twice the usual runs: these bodies have more ways to be refused before they land.
        if (await fuzzOperation(client, operation, ids, { pathIds, runs: FUZZ_RUNS * 2 })) {
          landed.add(operation.operationId);
        }
      }
    }
    const creates = operations.filter((o) => /^(create|grant|add)/.test(o.operationId));
    expect(creates.filter((o) => !landed.has(o.operationId)).map((o) => o.operationId)).toEqual([]);
  });
});
