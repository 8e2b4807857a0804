// Importing the 30,000-row LinkedIn file: end to end ≤ 3 s and ≤ 2× the floor (parsing plus
// prepared inserts alone). The floor runs now; the end-to-end part waits for `inroads import`.
import { join } from "node:path";
import { writeLinkedInCsv } from "../linkedinCsv.js";
import { judged, type Result, skipped } from "../support/report.js";
import { median } from "../support/stats.js";
import { importEndToEndMs, importUnavailable } from "./importEndToEnd.js";
import { importFloorMs } from "./importFloor.js";
import { type Measure, reps } from "./measure.js";

const E2E = "LinkedIn import end to end (CLI)";

export const importMeasure: Measure = {
  name: "import",
  async run(env) {
    const rows = env.options.people;
    const csv = join(env.workDir, `Connections-${rows}.csv`);
    writeLinkedInCsv(csv, rows, env.options.seed);
    const runs = reps(env, 3, 1);
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      floors.push(await importFloorMs(csv, join(env.workDir, `floor-${i}.sqlite`)));
    }
    const floor = median(floors);
    const results: Result[] = [
      judged("LinkedIn import floor (parse + inserts)", floor, "ms", null, {
        detail: `${rows} rows, csv-parse/sync + prepared inserts (people, people_fts), median of ${runs}`,
      }),
    ];
    const unavailable = importUnavailable();
    if (unavailable) {
      results.push(skipped(E2E, `not available yet: ${unavailable}`));
      return results;
    }
    const times: number[] = [];
    let output = "";
    for (let i = 0; i < runs; i++) {
      const run = await importEndToEndMs(csv, join(env.workDir, `import-${i}.sqlite`));
      times.push(run.ms);
      output = run.output;
    }
    const ms = median(times);
    results.push(
      judged(E2E, ms, "ms", { op: "<=", limit: 3000 }, { detail: `median of ${runs}; ${output}` }),
      judged(
        "LinkedIn import vs floor",
        ms / floor,
        "×",
        { op: "<=", limit: 2 },
        { ratio: ms / floor },
      ),
    );
    return results;
  },
};
