// `npm run bench`: the large-seeker benchmarks. Prints a table and writes bench/results.json.
//   --smoke        1,000 people and few repetitions; targets reported, only errors fail;
//                 written to bench/results.smoke.json, not results.json
//   --only a,b     run only these measures: web-bundle, search, today, load, cold-start,
//                  cli-today, import, web-render, postgres, crowd, career-center
//   --seed n       dataset seed (default 1)
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { LARGE_SEEKER } from "./dataset/sizes.js";
import { createEnvironment } from "./environment.js";
import { careerCenterMeasure } from "./measures/careerCenter.js";
import { cliTodayMeasure } from "./measures/cliToday.js";
import { coldStartMeasure } from "./measures/coldStart.js";
import { crowdMeasure } from "./measures/crowd.js";
import { importMeasure } from "./measures/import.js";
import { loadMeasure } from "./measures/load.js";
import type { Measure } from "./measures/measure.js";
import { postgresMeasure } from "./measures/postgres.js";
import { searchMeasure } from "./measures/search.js";
import { todayMeasure } from "./measures/today.js";
import { webBundleMeasure } from "./measures/webBundle.js";
import { webRenderMeasure } from "./measures/webRender.js";
import { ensureServerBuilt } from "./support/build.js";
import { describeMachine } from "./support/machine.js";
import { printTable, type Result, writeResults } from "./support/report.js";

const MEASURES: readonly Measure[] = [
  webBundleMeasure,
  searchMeasure,
  todayMeasure,
  loadMeasure,
  coldStartMeasure,
  cliTodayMeasure,
  importMeasure,
  webRenderMeasure,
  postgresMeasure,
  crowdMeasure,
  careerCenterMeasure,
];

// The full run's results are kept in the repository; a smoke run's go beside them, ignored by
// git, so that CI and quick checks never overwrite the numbers the README quotes.
const resultsFile = (smoke: boolean) =>
  fileURLToPath(new URL(smoke ? "results.smoke.json" : "results.json", import.meta.url));

function selected(only: string | undefined): readonly Measure[] {
  if (!only) return MEASURES;
  const names = only.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !MEASURES.some((m) => m.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown measure ${unknown.join(", ")}; known: ${MEASURES.map((m) => m.name).join(", ")}`,
    );
  }
  return MEASURES.filter((m) => names.includes(m.name));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      only: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  const smoke = values.smoke ?? false;
  const options = { smoke, people: smoke ? 1_000 : LARGE_SEEKER, seed: Number(values.seed) };
  const measures = selected(values.only);
  ensureServerBuilt((line) => console.log(line));
  const machine = describeMachine();
  const env = createEnvironment(options);
  const results: Result[] = [];
  const started = performance.now();
  try {
    for (const measure of measures) {
      console.log(`${measure.name}…`);
      const t0 = performance.now();
      try {
        results.push(...(await measure.run(env)));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.push({
          measure: measure.name,
          value: null,
          unit: "",
          target: null,
          pass: null,
          error: message,
        });
      }
      console.log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await env.dispose();
  }
  const seconds = (performance.now() - started) / 1000;
  printTable(results, machine);
  console.log(`\n${smoke ? "smoke" : "full"} run in ${seconds.toFixed(1)} s`);
  writeResults(resultsFile(smoke), {
    machine,
    mode: smoke ? "smoke" : "full",
    options,
    seconds,
    results,
  });
  const errors = results.filter((r) => r.error).length;
  const failures = results.filter((r) => r.pass === false).length;
  if (errors > 0) return 1;
  return !smoke && failures > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
