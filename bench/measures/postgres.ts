// The two interactive reads on PostgreSQL with the same dataset: each p95 within 3× of
// SQLite's (measured in this run, or here if the SQLite measures were not selected), search
// also for each kind of query as typed and for its worst query. They are measured once the
// planner has statistics (ANALYZE, as autovacuum does about a minute after a bulk load);
// search is also timed right after the load, before any statistics exist.
import type { Agent } from "node:http";
import pg from "pg";
import { keepAliveAgent, timeSequential } from "../support/http.js";
import { startInroads } from "../support/processes.js";
import { judged, type Result } from "../support/report.js";
import { median, p95 } from "../support/stats.js";
import { searchTimings, searchUrls, slowestQuery, todayTimings } from "./apiTimings.js";
import { type BenchEnv, type Measure, reps } from "./measure.js";
import { byKind, describeKinds, perQuery, type QueryKind, worstQuery } from "./typedSearch.js";

type Timings = { url: string; ms: number }[];

async function timeEngine(env: BenchEnv, base: string, agent: Agent) {
  return {
    search: await searchTimings(base, agent, reps(env, 10, 2)),
    today: await todayTimings(base, agent, reps(env, 200, 20)),
  };
}

interface Baseline {
  search: number;
  today: number;
  kinds: Map<QueryKind, number>;
  /** Each query's median and p95 on SQLite, for the worst query's ratio. */
  queries: Map<string, { p50: number; p95: number }>;
}

async function sqliteBaseline(env: BenchEnv): Promise<Baseline> {
  const server = await startInroads(await env.sqliteDatabase());
  const agent = keepAliveAgent(1);
  try {
    const t = await timeEngine(env, server.url, agent);
    return {
      search: p95(t.search.map((x) => x.ms)),
      today: env.shared.get("sqlite.today.p95") ?? p95(t.today.map((x) => x.ms)),
      kinds: new Map([...byKind(t.search)].map(([kind, s]) => [kind, s.p95])),
      queries: perQuery(t.search),
    };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

async function analyze(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

function compare(measure: string, timings: Timings, sqlite: number, note: string): Result {
  const samples = timings.map((t) => t.ms);
  const ratio = p95(samples) / sqlite;
  return judged(
    measure,
    p95(samples),
    "ms",
    { op: "<=", limit: 3 * sqlite },
    {
      ratio,
      detail: `target 3× SQLite's ${sqlite.toFixed(1)} ms; median ${median(samples).toFixed(1)} ms; ${note}`,
    },
  );
}

/**
 * Every query against itself: PostgreSQL's median for it over SQLite's, the worst of them
 * judged (≤ 3×), with the query PostgreSQL is slowest at named too.
 */
function worstVersusSqlite(timings: Timings, baseline: Baseline): Result {
  let worst = { q: "", ratio: 0, pg: 0, sqlite: 0 };
  for (const [q, s] of perQuery(timings)) {
    const sqlite = baseline.queries.get(q)?.p50;
    if (sqlite === undefined) continue;
    if (s.p50 / sqlite > worst.ratio) worst = { q, ratio: s.p50 / sqlite, pg: s.p50, sqlite };
  }
  const slowest = worstQuery(timings);
  return judged(
    "  worst query vs SQLite, PostgreSQL",
    worst.ratio,
    "×",
    { op: "<=", limit: 3 },
    {
      ratio: worst.ratio,
      detail: `"${worst.q}": median ${worst.pg.toFixed(1)} ms vs ${worst.sqlite.toFixed(1)} ms on SQLite; slowest on PostgreSQL "${slowest.q}" ${slowest.p50.toFixed(1)}/${slowest.p95.toFixed(1)} ms (p50/p95)`,
    },
  );
}

export const postgresMeasure: Measure = {
  name: "postgres",
  async run(env) {
    const baseline = await sqliteBaseline(env);
    const database = await env.postgresDatabase();
    const server = await startInroads(database);
    const agent = keepAliveAgent(1);
    try {
      const fresh = await timeSequential(searchUrls(server.url, 1), agent);
      const freshMs = fresh.map((t) => t.ms);
      await analyze(database);
      const t = await timeEngine(env, server.url, agent);
      return [
        judged("people search p95, PostgreSQL before ANALYZE", p95(freshMs), "ms", null, {
          ratio: p95(freshMs) / baseline.search,
          detail: `right after the bulk load; median ${median(freshMs).toFixed(1)} ms; ${slowestQuery(fresh)}`,
        }),
        compare(
          "people search p95 (HTTP, PostgreSQL)",
          t.search,
          baseline.search,
          describeKinds(t.search),
        ),
        ...[...byKind(t.search)].map(([kind, s]) => {
          const sqlite = baseline.kinds.get(kind) ?? baseline.search;
          return judged(
            `  ${kind} p95, PostgreSQL`,
            s.p95,
            "ms",
            { op: "<=", limit: 3 * sqlite },
            {
              ratio: s.p95 / sqlite,
              detail: `SQLite ${sqlite.toFixed(1)} ms; p50 ${s.p50.toFixed(1)} ms`,
            },
          );
        }),
        worstVersusSqlite(t.search, baseline),
        compare(
          "/api/today p95 (HTTP, PostgreSQL)",
          t.today,
          baseline.today,
          `${t.today.length} requests`,
        ),
      ];
    } finally {
      agent.destroy();
      await server.stop();
    }
  },
};
