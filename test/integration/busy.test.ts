// Two processes on one SQLite file: a CLI import beside a serving process, and two servers
// racing the same pipeline steps. Each write waits for the other's lock or is retried; none
// answers 500, and every acknowledged write is there afterwards. (Before write transactions
// took the lock up front and were retried when busy, the import beside the server failed with
// SQLITE_BUSY.)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runCliAsync, type ServerProcess, startServerProcess } from "../support/process.js";
import { linkedInConnections } from "../support/transferFiles.js";

const dir = mkdtempSync(join(tmpdir(), "inroads-busy-"));
const servers: ServerProcess[] = [];
afterAll(() => {
  for (const server of servers) server.child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

async function send(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe("two processes on one SQLite file", () => {
  it("serves writes while a CLI import of 30,000 people runs beside it", async () => {
    const file = join(dir, "import-beside-serve.sqlite");
    const server = await startServerProcess(file);
    servers.push(server);
    const csv = join(dir, "Connections.csv");
    writeFileSync(csv, linkedInConnections(30_000));

    const importing = runCliAsync(["--db", file, "import", csv]);
    let done = false;
    void importing.then(() => {
      done = true;
    });
    const statuses: number[] = [];
    const acknowledged: string[] = [];
    // Two writers for as long as the import runs, bounded in count.
    const writer = async (lane: number) => {
      for (let i = 0; !done && i < 400; i++) {
        const response = await send(server.url, "POST", "/api/people", {
          fullName: `Beside ${lane}-${i}`,
        });
        statuses.push(response.status);
        if (response.status === 201) acknowledged.push(response.body.id);
      }
    };
    await Promise.all([writer(1), writer(2)]);
    const imported = await importing;

    expect(imported.status, imported.stderr).toBe(0);
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    const db = new SqliteDatabase(file, { readonly: true });
    try {
      const count = db.prepare("select count(*) as n from people").get() as { n: number };
      expect(count.n).toBeGreaterThanOrEqual(24_000 + acknowledged.length);
      const placeholders = acknowledged.map(() => "?").join(",");
      const found = db
        .prepare(`select count(*) as n from people where id in (${placeholders})`)
        .get(...acknowledged) as { n: number };
      expect(found.n).toBe(acknowledged.length);
    } finally {
      db.close();
    }
  }, 120_000);

  it("answers two servers racing the same pipeline steps without a 500", async () => {
    const file = join(dir, "two-servers.sqlite");
    const first = await startServerProcess(file);
    servers.push(first);
    const second = await startServerProcess(file);
    servers.push(second);

    const conversations: string[] = [];
    for (let i = 0; i < 20; i++) {
      const person = await send(first.url, "POST", "/api/people", { fullName: `Racer ${i}` });
      const conversation = await send(first.url, "POST", "/api/conversations", {
        personId: person.body.id,
      });
      conversations.push(conversation.body.id);
    }
    // Each conversation is asked from both servers at once, three times over: 120 steps that
    // read the attempts so far and then write the next one.
    const statuses: number[] = [];
    await Promise.all(
      conversations.flatMap((id) =>
        [first, second, first, second, first, second].map(async (server) => {
          const response = await send(server.url, "POST", `/api/conversations/${id}/attempts`, {
            channel: "email",
          });
          statuses.push(response.status);
        }),
      ),
    );
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(40);

    // However the race went, no conversation holds two attempts with one number, or more than
    // the three the practice allows.
    for (const id of conversations) {
      const attempts = await send(second.url, "GET", `/api/attempts?conversationId=${id}`);
      const numbers = (attempts.body.items as { number: number }[]).map((a) => a.number).sort();
      expect(numbers.length).toBeLessThanOrEqual(3);
      expect(new Set(numbers).size).toBe(numbers.length);
    }
  }, 120_000);
});
