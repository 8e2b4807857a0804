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

  const sized = new Map<number, Promise<string>>();
  const generate = async (target: string, label: string, people = options.people) => {
    const made = await generateDataset(target, { people, seed: options.seed });
    log(
      `  generated ${people} people on ${label} (seed ${options.seed}): planned ${made.planMs.toFixed(0)} ms, written ${made.writeMs.toFixed(0)} ms`,
    );
    return target;
  };

  let starting: Promise<PostgresServer> | null = null;
  const postgresServer = () => {
    starting ??= startPostgres().then((started) => {
      server = started;
      return started;
    });
    return starting;
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
    sqliteDatabaseOf(people) {
      if (people === options.people) return this.sqliteDatabase();
      let made = sized.get(people);
      if (!made) {
        made = generate(join(workDir, `people-${people}.sqlite`), "SQLite", people);
        sized.set(people, made);
      }
      return made;
    },
    postgresDatabase() {
      postgres ??= (async () => {
        const url = await (await postgresServer()).createDatabase(`inroads_bench_${process.pid}`);
        return generate(url, "PostgreSQL");
      })();
      return postgres;
    },
    async emptyPostgresDatabase(name) {
      return (await postgresServer()).createDatabase(`inroads_${name}_${process.pid}`);
    },
    async dispose() {
      const pg = server as PostgresServer | null;
      if (pg) await pg.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
