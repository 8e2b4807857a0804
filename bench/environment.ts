// The run's shared environment: a temp folder, the dataset generated once per engine on first
// use, the PostgreSQL server (started only if a measure needs it), and cleanup at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset } from "./generate.js";
import type { BenchEnv, BenchOptions } from "./measures/measure.js";
import { type PostgresServer, startPostgres } from "./support/postgres.js";

export interface OwnedEnv extends BenchEnv {
  dispose(): Promise<void>;
}

export function createEnvironment(options: BenchOptions): OwnedEnv {
  const workDir = mkdtempSync(join(tmpdir(), "inroads-bench-"));
  const log = (line: string) => console.log(line);
  let sqlite: Promise<string> | null = null;
  let postgres: Promise<string> | null = null;
  let server: PostgresServer | null = null;

  const generate = async (target: string, label: string) => {
    const made = await generateDataset(target, { people: options.people, seed: options.seed });
    log(
      `  generated ${options.people} people on ${label} (seed ${options.seed}): planned ${made.planMs.toFixed(0)} ms, written ${made.writeMs.toFixed(0)} ms`,
    );
    return target;
  };

  return {
    options,
    workDir,
    shared: new Map(),
    log,
    sqliteDatabase() {
      sqlite ??= generate(join(workDir, "large-seeker.sqlite"), "SQLite");
      return sqlite;
    },
    postgresDatabase() {
      postgres ??= (async () => {
        server = await startPostgres();
        const url = await server.createDatabase(`inroads_bench_${process.pid}`);
        return generate(url, "PostgreSQL");
      })();
      return postgres;
    },
    async dispose() {
      const pg = server as PostgresServer | null;
      if (pg) await pg.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
