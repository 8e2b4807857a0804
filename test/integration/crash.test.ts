// Durability: kill the server with SIGKILL while it acknowledges a stream of writes, reopen
// the file, and check that every write it acknowledged is there and the file is sound.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../support/process.js";

const dir = mkdtempSync(join(tmpdir(), "inroads-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a crash while writing", () => {
  it("keeps every acknowledged write and leaves an intact database", async () => {
    const file = join(dir, "crash.sqlite");
    const server = await startServerProcess(file);
    const acknowledged: string[] = [];
    let stop = false;
    let sent = 0;

    // Four writers keep requests in flight, so the kill lands mid-transaction for some of them.
    const writer = async (lane: number) => {
      while (!stop && sent < 5_000) {
        sent += 1;
        try {
          const response = await fetch(`${server.url}/api/people`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              fullName: `Writer ${lane} #${sent}`,
              notes: "x".repeat(200),
              tags: ["crash"],
            }),
          });
          if (response.status === 201)
            acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    const started = Date.now();
    while (acknowledged.length < 300) {
      if (Date.now() - started > 20_000)
        throw new Error(
          `only ${acknowledged.length} writes acknowledged after ${sent} sent:\n${server.output()}`,
        );
      await new Promise((r) => setTimeout(r, 5));
    }
    server.child.kill("SIGKILL");
    stop = true;
    await Promise.all(writers);
    const child = server.child;
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (!exited) await new Promise((resolve) => child.once("exit", resolve));

    const db = new SqliteDatabase(file);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = new Set(
        (db.prepare("select id from people").all() as { id: string }[]).map((r) => r.id),
      );
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
      // The search index was written in the same transactions as the rows.
      const indexed = db.prepare("select count(*) as n from people_fts").get() as { n: number };
      expect(indexed.n).toBe(stored.size);
    } finally {
      db.close();
    }
  });
});
