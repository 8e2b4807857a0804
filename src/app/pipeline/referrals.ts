// Referrals are the engine of the practice: a name given at the end of a conversation becomes
// a person, linked to whoever gave it, with a new conversation waiting to be asked for.
import { z } from "zod";
import { RuleViolation } from "../../domain/errors.js";
import { getById } from "../../store/ownedRepository.js";
import { latestTargetOf } from "../../store/repositories/conversations.repository.js";
import { organizationNamesOf } from "../../store/repositories/organizations.repository.js";
import type { Entity } from "../../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import { createIn } from "../crud.js";
import { conversationResource } from "../entities/conversation.js";
import { id, optionalId } from "../entities/fields.js";
import { organizationResource } from "../entities/organization.js";
import { personResource } from "../entities/person.js";
import { referralResource } from "../entities/referral.js";
import { asStored } from "../entities/stored.js";
import { createPersonIn, refreshPersonStage } from "../people.js";
import { assertNewReferral } from "../referrals.js";
import { loadSettings } from "../settings.js";
import { type CapturedReferral, capturedReferralSchema } from "../views/referral.js";

export const referralInput = z
  .object({
    fromPersonId: optionalId
      .optional()
      .describe("who gave the name; defaults to the conversation's person"),
    conversationId: optionalId.optional(),
    personId: id.optional().describe("someone already in the network"),
    person: z
      .object({
        fullName: z.string().trim().min(1, "must not be empty").max(300),
        organizationName: z.string().trim().max(300).optional(),
        title: z.string().trim().max(300).optional(),
        email: z.email().optional(),
        notes: z.string().max(5000).optional(),
      })
      .strict()
      .optional()
      .describe("someone new"),
    mayUseName: z.boolean().default(false),
    note: z.string().max(5000).default(""),
  })
  .strict();

export type { CapturedReferral };

async function organizationNamed(ctx: AppContext, tx: Tx, name: string): Promise<string> {
  const rows = await organizationNamesOf(tx, ctx.ownerId);
  const found = rows.find(
    (r) => r.name.localeCompare(name, undefined, { sensitivity: "base" }) === 0,
  );
  if (found) return found.id;
  return String((await createIn(ctx, tx, organizationResource, { name })).id);
}

export function captureReferral(
  ctx: AppContext,
  input: z.output<typeof referralInput>,
): Promise<CapturedReferral> {
  return inTransaction(ctx, async (tx) => {
    const conversation = input.conversationId
      ? await getById(tx, conversationResource, ctx.ownerId, input.conversationId, "conversation")
      : null;
    const fromPersonId =
      input.fromPersonId ?? (conversation ? String(conversation.personId) : null);
    if (!fromPersonId) {
      throw new RuleViolation("say who gave the name", [
        { field: "fromPersonId", message: "required when no conversation is given" },
      ]);
    }
    if ((input.personId ? 1 : 0) + (input.person ? 1 : 0) !== 1) {
      throw new RuleViolation("name either an existing person or a new one", [
        {
          field: input.personId ? "person" : "personId",
          message: "give exactly one of personId and person",
        },
      ]);
    }
    let person: Entity;
    if (input.personId) {
      person = await getById(tx, personResource, ctx.ownerId, input.personId, "person");
    } else if (input.person) {
      const fresh = input.person;
      person = await createPersonIn(ctx, tx, {
        fullName: fresh.fullName,
        title: fresh.title ?? null,
        organizationId: fresh.organizationName
          ? await organizationNamed(ctx, tx, fresh.organizationName)
          : null,
        emails: fresh.email ? [fresh.email] : [],
        notes: fresh.notes ?? "",
        howKnown: "referral",
        referredById: fromPersonId,
      });
    } else {
      throw new RuleViolation("name the person referred", [
        { field: "person", message: "required" },
      ]);
    }
    await assertNewReferral(ctx, tx, fromPersonId, String(person.id));
    const referral = await createIn(ctx, tx, referralResource, {
      fromPersonId,
      personId: person.id,
      conversationId: input.conversationId ?? null,
      mayUseName: input.mayUseName,
      note: input.note,
    });
    // The next conversation, for the same target, waits to be asked for. A name given outside
    // a conversation serves the target of the giver's latest conversation.
    let next: Entity | null = null;
    if (input.person) {
      const settings = await loadSettings(tx, ctx.ownerId);
      next = await createIn(ctx, tx, conversationResource, {
        personId: person.id,
        targetId: conversation
          ? conversation.targetId
          : await latestTargetOf(tx, ctx.ownerId, fromPersonId),
        requestedMinutes: settings.requestMinutes,
        status: "identified",
      });
      await refreshPersonStage(ctx, tx, String(person.id));
      person = await getById(tx, personResource, ctx.ownerId, String(person.id), "person");
    }
    return asStored(capturedReferralSchema, { referral, person, conversation: next });
  });
}
