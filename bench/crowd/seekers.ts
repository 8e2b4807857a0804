// The crowd's seekers, made straight in the shared PostgreSQL database for speed: each account
// through the app's own user code (its password hashed as a real one is, its owner row and
// settings made by the account's hook), then each seeker's network planned from the seed and
// written in one transaction per seeker, as the large-seeker dataset is.
import { sql } from "kysely";
import { createAccounts } from "../../src/app/accounts/auth.js";
import { addAccount } from "../../src/app/accounts/users.js";
import { fixedClock } from "../../src/app/context.js";
import { openApp } from "../../src/app/open.js";
import { planDataset } from "../dataset/index.js";
import { sizesFor } from "../dataset/sizes.js";
import { BENCH_NOW } from "../dataset/time.js";
import { writeDataset } from "../writeDataset.js";

export const CROWD_PASSWORD = "a long enough pass phrase for the crowd";

export interface Seeker {
  email: string;
  /** Names of some of their people, typed as searches. */
  names: string[];
  /** Some of their people, opened, noted and given touchpoints. */
  personIds: string[];
  /** Conversations nobody has been asked for yet: each takes one recorded attempt. */
  toAsk: string[];
}

/** Runs `work` over the items, `parallel` at a time. */
async function inParallel<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

export async function makeSeekers(
  url: string,
  options: { seekers: number; people: number; seed: number },
  log: (line: string) => void,
): Promise<Seeker[]> {
  const app = await openApp(url, fixedClock(BENCH_NOW));
  try {
    const accounts = await createAccounts({
      store: app.ctx.store,
      publicUrl: "http://127.0.0.1",
      mailer: { describe: () => "none", send: async () => {} },
      clock: app.ctx.clock,
      defaultTimeZone: "Europe/Paris",
    });
    const emails = Array.from({ length: options.seekers }, (_, i) => `seeker${i}@crowd.example`);
    const started = performance.now();
    // scrypt runs on libuv's threads: a few at once keep both cores busy.
    await inParallel(emails, 4, async (email) => {
      await addAccount(accounts, {
        email,
        name: email.split("@")[0] ?? email,
        password: CROWD_PASSWORD,
        admin: false,
      });
    });
    const accountsMs = performance.now() - started;
    const context = await accounts.auth.$context;
    const questions = await app.ctx.store.db
      .selectFrom("questions")
      .select("id")
      .where("owner_id", "is", null)
      .orderBy("key")
      .execute();
    const seekers: Seeker[] = [];
    for (const [i, email] of emails.entries()) {
      const user = await context.internalAdapter.findUserByEmail(email);
      if (!user) throw new Error(`no account for ${email}`);
      const ownerId = user.user.id;
      const data = planDataset(
        options.seed * 1_000 + i,
        sizesFor(options.people),
        ownerId,
        questions.map((q) => q.id),
      );
      await writeDataset({ ...app.ctx, ownerId }, data);
      seekers.push({
        email,
        names: data.people.slice(0, 40).map((p) => p.full_name),
        personIds: data.people.slice(0, 400).map((p) => p.id),
        toAsk: data.conversations.filter((c) => c.status === "identified").map((c) => c.id),
      });
    }
    // Statistics, as autovacuum would gather them a minute after a load like this.
    await sql`ANALYZE`.execute(app.ctx.store.db);
    log(
      `  made ${options.seekers} seekers × ${options.people} people: accounts ${(accountsMs / 1000).toFixed(1)} s, data ${((performance.now() - started - accountsMs) / 1000).toFixed(1)} s`,
    );
    return seekers;
  } finally {
    await app.close();
  }
}
