// People search over HTTP on the generated SQLite database, as typed (typedSearch.ts): p95
// ≤ 5 ms over every query and for each kind (one letter, two, longer, the whole name), at the
// run's size and, in a full run, at 100,000 people.
import { keepAliveAgent, timeSequential } from "../support/http.js";
import { startInroads } from "../support/processes.js";
import { judged, type Result, skipped } from "../support/report.js";
import { median, p95 } from "../support/stats.js";
import { searchTimings } from "./apiTimings.js";
import { type BenchEnv, type Measure, reps } from "./measure.js";
import { byKind, describeKinds, worstQuery } from "./typedSearch.js";

const LIMIT_MS = 5;
const LARGE = 100_000;

/**
 * The search's timings, and for scale the plain list's first page (no query: its total and
 * positions are remembered) timed the same way on the same server: on a busy machine that
 * floor moves with the load, and the search with it.
 */
async function timeSearch(env: BenchEnv, database: string) {
  const server = await startInroads(database);
  const agent = keepAliveAgent(1);
  try {
    const search = await searchTimings(server.url, agent, reps(env, 10, 2));
    const list = Array(reps(env, 300, 30)).fill(`${server.url}/api/people?limit=50`);
    const floor = (await timeSequential(list, agent)).map((t) => t.ms);
    return { search, floor };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

function judge(
  label: string,
  { search: timings, floor }: Awaited<ReturnType<typeof timeSearch>>,
): Result[] {
  const ms = timings.map((t) => t.ms);
  const worst = worstQuery(timings);
  const results = [
    judged(
      `people search p95 (HTTP, SQLite, ${label})`,
      p95(ms),
      "ms",
      { op: "<=", limit: LIMIT_MS },
      {
        detail: `${ms.length} queries as typed, median ${median(ms).toFixed(1)} ms; the plain list's first page ${median(floor).toFixed(1)}/${p95(floor).toFixed(1)} ms (p50/p95); worst query "${worst.q}" ${worst.p50.toFixed(1)}/${worst.p95.toFixed(1)} ms; p50/p95 by kind: ${describeKinds(timings)}`,
      },
    ),
  ];
  for (const [kind, s] of byKind(timings)) {
    results.push(
      judged(
        `  ${kind} p95 (${label})`,
        s.p95,
        "ms",
        { op: "<=", limit: LIMIT_MS },
        {
          detail: `p50 ${s.p50.toFixed(1)} ms, ${s.n} queries`,
        },
      ),
    );
  }
  return results;
}

export const searchMeasure: Measure = {
  name: "search",
  async run(env) {
    const timings = await timeSearch(env, await env.sqliteDatabase());
    const label = `${env.options.people.toLocaleString("en")} people`;
    const results = judge(label, timings);
    if (env.options.smoke) {
      results.push(
        skipped(
          `people search p95 (HTTP, SQLite, ${LARGE.toLocaleString("en")} people)`,
          "full run only",
        ),
      );
      return results;
    }
    const large = await timeSearch(env, await env.sqliteDatabaseOf(LARGE));
    return [...results, ...judge(`${LARGE.toLocaleString("en")} people`, large)];
  },
};
