// Server mode for a group, on PostgreSQL: two `inroads serve --accounts` instances on one
// database, 200 signed-in seekers with 2,000 people each, each doing what a seeker does
// (crowd/mix.ts) with a pause of 2–8 s to read between actions, for 60 s, every request sent to the
// next instance in turn. Targets: no errors, reads p95 ≤ 50 ms, writes p95 ≤ 100 ms, each
// instance's resident memory ≤ 200 MB. A smoke run: 5 seekers × 100 people for 3 s.

import { runSeeker, type Sample } from "../crowd/mix.js";
import { CROWD_PASSWORD, makeSeekers } from "../crowd/seekers.js";
import { seededRandom } from "../prng.js";
import { residentMb } from "../support/machine.js";
import { type ServerProcess, startInroads } from "../support/processes.js";
import { judged, type Result } from "../support/report.js";
import { loopbackAddress, SessionClient } from "../support/sessionClient.js";
import { median, p95 } from "../support/stats.js";
import { type Measure, reps } from "./measure.js";

const INSTANCES = 2;

function byOp(samples: readonly Sample[]): string {
  const ops = new Map<string, number[]>();
  for (const s of samples) if (s.ok) ops.set(s.op, [...(ops.get(s.op) ?? []), s.ms]);
  return [...ops]
    .map(([op, ms]) => `${op} ${median(ms).toFixed(1)}/${p95(ms).toFixed(1)} ms (${ms.length})`)
    .join(" · ");
}

export const crowdMeasure: Measure = {
  name: "crowd",
  async run(env) {
    const size = {
      seekers: reps(env, 200, 5),
      people: reps(env, 2_000, 100),
      seconds: reps(env, 60, 3),
    };
    const database = await env.emptyPostgresDatabase("crowd");
    const seekers = await makeSeekers(
      database,
      { seekers: size.seekers, people: size.people, seed: env.options.seed },
      env.log,
    );
    const instances: ServerProcess[] = [];
    const clients = seekers.map((_, i) => new SessionClient(loopbackAddress(i)));
    try {
      for (let i = 0; i < INSTANCES; i++)
        instances.push(await startInroads(database, ["--accounts"]));
      const bases = instances.map((instance) => instance.url);
      // Sign-ins verify a scrypt hash (128 MiB, a quarter of a second): one at a time per
      // instance, as people arrive, before the clock starts.
      let signedIn = 0;
      await Promise.all(
        bases.map(async (base, b) => {
          for (let i = b; i < seekers.length; i += bases.length) {
            await (clients[i] as SessionClient).signIn(
              base,
              (seekers[i] as { email: string }).email,
              CROWD_PASSWORD,
            );
            signedIn++;
          }
        }),
      );
      env.log(`  ${signedIn} seekers signed in on ${bases.length} instances`);

      const samples: Sample[] = [];
      const errors: string[] = [];
      const peakRss = instances.map(() => 0);
      const sampleRss = () => {
        for (const [i, instance] of instances.entries()) {
          peakRss[i] = Math.max(peakRss[i] ?? 0, residentMb(instance.pid));
        }
      };
      const rssTimer = setInterval(sampleRss, 1_000);
      const started = performance.now();
      const deadline = started + size.seconds * 1000;
      // A person reads a page before the next click: 2 to 8 s (5 on average), the pause load
      // tests commonly model; a smoke run hurries.
      const thinkMs = env.options.smoke ? { min: 100, max: 400 } : { min: 2_000, max: 8_000 };
      await Promise.all(
        seekers.map((seeker, i) =>
          runSeeker(
            seeker,
            clients[i] as SessionClient,
            seededRandom(env.options.seed * 7_919 + i),
            {
              bases,
              deadline,
              thinkMs,
              record: (sample) => samples.push(sample),
            },
            errors,
          ),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      clearInterval(rssTimer);
      sampleRss();

      const failed = samples.filter((s) => !s.ok).length;
      const reads = samples.filter((s) => s.ok && s.kind === "read").map((s) => s.ms);
      const writes = samples.filter((s) => s.ok && s.kind === "write").map((s) => s.ms);
      const label = `${size.seekers} seekers × ${size.people.toLocaleString("en")} people, ${INSTANCES} instances`;
      const results: Result[] = [
        judged(`crowd requests/s (${label})`, samples.length / seconds, "req/s", null, {
          detail: `${samples.length} requests in ${seconds.toFixed(1)} s, a pause of ${thinkMs.min / 1000}–${thinkMs.max / 1000} s between a seeker's actions; p50/p95 by action: ${byOp(samples)}`,
        }),
        judged(
          "crowd errors",
          failed,
          "",
          { op: "<=", limit: 0 },
          {
            detail: errors.length > 0 ? errors.slice(0, 3).join(" | ") : "none",
          },
        ),
        judged(
          "crowd reads p95",
          reads.length ? p95(reads) : 0,
          "ms",
          { op: "<=", limit: 50 },
          {
            detail: `${reads.length} reads, median ${reads.length ? median(reads).toFixed(1) : "-"} ms`,
          },
        ),
        judged(
          "crowd writes p95",
          writes.length ? p95(writes) : 0,
          "ms",
          { op: "<=", limit: 100 },
          {
            detail: `${writes.length} writes, median ${writes.length ? median(writes).toFixed(1) : "-"} ms`,
          },
        ),
      ];
      for (const [i, mb] of peakRss.entries()) {
        results.push(
          judged(
            `crowd instance ${i + 1} RSS (peak)`,
            mb,
            "MB",
            { op: "<=", limit: 200 },
            {
              detail: "sampled every second during the run",
            },
          ),
        );
      }
      return results;
    } finally {
      for (const client of clients) client.close();
      for (const instance of instances) await instance.stop();
    }
  },
};
