// The cohort sorts every seeker by numbers counted only as far as the sort needs, and shows the
// page's rows counted in full: on both engines, for every sort, the order agrees with the
// numbers shown, and a page of one row shows the same numbers as the whole list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../../src/app/open.js";
import { COHORT_SORTS } from "../../../src/app/views/centers.js";
import { type CenterScene, centerScene, ok } from "../../support/centers.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../../support/databases.js";
import { serverModeApp } from "../../support/serverMode.js";

interface Row {
  seekerId: string;
  name: string;
  joinedAt: string;
  flags: unknown[];
  progress: Record<string, unknown> | null;
  pipeline: { overdueFollowUps: number } | null;
}

type Sort = (typeof COHORT_SORTS)[number];

function shown(row: Row, sort: Sort): unknown {
  if (sort === "name") return row.name.toLocaleLowerCase();
  if (sort === "joinedAt") return row.joinedAt;
  if (sort === "flags") return row.flags.length;
  if (sort === "overdueFollowUps") return row.pipeline?.overdueFollowUps ?? null;
  return row.progress?.[sort] ?? null;
}

/** Descending by the value shown, what is not shared last, then by name and id. */
function inOrder(rows: Row[], sort: Sort): boolean {
  return rows.every((row, i) => {
    const next = rows[i + 1];
    if (!next) return true;
    const [x, y] = [shown(row, sort), shown(next, sort)] as [
      string | number | null,
      string | number | null,
    ];
    if (x === null || y === null) return y === null || x === y;
    if (x !== y) return x > y;
    return row.name.localeCompare(next.name) <= 0;
  });
}

describe.each(ENGINES)("the cohort's sorts on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let scene: CenterScene;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    scene = await centerScene(await serverModeApp(app), "sorts", 3);
    const [first, second, third] = scene.seekers;
    if (!first || !second || !third) throw new Error("the scene has three seekers");
    // Different numbers for each seeker: more people for one, less shared by another.
    for (const name of ["Ada Quill", "Bo Reyes"]) {
      expect((await first.post("/api/people", { fullName: name })).status).toBe(201);
    }
    expect((await second.post("/api/people", { fullName: "Cy Young" })).status).toBe(201);
    const grant = (who: typeof first, scopes: string[]) =>
      ok(who.post("/api/grants", { programId: scene.programId, scopes }), 201);
    await grant(first, ["progress", "pipeline"]);
    await grant(second, ["progress"]);
    await grant(third, ["progress", "pipeline", "notes"]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  it.each(COHORT_SORTS)(
    "orders by %s as the numbers shown say, each page in full",
    async (sort) => {
      const url = `/api/programs/${scene.programId}/cohort?sort=${sort}&order=desc`;
      const all = await ok<{ rows: Row[] }>(scene.coach.get(`${url}&limit=200`));
      expect(all.rows).toHaveLength(3);
      expect(inOrder(all.rows, sort)).toBe(true);
      for (const [offset, row] of all.rows.entries()) {
        const page = await ok<{ rows: Row[] }>(scene.coach.get(`${url}&limit=1&offset=${offset}`));
        expect(page.rows[0]).toEqual(row);
      }
    },
  );
});
