// Each owner's reminder choices, kept on the server. An owner who never chose has the defaults
// (digest at 08:00, the nudge after 18 hours): mail they can stop with one click.
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "../../domain/reminders.js";
import type { Tx } from "../../store/handle.js";
import {
  reminderSettingsRow,
  saveReminderSettingsRow,
} from "../../store/repositories/reminders.repository.js";
import { revokeUnsubscribeLinks } from "../../store/repositories/unsubscribe.repository.js";
import { type AppContext, inTransaction } from "../context.js";

export function reminderSettingsOf(row: {
  digestEnabled: number | null;
  digestHour: number | null;
  nudgeEnabled: number | null;
  nudgeAfterHours: number | null;
}): ReminderSettings {
  const d = DEFAULT_REMINDER_SETTINGS;
  return {
    digest: row.digestEnabled === null ? d.digest : row.digestEnabled === 1,
    digestHour: row.digestHour ?? d.digestHour,
    nudge: row.nudgeEnabled === null ? d.nudge : row.nudgeEnabled === 1,
    nudgeAfterHours: row.nudgeAfterHours ?? d.nudgeAfterHours,
  };
}

export async function loadReminderSettings(tx: Tx, ownerId: string): Promise<ReminderSettings> {
  const row = await reminderSettingsRow(tx, ownerId);
  if (!row) return { ...DEFAULT_REMINDER_SETTINGS };
  return reminderSettingsOf({
    digestEnabled: row.digest_enabled,
    digestHour: row.digest_hour,
    nudgeEnabled: row.nudge_enabled,
    nudgeAfterHours: row.nudge_after_hours,
  });
}

export function getReminderSettings(ctx: AppContext): Promise<ReminderSettings> {
  return loadReminderSettings(ctx.store.handle, ctx.ownerId);
}

export async function saveReminderSettings(
  tx: Tx,
  ownerId: string,
  settings: ReminderSettings,
  now: string,
): Promise<void> {
  await saveReminderSettingsRow(tx, {
    owner_id: ownerId,
    digest_enabled: settings.digest ? 1 : 0,
    digest_hour: settings.digestHour,
    nudge_enabled: settings.nudge ? 1 : 0,
    nudge_after_hours: settings.nudgeAfterHours,
    updated_at: now,
  });
}

export function updateReminderSettings(
  ctx: AppContext,
  input: Partial<ReminderSettings>,
): Promise<ReminderSettings> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadReminderSettings(tx, ctx.ownerId);
    const merged = { ...before, ...input };
    await saveReminderSettings(tx, ctx.ownerId, merged, ctx.clock.now());
    // Turning a mail back on retires the unsubscribe links of the mails sent before: a link
    // left in an old mail (or forwarded) should not silently undo the new choice.
    for (const kind of ["digest", "nudge"] as const) {
      if (merged[kind] && !before[kind]) {
        await revokeUnsubscribeLinks(tx, ctx.ownerId, kind, ctx.clock.now());
      }
    }
    return merged;
  });
}
