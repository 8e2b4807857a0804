import { attemptResource } from "../../app/entities/attempt.js";
import { followUpResource } from "../../app/entities/followUp.js";
import { asStored } from "../../app/entities/stored.js";
import { touchpointResource } from "../../app/entities/touchpoint.js";
import {
  completeFollowUp,
  completeInput,
  logTouchpoint,
  snoozeFollowUp,
  snoozeInput,
  touchpointInput,
} from "../../app/pipeline/keepInTouch.js";
import { recordResponse, responseInput } from "../../app/pipeline/outreach.js";
import { captureReferral, referralInput } from "../../app/pipeline/referrals.js";
import { capturedReferralSchema } from "../../app/views/referral.js";
import type { Api } from "../api.js";
import { action } from "./action.js";

/** Keeping in touch and following referrals: the steps after a conversation. */
export function followUpRoutes(api: Api): void {
  action(api, {
    method: "post",
    operationId: "recordResponse",
    path: "/api/attempts/{id}/response",
    tag: "attempts",
    summary: "Record the answer to an attempt",
    body: responseInput,
    response: attemptResource.entity,
    describe: "the attempt with its response",
    run: async (ctx, { id }, body) =>
      asStored(attemptResource.entity, await recordResponse(ctx, id, body)),
  });
  action(api, {
    method: "post",
    operationId: "completeFollowUp",
    path: "/api/follow-ups/{id}/done",
    tag: "follow-ups",
    summary: "Mark a follow-up done; a check-in schedules the next one",
    body: completeInput,
    response: followUpResource.entity,
    describe: "the follow-up, done",
    run: async (ctx, { id }, body) =>
      asStored(followUpResource.entity, await completeFollowUp(ctx, id, body)),
  });
  action(api, {
    method: "post",
    operationId: "snoozeFollowUp",
    path: "/api/follow-ups/{id}/snooze",
    tag: "follow-ups",
    summary: "Hide a follow-up until a later day",
    body: snoozeInput,
    response: followUpResource.entity,
    describe: "the follow-up with its new day",
    run: async (ctx, { id }, body) =>
      asStored(followUpResource.entity, await snoozeFollowUp(ctx, id, body)),
  });
  action(api, {
    method: "post",
    operationId: "logTouchpoint",
    path: "/api/touchpoints",
    tag: "touchpoints",
    summary: "Log something given to or received from a contact",
    body: touchpointInput,
    response: touchpointResource.entity,
    describe: "the touchpoint",
    status: 201,
    run: async (ctx, _params, body) =>
      asStored(touchpointResource.entity, await logTouchpoint(ctx, body)),
  });
  action(api, {
    method: "post",
    path: "/api/referrals/capture",
    tag: "referrals",
    summary:
      "Capture a name given in a conversation: creates the person and their next conversation",
    operationId: "captureReferral",
    body: referralInput,
    response: capturedReferralSchema,
    describe: "the referral, the person and their next conversation",
    status: 201,
    run: (ctx, _params, body) => captureReferral(ctx, body),
  });
}
