// Server mode on SQLite is one process, so it needs no queue: a timer runs the reminders that
// are due, with the same sent-once records as everywhere else. After a failure the wait grows
// (one tick, two, four… up to an hour), so a mail server that is down is not hammered.
import type { ReminderDeps } from "../../app/reminders/deliver.js";
import { sendDueReminders } from "../../app/reminders/tick.js";

export interface ReminderTimer {
  stop(): Promise<void>;
}

export function startReminderTimer(
  deps: ReminderDeps,
  options: { everySeconds: number; log: (line: string) => void },
): ReminderTimer {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let backoff = 1;
  const schedule = (ticks: number) => {
    if (!stopped) timer = setTimeout(run, ticks * options.everySeconds * 1000);
  };
  const run = () => {
    running = sendDueReminders(deps, (error) =>
      options.log(
        `reminder mail failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    ).then(
      (report) => {
        backoff = report.failed > 0 ? Math.min(backoff * 2, 3600 / options.everySeconds) : 1;
        schedule(report.failed > 0 ? backoff : 1);
      },
      (error) => {
        options.log(`reminders: ${error instanceof Error ? error.message : String(error)}`);
        schedule(1);
      },
    );
  };
  run();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
