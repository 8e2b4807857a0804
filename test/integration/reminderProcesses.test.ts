// Reminders as they run for real, in separate processes, mail over SMTP on 127.0.0.1:
// - two `serve --accounts` instances on one PostgreSQL, the mail server down when they start and
//   up a moment later: each person gets one digest and one thank-you nudge, no more (pg-boss
//   retries with backoff; the sent-once record stops the second instance);
// - the nudge job is written in the transaction that marks the conversation held;
// - `inroads digest --send` twice in local mode: one mail.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../src/app/open.js";
import { createApp } from "../../src/server/app.js";
import { startPgBossReminders } from "../../src/server/jobs/pgBossReminders.js";
import { listAccounts } from "../../src/store/repositories/accounts.repository.js";
import { clientOf } from "../support/api.js";
import { buildConversation } from "../support/builders.js";
import { freshDatabase, TEST_NOW, type TestDatabase } from "../support/databases.js";
import { runCliAsync, type ServerProcess, startServerProcess } from "../support/process.js";
import { type SmtpInbox, smtpInbox, waitForMail } from "../support/smtpInbox.js";

const HELD_AT = "2026-11-22T14:00:00.000Z"; // 19 hours before TEST_NOW
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("two server instances on one PostgreSQL send each reminder once", () => {
  let database: TestDatabase;
  let inbox: SmtpInbox;
  const instances: ServerProcess[] = [];

  async function nudgeJobs(app: OpenApp): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pgboss.job where name = 'reminders-nudge'`.execute(
      app.ctx.store.db,
    );
    return rows[0]?.n ?? 0;
  }

  beforeAll(async () => {
    database = await freshDatabase("postgres");
    for (const email of ["ana@example.org", "ben@example.org"]) {
      const added = await runCliAsync(
        ["--db", database.target, "users", "add", email, "--password-stdin"],
        {},
        "a long enough pass phrase\n",
      );
      expect(added.status, added.stderr).toBe(0);
    }
  }, 60_000);

  afterAll(async () => {
    for (const instance of instances) instance.child.kill("SIGTERM");
    await inbox?.close();
    await database?.destroy();
  });

  it("queues the nudge in the transaction that marks the conversation held", async () => {
    const app = await database.open(TEST_NOW);
    const queue = await startPgBossReminders({
      databaseUrl: database.target,
      retryDelaySeconds: 1,
      log: () => {},
    });
    try {
      for (const account of await listAccounts(app.ctx.store.handle)) {
        const ctx = { ...app.ctx, ownerId: account.id, jobs: queue.jobs };
        const api = clientOf(createApp(ctx, { version: "test" }));
        await api.put("/api/settings", { timeZone: "UTC" });
        const conversation = await buildConversation(api, {});
        await api.post(`/api/conversations/${conversation.id}/schedule`, { scheduledAt: HELD_AT });
        // A refused step (thanked before held) is rolled back and queues nothing.
        const refused = await api.post(`/api/conversations/${conversation.id}/thanked`, {
          nameChecked: true,
        });
        expect(refused.status).toBe(409);
        const before = await nudgeJobs(app);
        const held = await api.post(`/api/conversations/${conversation.id}/held`, {
          heldAt: HELD_AT,
        });
        expect(held.status).toBe(200);
        expect(await nudgeJobs(app)).toBe(before + 1);
      }
    } finally {
      await queue.stop();
      await app.close();
    }
  }, 30_000);

  it("sends one digest and one nudge per person, though SMTP was down at first", async () => {
    inbox = await smtpInbox({ down: true });
    const env = {
      SMTP_URL: inbox.url,
      MAIL_FROM: "Inroads <inroads@example.org>",
      INROADS_NOW: TEST_NOW,
      INROADS_MAIL_RETRY_SECONDS: "1",
    };
    const started = await Promise.all([
      startServerProcess(database.target, env, ["--accounts"]),
      startServerProcess(database.target, env, ["--accounts"]),
    ]);
    instances.push(...started);
    await pause(1500); // the first sends fail: nobody answers on the port
    expect(inbox.mail).toHaveLength(0);
    await inbox.start();
    await waitForMail(inbox, 4, 30_000);
    await pause(3000); // time for any duplicate to arrive
    const received = inbox.mail
      .map(
        (m) =>
          `${JSON.stringify(m.to)} ${m.subject?.startsWith("Inroads:") ? "digest" : m.subject}`,
      )
      .sort();
    expect(received).toHaveLength(4);
    for (const who of ["ana", "ben"]) {
      expect(received.filter((line) => line.includes(`${who}@example.org`))).toHaveLength(2);
    }
    expect(received.filter((line) => line.endsWith("digest"))).toHaveLength(2);
  }, 60_000);
});

describe("inroads digest in local mode", () => {
  let dir: string;
  let inbox: SmtpInbox;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "inroads-digest-"));
    inbox = await smtpInbox();
  });
  afterAll(async () => {
    await inbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints today's digest, and --send twice mails it once", async () => {
    const db = join(dir, "local.sqlite");
    const env = { INROADS_NOW: TEST_NOW, SMTP_URL: inbox.url };
    expect((await runCliAsync(["--db", db, "demo"], env)).status).toBe(0);
    const printed = await runCliAsync(["--db", db, "digest"], env);
    expect(printed.stdout).toMatch(/^Your day, 2026-11-2\d/);
    const first = await runCliAsync(
      ["--db", db, "digest", "--send", "--to", "me@example.org"],
      env,
    );
    expect(first.stdout, first.stderr).toMatch(/: sent$/m);
    const second = await runCliAsync(
      ["--db", db, "digest", "--send", "--to", "me@example.org"],
      env,
    );
    expect(second.stdout).toMatch(/already sent today: nothing sent/);
    await waitForMail(inbox, 1);
    expect(inbox.mail).toHaveLength(1);
    expect(inbox.mail[0]?.text).toContain("Your day,");
  }, 30_000);
});
