// Asking: each attempt is recorded against the conversation, at most the configured number of
// times, and sets up the retry (or the reminder to let it go) in the same transaction.
import { z } from "zod";
import { assertAttemptAllowed, realAttemptCount } from "../../domain/attempts.js";
import { Conflict } from "../../domain/errors.js";
import { followUpAfterAttempt } from "../../domain/followUps.js";
import { toStoredInstant } from "../../domain/time.js";
import type { AttemptResponse } from "../../domain/vocabulary.js";
import { ATTEMPT_CHANNELS } from "../../domain/vocabulary.js";
import { newId } from "../../store/ids.js";
import { getById } from "../../store/ownedRepository.js";
import {
  attemptResponsesOf,
  insertAttempt,
  setAttemptResponse,
} from "../../store/repositories/attempts.repository.js";
import type { Entity } from "../../store/tableSpec.js";
import { type AppContext, inTransaction } from "../context.js";
import { attemptResource } from "../entities/attempt.js";
import { instant } from "../entities/fields.js";
import { loadSettings } from "../settings.js";
import {
  closeFollowUps,
  loadConversation,
  moveConversation,
  saveFollowUps,
  touchPerson,
} from "./steps.js";

export const attemptInput = z
  .object({
    channel: z.enum(ATTEMPT_CHANNELS).default("email"),
    sentAt: instant.optional().describe("defaults to now"),
    message: z.string().max(100_000).default(""),
  })
  .strict();

export const responseInput = z
  .object({
    response: z.enum(["accepted", "declined", "bounced"]),
    respondedAt: instant.optional(),
  })
  .strict();

export function recordAttempt(
  ctx: AppContext,
  conversationId: string,
  input: z.output<typeof attemptInput>,
): Promise<Entity> {
  return inTransaction(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.ownerId);
    const conversation = await loadConversation(ctx, tx, conversationId);
    const sent = (await attemptResponsesOf(tx, ctx.ownerId, conversationId)).map((a) => ({
      response: a.response as AttemptResponse,
    }));
    // Bounces are numbered like any attempt but do not count toward the limit.
    const count = sent.length;
    assertAttemptAllowed(realAttemptCount(sent), settings);
    const sentAt = toStoredInstant(input.sentAt ?? ctx.clock.now());
    await moveConversation(ctx, tx, conversation, "asked");
    const id = newId();
    await insertAttempt(tx, {
      id,
      ownerId: ctx.ownerId,
      conversationId,
      number: count + 1,
      channel: input.channel,
      sentAt,
      message: input.message,
      createdAt: ctx.clock.now(),
    });
    // A new attempt replaces the reminder the previous one set.
    await closeFollowUps(ctx, tx, { conversationId }, ["retry", "close_outreach"]);
    await saveFollowUps(ctx, tx, [
      followUpAfterAttempt(
        { personId: conversation.personId, conversationId, attemptNumber: count + 1, sentAt },
        settings,
      ),
    ]);
    await touchPerson(ctx, tx, conversation.personId, sentAt);
    return getById(tx, attemptResource, ctx.ownerId, id, "attempt");
  });
}

/** Records what came back. A "no" ends the request; a "yes" stops the retries until it is scheduled. */
export function recordResponse(
  ctx: AppContext,
  attemptId: string,
  input: z.output<typeof responseInput>,
): Promise<Entity> {
  return inTransaction(ctx, async (tx) => {
    const attempt = await getById(tx, attemptResource, ctx.ownerId, attemptId, "attempt");
    if (attempt.response !== "none") {
      throw new Conflict(`this attempt already has a response (${String(attempt.response)})`, [
        { field: "response", message: "already recorded" },
      ]);
    }
    const respondedAt = toStoredInstant(input.respondedAt ?? ctx.clock.now());
    await setAttemptResponse(tx, ctx.ownerId, attemptId, input.response, respondedAt);
    const conversationId = String(attempt.conversationId);
    const conversation = await loadConversation(ctx, tx, conversationId);
    if (input.response !== "bounced") {
      await closeFollowUps(ctx, tx, { conversationId }, ["retry", "close_outreach"]);
      await touchPerson(ctx, tx, conversation.personId, respondedAt);
    }
    if (input.response === "declined" && conversation.status === "asked") {
      await moveConversation(ctx, tx, conversation, "declined");
    }
    return getById(tx, attemptResource, ctx.ownerId, attemptId, "attempt");
  });
}
