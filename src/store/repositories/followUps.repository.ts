// Follow-ups: written by the pipeline's steps, closed when their reason has passed, done or
// snoozed by the seeker.
import type { FollowUpDraft } from "../../domain/followUps.js";
import { dbOf, type Tx } from "../handle.js";
import { newId } from "../ids.js";

export async function insertFollowUps(
  tx: Tx,
  ownerId: string,
  drafts: readonly FollowUpDraft[],
  now: string,
): Promise<void> {
  await dbOf(tx)
    .insertInto("follow_ups")
    .values(
      drafts.map((d) => ({
        id: newId(),
        owner_id: ownerId,
        person_id: d.personId,
        conversation_id: d.conversationId,
        kind: d.kind,
        due_on: d.dueOn,
        due_at: d.dueAt,
        done_at: null,
        snoozed_until: null,
        note: d.note,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

/** Marks the open follow-ups of these kinds, of a conversation or a person, done at `now`. */
export async function closeFollowUps(
  tx: Tx,
  ownerId: string,
  where: { conversationId?: string; personId?: string },
  kinds: readonly string[],
  now: string,
): Promise<void> {
  let query = dbOf(tx)
    .updateTable("follow_ups")
    .set({ done_at: now, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("done_at", "is", null)
    .where("kind", "in", kinds);
  if (where.conversationId) query = query.where("conversation_id", "=", where.conversationId);
  if (where.personId) query = query.where("person_id", "=", where.personId);
  await query.execute();
}

export async function markFollowUpDone(
  tx: Tx,
  ownerId: string,
  id: string,
  doneAt: string,
  now: string,
): Promise<void> {
  await dbOf(tx)
    .updateTable("follow_ups")
    .set({ done_at: doneAt, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}

export async function snoozeFollowUpUntil(
  tx: Tx,
  ownerId: string,
  id: string,
  until: string,
  now: string,
): Promise<void> {
  await dbOf(tx)
    .updateTable("follow_ups")
    .set({ snoozed_until: until, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}
