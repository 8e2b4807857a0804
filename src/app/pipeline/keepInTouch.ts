// After the thank-you: check-ins on a cadence, touchpoints given and received, snoozes. Doing a
// check-in or logging a touchpoint schedules the next one, so the reminder never runs out.
import { z } from "zod";
import { nextCheckIn, snoozeUntil } from "../../domain/followUps.js";
import { dateInZone, toStoredInstant } from "../../domain/time.js";
import { TOUCHPOINT_DIRECTIONS } from "../../domain/vocabulary.js";
import { getById } from "../../store/ownedRepository.js";
import {
  conversationIdsInStatus,
  lastHeldAt,
} from "../../store/repositories/conversations.repository.js";
import {
  markFollowUpDone,
  snoozeFollowUpUntil,
} from "../../store/repositories/followUps.repository.js";
import type { Entity } from "../../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import { createIn } from "../crud.js";
import { calendarDate, id as idField, instant } from "../entities/fields.js";
import { followUpResource } from "../entities/followUp.js";
import { touchpointResource } from "../entities/touchpoint.js";
import { loadSettings } from "../settings.js";
import {
  closeFollowUps,
  keepInTouchDays,
  loadConversation,
  moveConversation,
  saveFollowUps,
  touchPerson,
} from "./steps.js";

export const completeInput = z.object({ doneAt: instant.optional() }).strict();
export const snoozeInput = z
  .object({
    days: z.number().int().min(1).max(365).optional(),
    until: calendarDate.optional(),
  })
  .strict()
  .refine((v) => v.days !== undefined || v.until !== undefined, {
    message: "give days or until",
    path: ["days"],
  });
export const touchpointInput = z
  .object({
    personId: idField,
    direction: z.enum(TOUCHPOINT_DIRECTIONS),
    summary: z.string().trim().min(1, "must not be empty").max(5000),
    occurredOn: calendarDate.optional(),
  })
  .strict();

async function lastConversationOn(
  ctx: AppContext,
  tx: Tx,
  personId: string,
  zone: string,
): Promise<string | null> {
  const last = await lastHeldAt(tx, ctx.ownerId, personId);
  return last ? dateInZone(last, zone) : null;
}

/** The person is in touch now: thanked conversations move on, and the next check-in is set. */
async function keptInTouch(ctx: AppContext, tx: Tx, personId: string, on: string): Promise<void> {
  const settings = await loadSettings(tx, ctx.ownerId);
  const thanked = await conversationIdsInStatus(tx, ctx.ownerId, personId, "thanked");
  for (const id of thanked) {
    await moveConversation(ctx, tx, await loadConversation(ctx, tx, id), "in_touch");
  }
  const talked = await lastConversationOn(ctx, tx, personId, settings.timeZone);
  if (talked === null) return; // no conversation yet: nothing to keep up
  await closeFollowUps(ctx, tx, { personId }, ["check_in"]);
  await saveFollowUps(ctx, tx, [
    nextCheckIn(
      {
        personId,
        lastConversationOn: talked,
        doneOn: on,
        keepInTouchDays: await keepInTouchDays(ctx, tx, personId),
      },
      settings,
    ),
  ]);
}

export function completeFollowUp(
  ctx: AppContext,
  id: string,
  input: z.output<typeof completeInput>,
): Promise<Entity> {
  return inTransaction(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.ownerId);
    const followUp = await getById(tx, followUpResource, ctx.ownerId, id, "follow-up");
    if (followUp.doneAt) return followUp;
    const doneAt = toStoredInstant(input.doneAt ?? ctx.clock.now());
    await markFollowUpDone(tx, ctx.ownerId, id, doneAt, ctx.clock.now());
    const personId = String(followUp.personId);
    if (followUp.kind === "check_in" || followUp.kind === "come_back") {
      await touchPerson(ctx, tx, personId, doneAt);
      await keptInTouch(ctx, tx, personId, dateInZone(doneAt, settings.timeZone));
    }
    return getById(tx, followUpResource, ctx.ownerId, id, "follow-up");
  });
}

export function snoozeFollowUp(
  ctx: AppContext,
  id: string,
  input: z.output<typeof snoozeInput>,
): Promise<Entity> {
  return inTransaction(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.ownerId);
    await getById(tx, followUpResource, ctx.ownerId, id, "follow-up");
    const today = dateInZone(ctx.clock.now(), settings.timeZone);
    const until = input.until ?? snoozeUntil(today, input.days ?? 1);
    await snoozeFollowUpUntil(tx, ctx.ownerId, id, until, ctx.clock.now());
    return getById(tx, followUpResource, ctx.ownerId, id, "follow-up");
  });
}

export function logTouchpoint(
  ctx: AppContext,
  input: z.output<typeof touchpointInput>,
): Promise<Entity> {
  return inTransaction(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.ownerId);
    const today = dateInZone(ctx.clock.now(), settings.timeZone);
    const occurredOn = input.occurredOn ?? today;
    const touchpoint = await createIn(ctx, tx, touchpointResource, { ...input, occurredOn });
    // A touchpoint dated in the past counts from midday of that day; today's from now.
    const at = occurredOn === today ? ctx.clock.now() : `${occurredOn}T12:00:00.000Z`;
    await touchPerson(ctx, tx, input.personId, at);
    await keptInTouch(ctx, tx, input.personId, occurredOn);
    return touchpoint;
  });
}
