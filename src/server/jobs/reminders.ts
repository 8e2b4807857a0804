// Which way reminders run in server mode: on pg-boss when the database is PostgreSQL (any number
// of instances), on a timer inside the one process when it is SQLite. Both need a mail server
// (SMTP_URL): without one there is nobody to remind, and nothing is recorded as sent.
import type { AppContext } from "../../app/context.js";
import type { ReminderDeps } from "../../app/reminders/deliver.js";
import type { PgBossReminders } from "./pgBossReminders.js";
import type { ReminderTimer } from "./timerReminders.js";

export interface ServerReminders {
  /** The context requests run in: with the job queue when there is one. */
  ctx: AppContext;
  /** Starts sending; answers the line to print. */
  start(deps: ReminderDeps): Promise<string>;
  stop(): Promise<void>;
}

function seconds(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export async function prepareReminders(
  ctx: AppContext,
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<ServerReminders> {
  if (!env.SMTP_URL) {
    return {
      ctx,
      start: async () => "reminders: off (no SMTP_URL, so no digest or nudge is sent)",
      stop: async () => {},
    };
  }
  let queue: PgBossReminders | undefined;
  let timer: ReminderTimer | undefined;
  if (ctx.store.engine === "postgres") {
    const { startPgBossReminders } = await import("./pgBossReminders.js");
    queue = await startPgBossReminders({
      databaseUrl,
      retryDelaySeconds: seconds(env.INROADS_MAIL_RETRY_SECONDS, 60),
      log,
    });
  }
  return {
    ctx: queue ? { ...ctx, jobs: queue.jobs } : ctx,
    async start(deps) {
      if (queue) {
        await queue.work(deps);
        return "reminders: daily digests and thank-you nudges on the PostgreSQL job queue";
      }
      const { startReminderTimer } = await import("./timerReminders.js");
      const everySeconds = seconds(env.INROADS_REMINDER_SECONDS, 60);
      timer = startReminderTimer(deps, { everySeconds, log });
      return `reminders: daily digests and thank-you nudges, checked every ${everySeconds} s in this process`;
    },
    async stop() {
      await timer?.stop();
      await queue?.stop();
    },
  };
}
