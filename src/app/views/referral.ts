// What capturing a referral answers: the referral, the person (new or known) and, for someone
// new, the conversation waiting to be asked for.
import { z } from "zod";
import { conversationResource } from "../entities/conversation.js";
import { personResource } from "../entities/person.js";
import { referralResource } from "../entities/referral.js";

export const capturedReferralSchema = z.object({
  referral: referralResource.entity,
  person: personResource.entity,
  conversation: conversationResource.entity.nullable(),
});

export type CapturedReferral = z.output<typeof capturedReferralSchema>;
