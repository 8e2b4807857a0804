// Server mode on PostgreSQL: reminders on pg-boss, shared by every instance.
// - pg-boss creates and upgrades its own schema ("pgboss") when it starts, under an advisory
//   lock, so instances starting together are safe; our migrations do not touch it.
// - A one-minute cron job (run by one instance per minute) queues each digest that is due, with
//   the singleton key owner + day: however many instances queue it, one job is waiting.
// - The thank-you nudge is queued by "mark held" itself, in that change's transaction, through
//   pg-boss's `db` option: the job exists exactly when the conversation is held.
// - A failed send (the mail server down) is retried with exponential backoff; a job whose worker
//   died is expired and retried. The sent-once record, written in the transaction that claims
//   the send, keeps a retried or duplicated job from sending twice.
import PgBoss from "pg-boss";
import type { JobQueue } from "../../app/context.js";
import { type ReminderDeps, sendDigest, sendNudge } from "../../app/reminders/deliver.js";
import { dueDigests } from "../../app/reminders/due.js";
import { JOB } from "../../app/reminders/jobs.js";
import { sqlExecutorFor } from "../../store/repositories/reminders.repository.js";

export interface QueueOptions {
  databaseUrl: string;
  /** Seconds before the first retry of a failed send; doubled each time. */
  retryDelaySeconds: number;
  log: (line: string) => void;
}

export interface PgBossReminders {
  jobs: JobQueue;
  /** Starts the workers, once the mail settings and public address are known. */
  work(deps: ReminderDeps): Promise<void>;
  stop(): Promise<void>;
}

interface DigestJob {
  ownerId: string;
  day: string;
}

interface NudgeJob {
  ownerId: string;
  conversationId: string;
}

export async function startPgBossReminders(options: QueueOptions): Promise<PgBossReminders> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: "pgboss",
    application_name: "inroads-jobs",
    max: 4,
  });
  boss.on("error", (error) => options.log(`job queue: ${error.message}`));
  await boss.start();
  const retries = {
    retryLimit: 12,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: true,
    // A job still active after this long is taken for dead (its worker crashed) and retried.
    expireInSeconds: 5 * 60,
  };
  await boss.createQueue(JOB.sweep, { name: JOB.sweep, policy: "short" });
  await boss.createQueue(JOB.digest, { name: JOB.digest, policy: "stately", ...retries });
  await boss.createQueue(JOB.nudge, { name: JOB.nudge, policy: "stately", ...retries });

  const queueDueDigests = async (deps: ReminderDeps) => {
    for (const due of await dueDigests(deps)) {
      await boss.send(JOB.digest, due, { singletonKey: `${due.ownerId}:${due.day}` });
    }
  };

  return {
    jobs: {
      async enqueue(tx, job) {
        await boss.send(job.name, job.data, {
          startAfter: new Date(job.startAfter),
          singletonKey: job.singletonKey,
          db: sqlExecutorFor(tx),
        });
      },
    },
    async work(deps) {
      await boss.schedule(JOB.sweep, "* * * * *");
      await boss.work(JOB.sweep, async () => queueDueDigests(deps));
      await boss.work<DigestJob>(JOB.digest, { pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await sendDigest(deps, job.data.ownerId, job.data.day);
      });
      await boss.work<NudgeJob>(JOB.nudge, { pollingIntervalSeconds: 1 }, async ([job]) => {
        if (!job) return;
        const outcome = await sendNudge(deps, job.data.ownerId, job.data.conversationId);
        // The delay was made longer after the job was queued: ask again in a while.
        if (outcome === "not_due") {
          await boss.send(JOB.nudge, job.data, { startAfter: 15 * 60 });
        }
      });
      // Without waiting for the first minute of the cron: what is due at start goes now.
      await queueDueDigests(deps);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
