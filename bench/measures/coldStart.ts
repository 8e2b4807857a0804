// Cold start: from spawning `inroads serve` on the generated database to the first 200 from
// /api/health. Median ≤ 1 s.
import { get, keepAliveAgent } from "../support/http.js";
import { startInroads } from "../support/processes.js";
import { judged } from "../support/report.js";
import { median } from "../support/stats.js";
import { type Measure, reps } from "./measure.js";

async function coldStartMs(database: string): Promise<{ total: number; listening: number }> {
  const started = performance.now();
  const server = await startInroads(database);
  const agent = keepAliveAgent(1);
  try {
    const answer = await get(`${server.url}/api/health`, agent);
    if (answer.status !== 200) throw new Error(`/api/health answered ${answer.status}`);
    return { total: performance.now() - started, listening: server.startedInMs };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

export const coldStartMeasure: Measure = {
  name: "cold-start",
  async run(env) {
    const database = await env.sqliteDatabase();
    const runs = [];
    for (let i = reps(env, 7, 3); i > 0; i--) runs.push(await coldStartMs(database));
    const total = median(runs.map((r) => r.total));
    return [
      judged(
        "cold start to first /api/health 200",
        total,
        "ms",
        { op: "<=", limit: 1000 },
        {
          detail: `median of ${runs.length}; address printed after ${median(runs.map((r) => r.listening)).toFixed(0)} ms`,
        },
      ),
    ];
  },
};
