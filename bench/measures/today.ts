// GET /api/today over HTTP on the generated SQLite database: p95 ≤ 25 ms.
import { getJson, keepAliveAgent } from "../support/http.js";
import { startInroads } from "../support/processes.js";
import { judged } from "../support/report.js";
import { median, p95 } from "../support/stats.js";
import { todayTimings } from "./apiTimings.js";
import { type Measure, reps } from "./measure.js";

interface TodayShape {
  followUps: { overdue: unknown[]; dueToday: unknown[] };
  retries: unknown[];
  upcoming: unknown[];
}

export async function describeToday(base: string): Promise<string> {
  const agent = keepAliveAgent(1);
  try {
    const day = await getJson<TodayShape>(`${base}/api/today`, agent);
    const items = day.followUps.overdue.length + day.followUps.dueToday.length + day.retries.length;
    return `${items} follow-ups and retries, ${day.upcoming.length} coming up`;
  } finally {
    agent.destroy();
  }
}

export const todayMeasure: Measure = {
  name: "today",
  async run(env) {
    const server = await startInroads(await env.sqliteDatabase());
    const agent = keepAliveAgent(1);
    try {
      const shape = await describeToday(server.url);
      const ms = (await todayTimings(server.url, agent, reps(env, 200, 20))).map((t) => t.ms);
      env.shared.set("sqlite.today.p95", p95(ms));
      return [
        judged(
          "/api/today p95 (HTTP, SQLite)",
          p95(ms),
          "ms",
          { op: "<=", limit: 25 },
          {
            detail: `${ms.length} requests, median ${median(ms).toFixed(1)} ms; ${shape}`,
          },
        ),
      ];
    } finally {
      agent.destroy();
      await server.stop();
    }
  },
};
