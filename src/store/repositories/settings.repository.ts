// The owner's settings row and the owner itself: the practice's numbers, stored one column each.
import { DEFAULT_SETTINGS, type PracticeSettings } from "../../domain/settings.js";
import { dbOf, type Tx } from "../handle.js";
import type { SettingsTable } from "../schema.js";

function fromRow(row: SettingsTable): PracticeSettings {
  return {
    timeZone: row.time_zone,
    requestMinutes: row.request_minutes,
    retryAfterDays: row.retry_after_days,
    maxAttempts: row.max_attempts,
    thankYouWithinHours: row.thank_you_within_hours,
    activeCheckInDays: row.active_check_in_days,
    activePeriodDays: row.active_period_days,
    longRunCheckInDays: row.long_run_check_in_days,
    comeBackAfterDays: row.come_back_after_days,
    speakingRateWpm: row.speaking_rate_wpm,
    pitchMaxSeconds: row.pitch_max_seconds,
    upcomingDays: row.upcoming_days,
  };
}

function toRow(ownerId: string, settings: PracticeSettings, now: string): SettingsTable {
  return {
    owner_id: ownerId,
    time_zone: settings.timeZone,
    request_minutes: settings.requestMinutes,
    retry_after_days: settings.retryAfterDays,
    max_attempts: settings.maxAttempts,
    thank_you_within_hours: settings.thankYouWithinHours,
    active_check_in_days: settings.activeCheckInDays,
    active_period_days: settings.activePeriodDays,
    long_run_check_in_days: settings.longRunCheckInDays,
    come_back_after_days: settings.comeBackAfterDays,
    speaking_rate_wpm: settings.speakingRateWpm,
    pitch_max_seconds: settings.pitchMaxSeconds,
    upcoming_days: settings.upcomingDays,
    updated_at: now,
  };
}

/** The owner's settings, or the defaults when none are stored. */
export async function loadSettings(tx: Tx, ownerId: string): Promise<PracticeSettings> {
  const row = await dbOf(tx)
    .selectFrom("settings")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
  return row ? fromRow(row) : DEFAULT_SETTINGS;
}

/** Writes all of the owner's settings, whether or not a row exists yet. */
export async function saveSettings(
  tx: Tx,
  ownerId: string,
  settings: PracticeSettings,
  now: string,
): Promise<void> {
  const row = toRow(ownerId, settings, now);
  await dbOf(tx)
    .insertInto("settings")
    .values(row)
    .onConflict((oc) => oc.column("owner_id").doUpdateSet(row))
    .execute();
}

/** Makes sure the owner and its settings exist, in one transaction. */
export async function ensureOwner(
  tx: Tx,
  owner: { id: string; name: string; timeZone: string },
  now: string,
): Promise<void> {
  await dbOf(tx)
    .transaction()
    .execute(async (trx) => {
      const existing = await trx
        .selectFrom("owners")
        .select("id")
        .where("id", "=", owner.id)
        .executeTakeFirst();
      if (existing) return;
      await trx
        .insertInto("owners")
        .values({ id: owner.id, name: owner.name, created_at: now })
        .execute();
      await trx
        .insertInto("settings")
        .values(toRow(owner.id, { ...DEFAULT_SETTINGS, timeZone: owner.timeZone }, now))
        .execute();
    });
}
