// The conversation's steps after the ask: scheduled, held, thanked, and the ways it can end.
// Each step is one use case and one transaction; the follow-ups it implies are written with it.
import { z } from "zod";
import { comeBackFollowUp, followUpsAfterHeld } from "../../domain/followUps.js";
import { assertTransition } from "../../domain/pipeline.js";
import { assertThankYouReady } from "../../domain/thankYou.js";
import { dateInZone, toStoredInstant } from "../../domain/time.js";
import { CONVERSATION_MODES, THANK_YOU_CHANNELS } from "../../domain/vocabulary.js";
import { getById } from "../../store/ownedRepository.js";
import { type AppContext, inTransaction } from "../context.js";
import { instant } from "../entities/fields.js";
import { personResource } from "../entities/person.js";
import { scheduleThankYouNudge } from "../reminders/jobs.js";
import { loadSettings } from "../settings.js";
import {
  type ConversationFacts,
  closeFollowUps,
  keepInTouchDays,
  loadConversation,
  moveConversation,
  saveFollowUps,
  touchPerson,
} from "./steps.js";

export const scheduleInput = z
  .object({
    scheduledAt: instant,
    mode: z.enum(CONVERSATION_MODES).optional(),
    place: z.string().trim().max(1000).nullable().optional(),
    requestedMinutes: z.number().int().min(5).max(180).optional(),
  })
  .strict();

export const heldInput = z
  .object({
    heldAt: instant.optional().describe("defaults to now"),
    notes: z.string().max(100_000).optional(),
  })
  .strict();

export const thankedInput = z
  .object({
    sentAt: instant.optional().describe("defaults to now"),
    channel: z.enum(THANK_YOU_CHANNELS).default("email"),
    nameChecked: z
      .boolean()
      .describe("the spelling of their name was checked; a thank-you is refused (409) without it"),
  })
  .strict();

export const comeBackInput = z
  .object({
    step: z.string().trim().min(1, "say what you promised to do").max(1000),
    afterDays: z.number().int().min(1).max(730).nullable().optional(),
  })
  .strict();

export function scheduleConversation(
  ctx: AppContext,
  id: string,
  input: z.output<typeof scheduleInput>,
): Promise<ConversationFacts> {
  return inTransaction(ctx, async (tx) => {
    const conversation = await loadConversation(ctx, tx, id);
    const moved = await moveConversation(ctx, tx, conversation, "scheduled", {
      scheduledAt: toStoredInstant(input.scheduledAt),
      ...(input.mode ? { mode: input.mode } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.requestedMinutes ? { requestedMinutes: input.requestedMinutes } : {}),
    });
    // They said yes: no more retries for this request.
    await closeFollowUps(ctx, tx, { conversationId: id }, ["retry", "close_outreach"]);
    return moved;
  });
}

/** Records the conversation as held and sets up the thank-you and the first check-in. */
export function markHeld(
  ctx: AppContext,
  id: string,
  input: z.output<typeof heldInput>,
): Promise<ConversationFacts> {
  return inTransaction(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.ownerId);
    const conversation = await loadConversation(ctx, tx, id);
    const heldAt = toStoredInstant(input.heldAt ?? ctx.clock.now());
    const moved = await moveConversation(ctx, tx, conversation, "held", {
      heldAt,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    });
    const override = await keepInTouchDays(ctx, tx, conversation.personId);
    await saveFollowUps(
      ctx,
      tx,
      followUpsAfterHeld(
        { personId: conversation.personId, conversationId: id, heldAt, keepInTouchDays: override },
        settings,
      ),
    );
    await touchPerson(ctx, tx, conversation.personId, heldAt);
    await scheduleThankYouNudge(ctx, tx, id, heldAt);
    return moved;
  });
}

export function markThanked(
  ctx: AppContext,
  id: string,
  input: z.output<typeof thankedInput>,
): Promise<ConversationFacts> {
  return inTransaction(ctx, async (tx) => {
    const conversation = await loadConversation(ctx, tx, id);
    // The pipeline speaks first: a conversation never held cannot be thanked, address or not.
    assertTransition(conversation.status, "thanked");
    const person = await getById(tx, personResource, ctx.ownerId, conversation.personId, "person");
    assertThankYouReady({
      channel: input.channel,
      nameChecked: input.nameChecked,
      mailingAddress: (person.mailingAddress as string | null) ?? null,
    });
    const sentAt = toStoredInstant(input.sentAt ?? ctx.clock.now());
    const moved = await moveConversation(ctx, tx, conversation, "thanked", {
      thankYouSentAt: sentAt,
      thankYouChannel: input.channel,
    });
    await closeFollowUps(ctx, tx, { conversationId: id }, ["thank_you"]);
    await touchPerson(ctx, tx, conversation.personId, sentAt);
    return moved;
  });
}

/** Ends or reopens a request: declined, no response, cancelled, or back to identified. */
export function endOrReopen(
  ctx: AppContext,
  id: string,
  status: "declined" | "no_response" | "cancelled" | "identified",
): Promise<ConversationFacts> {
  return inTransaction(ctx, async (tx) => {
    const conversation = await loadConversation(ctx, tx, id);
    const moved = await moveConversation(ctx, tx, conversation, status);
    if (status !== "identified") {
      await closeFollowUps(ctx, tx, { conversationId: id }, ["retry", "close_outreach"]);
    }
    return moved;
  });
}

/** "I'll do that research and come back to you": a reminder to keep the promise. */
export function promiseComeBack(
  ctx: AppContext,
  id: string,
  input: z.output<typeof comeBackInput>,
): Promise<ConversationFacts> {
  return inTransaction(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.ownerId);
    const conversation = await loadConversation(ctx, tx, id);
    const today = dateInZone(ctx.clock.now(), settings.timeZone);
    await saveFollowUps(ctx, tx, [
      comeBackFollowUp(
        {
          personId: conversation.personId,
          conversationId: id,
          promisedOn: today,
          afterDays: input.afterDays ?? null,
          step: input.step,
        },
        settings,
      ),
    ]);
    return conversation;
  });
}
