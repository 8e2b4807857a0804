// The rows the calendar is written from: conversations with a time, and open follow-ups.
import { dbOf, type Tx } from "../handle.js";

/** What an event needs of a conversation (`c`) and its person (`p`): the calendar and invitations. */
export const EVENT_COLUMNS = [
  "c.id",
  "c.scheduled_at",
  "c.requested_minutes",
  "c.mode",
  "c.place",
  "c.created_at",
  "c.updated_at",
  "p.full_name",
] as const;

/** Conversations with a time in one of these statuses, with whom and where they work. */
export async function conversationsOnCalendar(
  tx: Tx,
  ownerId: string,
  statuses: readonly string[],
) {
  return dbOf(tx)
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .leftJoin("organizations as o", "o.id", "p.organization_id")
    .select([...EVENT_COLUMNS, "o.name as organization_name"])
    .where("c.owner_id", "=", ownerId)
    .where("c.scheduled_at", "is not", null)
    .where("c.status", "in", statuses)
    .orderBy("c.id")
    .execute();
}

/** Every open follow-up with the person's name. */
export async function openFollowUpsOnCalendar(tx: Tx, ownerId: string) {
  return dbOf(tx)
    .selectFrom("follow_ups as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .select([
      "f.id",
      "f.kind",
      "f.due_on",
      "f.snoozed_until",
      "f.note",
      "f.created_at",
      "f.updated_at",
      "p.full_name",
    ])
    .where("f.owner_id", "=", ownerId)
    .where("f.done_at", "is", null)
    .orderBy("f.id")
    .execute();
}
