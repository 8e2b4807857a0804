// People search over HTTP on the generated SQLite database: p95 ≤ 10 ms.
import { keepAliveAgent } from "../support/http.js";
import { startInroads } from "../support/processes.js";
import { judged } from "../support/report.js";
import { median, p95 } from "../support/stats.js";
import { searchTimings, slowestQuery } from "./apiTimings.js";
import { type Measure, reps } from "./measure.js";

export const searchMeasure: Measure = {
  name: "search",
  async run(env) {
    const server = await startInroads(await env.sqliteDatabase());
    const agent = keepAliveAgent(1);
    try {
      const timings = await searchTimings(server.url, agent, reps(env, 10, 2));
      const ms = timings.map((t) => t.ms);
      env.shared.set("sqlite.search.p95", p95(ms));
      return [
        judged(
          "people search p95 (HTTP, SQLite)",
          p95(ms),
          "ms",
          { op: "<=", limit: 10 },
          {
            detail: `${ms.length} queries, median ${median(ms).toFixed(1)} ms; ${slowestQuery(timings)}`,
          },
        ),
      ];
    } finally {
      agent.destroy();
      await server.stop();
    }
  },
};
