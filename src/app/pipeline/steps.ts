// Building blocks the pipeline use cases share: load a conversation, move it one step (the
// domain decides whether the step is allowed), and write or close follow-ups. They all run
// inside the caller's transaction.
import { DATE_RANGE_MESSAGE, inDateRange } from "../../domain/dateRange.js";
import { RuleViolation } from "../../domain/errors.js";
import type { FollowUpDraft } from "../../domain/followUps.js";
import { assertTransition } from "../../domain/pipeline.js";
import type { ConversationStatus, FollowUpKind } from "../../domain/vocabulary.js";
import { getById, updateOne } from "../../store/ownedRepository.js";
import {
  closeFollowUps as closeOpenFollowUps,
  insertFollowUps,
} from "../../store/repositories/followUps.repository.js";
import { keepInTouchDaysOf, recordContact } from "../../store/repositories/people.repository.js";
import type { Entity } from "../../store/tableSpec.js";
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
  // A date near the end of the range can push what it sets past it: refuse the step rather
  // than store a reminder that no calendar or backup could hold.
  for (const draft of drafts) {
    for (const [field, value] of [
      ["dueOn", draft.dueOn],
      ["dueAt", draft.dueAt],
    ] as const) {
      if (value && !inDateRange(value)) {
        throw new RuleViolation(`the reminder this step sets would fall on ${value.slice(0, 10)}`, [
          { field, message: `the ${draft.kind.replace(/_/g, " ")} reminder ${DATE_RANGE_MESSAGE}` },
        ]);
      }
    }
  }
  await insertFollowUps(tx, ctx.ownerId, drafts, ctx.clock.now());
}

/** Marks a conversation's open follow-ups of these kinds done: the reason for them has passed. */
export async function closeFollowUps(
  ctx: AppContext,
  tx: Tx,
  where: { conversationId?: string; personId?: string },
  kinds: FollowUpKind[],
): Promise<void> {
  await closeOpenFollowUps(tx, ctx.ownerId, where, kinds, ctx.clock.now());
}

export async function touchPerson(
  ctx: AppContext,
  tx: Tx,
  personId: string,
  at: string,
): Promise<void> {
  await recordContact(tx, ctx.ownerId, personId, at, ctx.clock.now());
}

export async function keepInTouchDays(
  ctx: AppContext,
  tx: Tx,
  personId: string,
): Promise<number | null> {
  return keepInTouchDaysOf(tx, ctx.ownerId, personId);
}
