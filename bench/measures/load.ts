// The paginated people list under 50 concurrent keep-alive connections, against its floor
// measured the same way in the same run: the same two SQL statements prepared behind Hono with
// nothing else (the list must do at least as many requests/s: ≥ 1×); a page at a random
// offset one request at a time (p95 ≤ 10 ms); and the server's resident memory once the load
// is over (≤ 150 MB). A bare Hono route, measured too, shows what HTTP alone costs here.
import { seededRandom } from "../prng.js";
import { keepAliveAgent, timeSequential } from "../support/http.js";
import { type LoadResult, runLoad } from "../support/load.js";
import { residentMb } from "../support/machine.js";
import { type ServerProcess, startBenchServer, startInroads } from "../support/processes.js";
import { judged, type Result } from "../support/report.js";
import { median, p95 } from "../support/stats.js";
import { type BenchEnv, type Measure, reps } from "./measure.js";

const CONNECTIONS = 50;
const PAGE = 50;

async function underLoad(
  env: BenchEnv,
  server: ServerProcess,
  path: (n: number) => string,
): Promise<LoadResult> {
  const url = (n: number) => `${server.url}${path(n)}`;
  await runLoad(url, { connections: CONNECTIONS, durationMs: reps(env, 1_000, 300) });
  const load = await runLoad(url, {
    connections: CONNECTIONS,
    durationMs: reps(env, 5_000, 1_000),
  });
  if (load.errors > 0) throw new Error(`${load.errors} failed requests to ${server.url}`);
  return load;
}

export const loadMeasure: Measure = {
  name: "load",
  async run(env) {
    const database = await env.sqliteDatabase();
    const random = seededRandom(env.options.seed);
    const last = Math.max(0, env.options.people - PAGE);
    const offsets = Array.from({ length: 4096 }, () => random.int(0, last));
    const page = (n: number) => `?limit=${PAGE}&offset=${offsets[n % offsets.length]}`;
    const results: Result[] = [];

    const inroads = await startInroads(database);
    let list: LoadResult;
    try {
      const agent = keepAliveAgent(1);
      const paths = offsets.slice(0, reps(env, 500, 50)).map((_, n) => page(n));
      await timeSequential(
        paths.slice(0, 20).map((p) => `${inroads.url}/api/people${p}`),
        agent,
      );
      const one = await timeSequential(
        paths.map((p) => `${inroads.url}/api/people${p}`),
        agent,
      );
      agent.destroy();
      const ms = one.map((t) => t.ms);
      results.push(
        judged(
          "people list p95, one at a time",
          p95(ms),
          "ms",
          { op: "<=", limit: 10 },
          {
            detail: `${ms.length} pages of ${PAGE} at random offsets, median ${median(ms).toFixed(1)} ms`,
          },
        ),
      );
      list = await underLoad(env, inroads, (n) => `/api/people${page(n)}`);
      results.push(
        judged("people list under load (50 conns)", list.requestsPerSecond, "req/s", null, {
          detail: `${list.requests} requests in ${list.seconds.toFixed(1)} s, random offsets`,
        }),
        judged("server RSS after load", residentMb(inroads.pid), "MB", { op: "<=", limit: 150 }),
      );
    } finally {
      await inroads.stop();
    }

    const floor = await startBenchServer("pageFloorServer.ts", [database]);
    try {
      const load = await underLoad(env, floor, (n) => `/people${page(n)}`);
      const ratio = list.requestsPerSecond / load.requestsPerSecond;
      results.push(
        judged("people page floor (50 conns)", load.requestsPerSecond, "req/s", null, {
          detail: "Hono + the same count and page, prepared once",
        }),
        judged("people list vs its page floor", ratio, "×", { op: ">=", limit: 1 }, { ratio }),
      );
    } finally {
      await floor.stop();
    }

    const bare = await startBenchServer("bareServer.ts");
    try {
      const load = await underLoad(env, bare, () => "/hello");
      results.push(
        judged("bare Hono route (50 conns)", load.requestsPerSecond, "req/s", null, {
          ratio: list.requestsPerSecond / load.requestsPerSecond,
          detail: "one route, small JSON, no target; ratio = list ÷ this",
        }),
      );
    } finally {
      await bare.stop();
    }
    return results;
  },
};
