// One pass over everything due now, for a single process (server mode on SQLite): every digest
// whose hour has come and every nudge whose delay has passed, each sent once. A mail the server
// refused stays due (its claim was rolled back), so the next pass tries it again.
import type { ReminderDeps } from "./deliver.js";
import { sendDigest, sendNudge } from "./deliver.js";
import { dueDigests, dueNudges } from "./due.js";

export interface TickReport {
  sent: number;
  failed: number;
}

export async function sendDueReminders(
  deps: ReminderDeps,
  report: (error: unknown) => void,
): Promise<TickReport> {
  let sent = 0;
  let failed = 0;
  const attempt = async (send: () => Promise<string>) => {
    try {
      if ((await send()) === "sent") sent++;
    } catch (error) {
      failed++;
      report(error);
    }
  };
  for (const due of await dueDigests(deps)) {
    await attempt(() => sendDigest(deps, due.ownerId, due.day));
  }
  for (const due of await dueNudges(deps)) {
    await attempt(() => sendNudge(deps, due.ownerId, due.conversationId));
  }
  return { sent, failed };
}
