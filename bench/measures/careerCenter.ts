// A career center's coach on PostgreSQL (issue 11): 1,500 seekers in one program, each with
// 300 people and 40 conversations (about 450,000 people), read over HTTP in server mode with the
// coach's session. The cohort dashboard's first page (default sort, other sorts and filters)
// answers within 150 ms at p95, one seeker's view within 50 ms. The database lives on a
// PostgreSQL server of its own, started and removed here.
import { type CenterDataset, COACH, loadCareerCenter } from "../careerCenter/dataset.js";
import { centerSizes } from "../careerCenter/sizes.js";
import { seededRandom } from "../prng.js";
import { startPostgres } from "../support/postgres.js";
import { startInroads } from "../support/processes.js";
import { judged, type Result } from "../support/report.js";
import { SessionClient } from "../support/sessionClient.js";
import { median, p95 } from "../support/stats.js";
import { type BenchEnv, type Measure, reps } from "./measure.js";

/** Issue 11's targets for a coach's reads. */
const COHORT_TARGET_MS = 150;
const SEEKER_VIEW_TARGET_MS = 50;

/** The other ways a coach looks at the first page: by name, by activity, who needs attention. */
const OTHER_VIEWS = [
  "?sort=name&order=asc",
  "?sort=lastActiveAt&order=desc",
  "?attention=flagged",
  "?sharing=sharing&sort=conversationsHeld",
] as const;

interface Timed {
  ms: number;
  body: string;
}

function reader(coach: SessionClient) {
  return async (url: string): Promise<Timed> => {
    const answer = await coach.get(url);
    if (answer.status !== 200) {
      throw new Error(`GET ${url} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    }
    return answer;
  };
}

type Read = ReturnType<typeof reader>;

const summary = (samples: readonly number[]) =>
  `median ${median(samples).toFixed(1)} ms, ${samples.length} requests`;

async function timeCohort(env: BenchEnv, read: Read, base: string): Promise<Result[]> {
  const first = JSON.parse((await read(base)).body) as { rows: unknown[]; counts: object };
  if (first.rows.length === 0) throw new Error("the cohort's first page is empty");
  const byDefault: number[] = [];
  const byView = new Map<string, number[]>(OTHER_VIEWS.map((view) => [view, []]));
  const rounds = reps(env, 10, 1);
  for (let round = 0; round < rounds; round++) {
    // The default view is what a coach opens most: four times a round, the others once each.
    for (let i = 0; i < 4; i++) byDefault.push((await read(base)).ms);
    for (const view of OTHER_VIEWS) byView.get(view)?.push((await read(`${base}${view}`)).ms);
  }
  const others = [...byView.values()].flat();
  const perView = [...byView]
    .map(([view, samples]) => `${view.slice(1)} ${p95(samples).toFixed(0)}`)
    .join(", ");
  const target = { op: "<=", limit: COHORT_TARGET_MS } as const;
  return [
    judged("cohort dashboard, first page p95 (PostgreSQL)", p95(byDefault), "ms", target, {
      detail: `default sort (flags); ${summary(byDefault)}; ${first.rows.length} rows of ${JSON.stringify(first.counts)}`,
    }),
    judged("  other sorts and filters, p95", p95(others), "ms", target, {
      detail: `${summary(others)}; p95 (ms) by view: ${perView}`,
    }),
  ];
}

async function timeSeekerViews(
  env: BenchEnv,
  read: Read,
  base: string,
  data: CenterDataset,
): Promise<Result> {
  const random = seededRandom(env.options.seed);
  const all: number[] = [];
  const withPipeline: number[] = [];
  for (let i = 0; i < reps(env, 300, 30); i++) {
    const seeker = random.pick(data.seekerIds);
    const answer = await read(`${base}/seekers/${seeker}`);
    all.push(answer.ms);
    const { scopes } = JSON.parse(answer.body) as { scopes: string[] };
    if (scopes.includes("pipeline")) withPipeline.push(answer.ms);
  }
  const pipelineNote =
    withPipeline.length > 0
      ? `; sharing pipeline: p95 ${p95(withPipeline).toFixed(1)} ms (${withPipeline.length})`
      : "";
  return judged(
    "seeker view p95 (PostgreSQL)",
    p95(all),
    "ms",
    { op: "<=", limit: SEEKER_VIEW_TARGET_MS },
    { detail: `random seekers; ${summary(all)}${pipelineNote}` },
  );
}

export const careerCenterMeasure: Measure = {
  name: "career-center",
  async run(env) {
    const sizes = centerSizes(env.options.smoke);
    const postgres = await startPostgres();
    try {
      const data = await loadCareerCenter(postgres, sizes, env.log);
      env.log(
        `  ${sizes.seekers} seekers, ${data.people.toLocaleString("en")} people in one program`,
      );
      const server = await startInroads(data.url, ["--accounts"]);
      const coach = new SessionClient();
      try {
        await coach.signIn(server.url, COACH.email, COACH.password);
        const read = reader(coach);
        const base = `${server.url}/api/programs/${data.programId}`;
        // Warm-up: the server's first requests compile its code and fill PostgreSQL's caches.
        for (let i = 0; i < reps(env, 3, 1); i++) await read(`${base}/cohort`);
        return [
          ...(await timeCohort(env, read, `${base}/cohort`)),
          await timeSeekerViews(env, read, base, data),
        ];
      } finally {
        coach.close();
        await server.stop();
      }
    } finally {
      await postgres.stop();
    }
  },
};
