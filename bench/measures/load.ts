// The paginated people list under 50 concurrent keep-alive connections, against a bare Hono
// route measured the same way in the same run (≥ 40 % of its requests/s), and the server's
// resident memory once the load is over (≤ 150 MB). A second floor, the same two SQL
// statements prepared behind Hono with nothing else, shows what the app's layers cost.
import { seededRandom } from "../prng.js";
import { type LoadResult, runLoad } from "../support/load.js";
import { residentMb } from "../support/machine.js";
import { type ServerProcess, startBenchServer, startInroads } from "../support/processes.js";
import { judged, type Result } from "../support/report.js";
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
      results.push(
        judged("people page floor (50 conns)", load.requestsPerSecond, "req/s", null, {
          ratio: list.requestsPerSecond / load.requestsPerSecond,
          detail: "Hono + the same count and page, prepared once; ratio = list ÷ this",
        }),
      );
    } finally {
      await floor.stop();
    }

    const bare = await startBenchServer("bareServer.ts");
    try {
      const load = await underLoad(env, bare, () => "/hello");
      const ratio = list.requestsPerSecond / load.requestsPerSecond;
      results.push(
        judged("bare Hono route (50 conns)", load.requestsPerSecond, "req/s", null, {
          detail: "one route, small JSON",
        }),
        judged("people list vs bare Hono", ratio * 100, "%", { op: ">=", limit: 40 }, { ratio }),
      );
    } finally {
      await bare.stop();
    }
    return results;
  },
};
