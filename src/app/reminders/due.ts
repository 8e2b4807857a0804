// What is due now, across every account: the digests whose hour has come in their owner's zone
// and that were not sent that day, and the thank-you nudges whose delay has passed.
import { digestDayAt, isNudgeDue } from "../../domain/reminders.js";
import {
  heldWithoutThankYou,
  mailableOwners,
  sentReminders,
} from "../../store/repositories/reminders.repository.js";
import type { ReminderDeps } from "./deliver.js";
import { reminderSettingsOf } from "./settings.js";

export interface DueDigest {
  ownerId: string;
  day: string;
}

export interface DueNudge {
  ownerId: string;
  conversationId: string;
}

export async function dueDigests(
  deps: Pick<ReminderDeps, "store" | "clock">,
): Promise<DueDigest[]> {
  const now = deps.clock.now();
  const owners = await mailableOwners(deps.store.handle);
  const candidates = owners.flatMap((owner) => {
    const settings = reminderSettingsOf(owner);
    const day = settings.digest ? digestDayAt(now, owner.timeZone, settings.digestHour) : null;
    return day ? [{ ownerId: owner.ownerId, day }] : [];
  });
  const days = [...new Set(candidates.map((c) => c.day))];
  const sent = new Set(
    (await sentReminders(deps.store.handle, "digest", days)).map(
      (r) => `${r.ownerId} ${r.subject}`,
    ),
  );
  return candidates.filter((c) => !sent.has(`${c.ownerId} ${c.day}`));
}

export async function dueNudges(deps: Pick<ReminderDeps, "store" | "clock">): Promise<DueNudge[]> {
  const now = deps.clock.now();
  const owners = new Map(
    (await mailableOwners(deps.store.handle)).map((o) => [o.ownerId, reminderSettingsOf(o)]),
  );
  const held = await heldWithoutThankYou(deps.store.handle);
  const due = held.filter((c) => {
    const settings = owners.get(c.ownerId);
    return (
      settings?.nudge && c.heldAt !== null && isNudgeDue(c.heldAt, settings.nudgeAfterHours, now)
    );
  });
  const sent = new Set(
    (
      await sentReminders(
        deps.store.handle,
        "nudge",
        due.map((c) => c.conversationId),
      )
    ).map((r) => r.subject),
  );
  return due
    .filter((c) => !sent.has(c.conversationId))
    .map((c) => ({ ownerId: c.ownerId, conversationId: c.conversationId }));
}
