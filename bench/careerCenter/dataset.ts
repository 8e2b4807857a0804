// The career center's database: a fresh PostgreSQL database with the app's migrations, the
// coach added through the CLI (so the password is hashed and checked as in production), then
// every seeker's rows made by the server itself from generate_series, and VACUUM ANALYZE, as
// autovacuum would do a minute after such a load.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { openStore } from "../../src/store/database.js";
import type { PostgresServer } from "../support/postgres.js";
import { CLI, cliEnv } from "../support/processes.js";
import { dropSecondaryIndexes } from "./bulkIndexes.js";
import { CENTER, centerStatements } from "./centerSql.js";
import { pipelineStatements } from "./pipelineSql.js";
import { accountStatements, networkStatements } from "./seekersSql.js";
import type { CenterSizes } from "./sizes.js";

export const COACH = {
  email: "morgan.coach@careers.example.edu",
  name: "Morgan Coach",
  password: "quiet harbour lantern meadow 42",
} as const;

export interface CenterDataset {
  url: string;
  programId: string;
  seekerIds: string[];
  people: number;
}

function addCoach(url: string): void {
  const result = spawnSync(
    process.execPath,
    [CLI, "--db", url, "users", "add", COACH.email, "--name", COACH.name, "--password-stdin"],
    { input: COACH.password, env: cliEnv(), encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new Error(`inroads users add failed:\n${result.stdout}${result.stderr}`.trim());
  }
}

async function run(client: pg.Client, statements: readonly string[]): Promise<void> {
  for (const text of statements) await client.query(text);
}

export async function loadCareerCenter(
  server: PostgresServer,
  sizes: CenterSizes,
  log: (line: string) => void,
): Promise<CenterDataset> {
  const url = await server.createDatabase("inroads_career_center");
  await (await openStore(url)).close();
  addCoach(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const coach = await client.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [
      COACH.email,
    ]);
    const coachId = coach.rows[0]?.id;
    if (!coachId) throw new Error("the coach's account is missing after `users add`");
    const columns = await client.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'settings'",
    );
    // Index builds sort in memory; the load is made again from scratch if the server stops.
    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query("SET synchronous_commit = off");
    const indexes = await dropSecondaryIndexes(client);
    const settings = columns.rows.map((r) => r.column_name);
    const steps: [string, string[]][] = [
      ["accounts", accountStatements(sizes, coachId, settings)],
      ["people", networkStatements(sizes)],
      ["pipeline", pipelineStatements(sizes)],
      ["center", centerStatements(sizes, coachId)],
      ["indexes", indexes],
      // What autovacuum does after a bulk load: statistics for the planner, and the visibility
      // map that lets index-only scans skip the table.
      ["vacuum", ["VACUUM ANALYZE"]],
    ];
    const timings: string[] = [];
    for (const [name, statements] of steps) {
      const started = performance.now();
      await run(client, statements);
      timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const members = await client.query<{ seeker_id: string }>(
      "SELECT seeker_id FROM program_members WHERE program_id = $1 ORDER BY seeker_id",
      [CENTER.programId],
    );
    const people = await client.query<{ n: string }>("SELECT count(*) AS n FROM people");
    log(`  career center loaded: ${timings.join(", ")}`);
    return {
      url,
      programId: CENTER.programId,
      seekerIds: members.rows.map((r) => r.seeker_id),
      people: Number(people.rows[0]?.n ?? 0),
    };
  } finally {
    await client.end();
  }
}
