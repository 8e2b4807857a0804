// The user's settings: the practice's numbers, each a default they may change.
import type { Kysely } from "kysely";
import { RuleViolation } from "../domain/errors.js";
import { DEFAULT_SETTINGS, type PracticeSettings } from "../domain/settings.js";
import { isValidTimeZone } from "../domain/time.js";
import type { Database, SettingsTable } from "../store/schema.js";
import { type AppContext, inTransaction } from "./context.js";

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

/** The settings as stored; exported for restoring a backup inside its own transaction. */
export function toRow(ownerId: string, settings: PracticeSettings, now: string): SettingsTable {
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

export async function loadSettings(
  db: Kysely<Database>,
  ownerId: string,
): Promise<PracticeSettings> {
  const row = await db
    .selectFrom("settings")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
  return row ? fromRow(row) : DEFAULT_SETTINGS;
}

export function getSettings(ctx: AppContext): Promise<PracticeSettings> {
  return loadSettings(ctx.store.db, ctx.ownerId);
}

export async function updateSettings(
  ctx: AppContext,
  input: Partial<PracticeSettings>,
): Promise<PracticeSettings> {
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
    throw new RuleViolation("timeZone is not a known IANA time zone", [
      { field: "timeZone", message: `unknown time zone "${input.timeZone}"` },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const merged = { ...(await loadSettings(tx, ctx.ownerId)), ...input };
    const row = toRow(ctx.ownerId, merged, ctx.clock.now());
    await tx
      .insertInto("settings")
      .values(row)
      .onConflict((oc) => oc.column("owner_id").doUpdateSet(row))
      .execute();
    return merged;
  });
}

/** The zone this machine runs in, used as the first setting of a new local owner. */
export function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : "UTC";
}

/** Makes sure the owner and its settings exist; in local mode there is one implicit owner. */
export async function ensureOwner(
  db: Kysely<Database>,
  owner: { id: string; name: string; timeZone: string },
  now: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom("owners")
      .select("id")
      .where("id", "=", owner.id)
      .executeTakeFirst();
    if (existing) return;
    await tx
      .insertInto("owners")
      .values({ id: owner.id, name: owner.name, created_at: now })
      .execute();
    await tx
      .insertInto("settings")
      .values(toRow(owner.id, { ...DEFAULT_SETTINGS, timeZone: owner.timeZone }, now))
      .execute();
  });
}
