// The jobs reminders put on a queue, by name, and the one a change causes: marking a
// conversation held schedules its thank-you nudge, in the same transaction.
import { nudgeDueAt } from "../../domain/reminders.js";
import type { AppContext, Tx } from "../context.js";
import { loadReminderSettings } from "./settings.js";

export const JOB = {
  /** Finds the digests due now and queues them (on a one-minute schedule). */
  sweep: "reminders-sweep",
  digest: "reminders-digest",
  nudge: "reminders-nudge",
} as const;

export async function scheduleThankYouNudge(
  ctx: AppContext,
  tx: Tx,
  conversationId: string,
  heldAt: string,
): Promise<void> {
  if (!ctx.jobs) return;
  const settings = await loadReminderSettings(tx, ctx.ownerId);
  if (!settings.nudge) return;
  await ctx.jobs.enqueue(tx, {
    name: JOB.nudge,
    data: { ownerId: ctx.ownerId, conversationId },
    startAfter: nudgeDueAt(heldAt, settings.nudgeAfterHours),
    singletonKey: conversationId,
  });
}
