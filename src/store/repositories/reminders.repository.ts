// Reminder mail: each owner's choices, the sent-once record, and what the digest and nudge runs
// need to find (accounts with an address, held conversations with no thank-you yet).
import { CompiledQuery } from "kysely";
import { dbOf, type Tx } from "../handle.js";
import type { ReminderSentTable, ReminderSettingsTable } from "../schema.js";

export async function reminderSettingsRow(
  tx: Tx,
  ownerId: string,
): Promise<ReminderSettingsTable | undefined> {
  return dbOf(tx)
    .selectFrom("reminder_settings")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
}

export async function saveReminderSettingsRow(tx: Tx, row: ReminderSettingsTable): Promise<void> {
  const { owner_id: _owner, ...changes } = row;
  await dbOf(tx)
    .insertInto("reminder_settings")
    .values(row)
    .onConflict((oc) => oc.column("owner_id").doUpdateSet(changes))
    .execute();
}

/**
 * Claims a send: true when this call wrote the record, false when one was there already. On
 * PostgreSQL a second claimant waits on the first one's uncommitted row, then finds it.
 */
export async function claimReminder(tx: Tx, row: ReminderSentTable): Promise<boolean> {
  const result = await dbOf(tx)
    .insertInto("reminders_sent")
    .values(row)
    .onConflict((oc) => oc.columns(["owner_id", "kind", "subject"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function sentReminders(
  tx: Tx,
  kind: string,
  subjects: string[],
): Promise<{ ownerId: string; subject: string }[]> {
  if (subjects.length === 0) return [];
  return dbOf(tx)
    .selectFrom("reminders_sent")
    .select(["owner_id as ownerId", "subject"])
    .where("kind", "=", kind)
    .where("subject", "in", subjects)
    .execute();
}

/** Every account that may receive mail: its address, zone and reminder choices (if any). */
export async function mailableOwners(tx: Tx) {
  const rows = await dbOf(tx)
    .selectFrom("user")
    .innerJoin("settings", "settings.owner_id", "user.id")
    .leftJoin("reminder_settings", "reminder_settings.owner_id", "user.id")
    .select([
      "user.id as ownerId",
      "user.email as email",
      "user.banned as banned",
      "settings.time_zone as timeZone",
      "reminder_settings.digest_enabled as digestEnabled",
      "reminder_settings.digest_hour as digestHour",
      "reminder_settings.nudge_enabled as nudgeEnabled",
      "reminder_settings.nudge_after_hours as nudgeAfterHours",
    ])
    .execute();
  return rows.filter((row) => !row.banned);
}

export async function emailOfOwner(tx: Tx, ownerId: string): Promise<string | undefined> {
  const row = await dbOf(tx)
    .selectFrom("user")
    .select(["email", "banned"])
    .where("id", "=", ownerId)
    .executeTakeFirst();
  return row && !row.banned ? row.email : undefined;
}

/** Conversations held and not yet thanked, for every owner (or one), with the person's name. */
export async function heldWithoutThankYou(tx: Tx, ownerId?: string, conversationId?: string) {
  let query = dbOf(tx)
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .select([
      "c.id as conversationId",
      "c.owner_id as ownerId",
      "c.held_at as heldAt",
      "p.full_name as personName",
    ])
    .where("c.status", "=", "held")
    .where("c.thank_you_sent_at", "is", null)
    .where("c.held_at", "is not", null);
  if (ownerId !== undefined) query = query.where("c.owner_id", "=", ownerId);
  if (conversationId !== undefined) query = query.where("c.id", "=", conversationId);
  return query.execute();
}

/**
 * Lets a job queue write its rows through this very transaction (pg-boss's `db` option), so a
 * job exists exactly when the change that caused it was committed.
 */
export function sqlExecutorFor(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await dbOf(tx).executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] };
    },
  };
}
