import type { Kysely } from "kysely";

export type Engine = "sqlite" | "postgres";

export interface Migration {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day
  up: (db: Kysely<any>, engine: Engine) => Promise<void>;
}
