// Building blocks the pipeline use cases share: load a conversation, move it one step (the
// domain decides whether the step is allowed), and write or close follow-ups. They all run
// inside the caller's transaction.
import type { FollowUpDraft } from "../../domain/followUps.js";
import { assertTransition } from "../../domain/pipeline.js";
import type { ConversationStatus, FollowUpKind } from "../../domain/vocabulary.js";
import { newId } from "../../store/ids.js";
import { getById, updateOne } from "../../store/ownedRepository.js";
import type { Entity, Row } from "../../store/tableSpec.js";
import type { AppContext, Tx } from "../context.js";
import { conversationResource } from "../entities/conversation.js";
import { refreshPersonStage } from "../people.js";

export interface ConversationFacts extends Entity {
  id: string;
  personId: string;
  targetId: string | null;
  status: ConversationStatus;
  heldAt: string | null;
}

export async function loadConversation(
  ctx: AppContext,
  tx: Tx,
  id: string,
): Promise<ConversationFacts> {
  return (await getById(
    tx,
    conversationResource,
    ctx.ownerId,
    id,
    "conversation",
  )) as ConversationFacts;
}

/** Moves a conversation to `status` with the extra columns the step sets, then refreshes the person. */
export async function moveConversation(
  ctx: AppContext,
  tx: Tx,
  conversation: ConversationFacts,
  status: ConversationStatus,
  changes: Entity = {},
): Promise<ConversationFacts> {
  assertTransition(conversation.status, status);
  const updated = await updateOne(
    tx,
    conversationResource,
    ctx.ownerId,
    conversation.id,
    { ...changes, status },
    ctx.clock.now(),
  );
  await refreshPersonStage(ctx, tx, conversation.personId);
  return updated as ConversationFacts;
}

export async function saveFollowUps(
  ctx: AppContext,
  tx: Tx,
  drafts: FollowUpDraft[],
): Promise<void> {
  if (drafts.length === 0) return;
  const now = ctx.clock.now();
  await tx
    .insertInto("follow_ups")
    .values(
      drafts.map((d) => ({
        id: newId(),
        owner_id: ctx.ownerId,
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

/** Marks a conversation's open follow-ups of these kinds done: the reason for them has passed. */
export async function closeFollowUps(
  ctx: AppContext,
  tx: Tx,
  where: { conversationId?: string; personId?: string },
  kinds: FollowUpKind[],
): Promise<void> {
  const now = ctx.clock.now();
  let query = tx
    .updateTable("follow_ups")
    .set({ done_at: now, updated_at: now } satisfies Row)
    .where("owner_id", "=", ctx.ownerId)
    .where("done_at", "is", null)
    .where("kind", "in", kinds);
  if (where.conversationId) query = query.where("conversation_id", "=", where.conversationId);
  if (where.personId) query = query.where("person_id", "=", where.personId);
  await query.execute();
}

export async function touchPerson(
  ctx: AppContext,
  tx: Tx,
  personId: string,
  at: string,
): Promise<void> {
  await tx
    .updateTable("people")
    .set({ last_contact_at: at, updated_at: ctx.clock.now() })
    .where("owner_id", "=", ctx.ownerId)
    .where("id", "=", personId)
    .where((eb) => eb.or([eb("last_contact_at", "is", null), eb("last_contact_at", "<", at)]))
    .execute();
}

export async function keepInTouchDays(
  ctx: AppContext,
  tx: Tx,
  personId: string,
): Promise<number | null> {
  const row = await tx
    .selectFrom("people")
    .select("keep_in_touch_days")
    .where("owner_id", "=", ctx.ownerId)
    .where("id", "=", personId)
    .executeTakeFirst();
  return row?.keep_in_touch_days ?? null;
}
