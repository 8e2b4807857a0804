// Generates the "large seeker" into a fresh SQLite file or PostgreSQL database:
//   tsx bench/generate.ts --db <file | postgres://…> [--people 30000] [--seed 1]
// The database is opened (and migrated) by the app itself; the rows are planned from the seed
// and written in one transaction.
import { parseArgs } from "node:util";
import { fixedClock } from "../src/app/context.js";
import { openApp } from "../src/app/open.js";
import { planDataset } from "./dataset/index.js";
import { LARGE_SEEKER, sizesFor } from "./dataset/sizes.js";
import { BENCH_NOW } from "./dataset/time.js";
import { INSERT_ORDER } from "./dataset/types.js";
import { writeDataset } from "./writeDataset.js";

export interface GenerateOptions {
  people?: number;
  seed?: number;
}

export interface Generated {
  counts: Record<string, number>;
  /** Milliseconds spent planning and writing. */
  planMs: number;
  writeMs: number;
}

export async function generateDataset(
  target: string,
  options: GenerateOptions = {},
): Promise<Generated> {
  const app = await openApp(target, fixedClock(BENCH_NOW));
  try {
    const { db } = app.ctx.store;
    const existing = await db.selectFrom("people").select("id").limit(1).execute();
    if (existing.length > 0) throw new Error(`${app.ctx.store.location} already has people`);
    const questions = await db
      .selectFrom("questions")
      .select("id")
      .where("owner_id", "is", null)
      .orderBy("key")
      .execute();
    const started = performance.now();
    const data = planDataset(
      options.seed ?? 1,
      sizesFor(options.people ?? LARGE_SEEKER),
      app.ctx.ownerId,
      questions.map((q) => q.id),
    );
    const planned = performance.now();
    await writeDataset(app.ctx, data);
    const written = performance.now();
    const counts = Object.fromEntries(INSERT_ORDER.map((table) => [table, data[table].length]));
    return { counts, planMs: planned - started, writeMs: written - planned };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      people: { type: "string", default: String(LARGE_SEEKER) },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.db)
    throw new Error("usage: tsx bench/generate.ts --db <file|url> [--people n] [--seed n]");
  const result = await generateDataset(values.db, {
    people: Number(values.people),
    seed: Number(values.seed),
  });
  for (const [table, n] of Object.entries(result.counts)) console.log(`${table.padEnd(24)} ${n}`);
  console.log(
    `planned in ${result.planMs.toFixed(0)} ms, written in ${result.writeMs.toFixed(0)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
