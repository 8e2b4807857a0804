// What every measure receives and returns. Measures are independent modules; the environment
// hands them the generated database (made once, on first use) and the PostgreSQL server.
import type { Result } from "../support/report.js";

export interface BenchOptions {
  /** CI's quick run: a small dataset and few repetitions; targets are reported, not enforced. */
  smoke: boolean;
  people: number;
  seed: number;
}

export interface BenchEnv {
  options: BenchOptions;
  /** A temporary folder removed at the end of the run. */
  workDir: string;
  /** The generated SQLite database, made on first use. */
  sqliteDatabase(): Promise<string>;
  /** Another SQLite dataset of this many people (e.g. 100,000 for search), made on first use. */
  sqliteDatabaseOf(people: number): Promise<string>;
  /** The generated dataset on PostgreSQL, made on first use. */
  postgresDatabase(): Promise<string>;
  /** An empty database on the same PostgreSQL server (started if need be), dropped at the end. */
  emptyPostgresDatabase(name: string): Promise<string>;
  /** Values one measure leaves for another to compare with (e.g. SQLite's p95). */
  shared: Map<string, number>;
  log(line: string): void;
}

export interface Measure {
  name: string;
  run(env: BenchEnv): Promise<Result[]>;
}

/** Repetitions: the full count, or a few in smoke runs. */
export function reps(env: BenchEnv, full: number, smoke: number): number {
  return env.options.smoke ? smoke : full;
}
