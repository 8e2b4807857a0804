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
import type { Api } from "../api.js";
import { action } from "./action.js";

/** Keeping in touch and following referrals: the steps after a conversation. */
export function followUpRoutes(api: Api): void {
  action(api, {
    method: "post",
    path: "/api/attempts/{id}/response",
    tag: "attempts",
    summary: "Record the answer to an attempt",
    body: responseInput,
    run: (ctx, { id }, body) => recordResponse(ctx, id, body),
  });
  action(api, {
    method: "post",
    path: "/api/follow-ups/{id}/done",
    tag: "follow-ups",
    summary: "Mark a follow-up done; a check-in schedules the next one",
    body: completeInput,
    run: (ctx, { id }, body) => completeFollowUp(ctx, id, body),
  });
  action(api, {
    method: "post",
    path: "/api/follow-ups/{id}/snooze",
    tag: "follow-ups",
    summary: "Hide a follow-up until a later day",
    body: snoozeInput,
    run: (ctx, { id }, body) => snoozeFollowUp(ctx, id, body),
  });
  action(api, {
    method: "post",
    path: "/api/touchpoints",
    tag: "touchpoints",
    summary: "Log something given to or received from a contact",
    body: touchpointInput,
    status: 201,
    run: (ctx, _params, body) => logTouchpoint(ctx, body),
  });
  action(api, {
    method: "post",
    path: "/api/referrals/capture",
    tag: "referrals",
    summary:
      "Capture a name given in a conversation: creates the person and their next conversation",
    body: referralInput,
    status: 201,
    run: (ctx, _params, body) => captureReferral(ctx, body),
  });
}
