// `inroads today --json` on the generated database, as a user runs it: median wall time
// (process start to exit) ≤ 0.5 s, with INROADS_NOW pinned.
import { spawn } from "node:child_process";
import { assertBuilt, CLI, cliEnv, ROOT } from "../support/processes.js";
import { judged } from "../support/report.js";
import { median } from "../support/stats.js";
import { type Measure, reps } from "./measure.js";

export function runCliTimed(args: string[]): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: cliEnv() });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`inroads ${args.join(" ")} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

export const cliTodayMeasure: Measure = {
  name: "cli-today",
  async run(env) {
    assertBuilt();
    const database = await env.sqliteDatabase();
    const args = ["--db", database, "today", "--json"];
    const first = await runCliTimed(args); // warms the OS file cache, as a second run would be
    JSON.parse(first.stdout);
    const times: number[] = [];
    for (let i = reps(env, 7, 3); i > 0; i--) times.push((await runCliTimed(args)).ms);
    return [
      judged(
        "inroads today --json wall time",
        median(times),
        "ms",
        { op: "<=", limit: 500 },
        {
          detail: `median of ${times.length}; output ${(first.stdout.length / 1024).toFixed(0)} KB`,
        },
      ),
    ];
  },
};
