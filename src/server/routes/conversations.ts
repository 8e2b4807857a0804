// The conversation's pipeline as its own endpoints: each step is a use case, so the rules run
// whether the web app, the CLI or a script takes it.
import { z } from "@hono/zod-openapi";
import { attemptResource } from "../../app/entities/attempt.js";
import { conversationResource } from "../../app/entities/conversation.js";
import { asStored } from "../../app/entities/stored.js";
import { attemptInput, recordAttempt } from "../../app/pipeline/outreach.js";
import { pickInput, pickQuestions, preparation } from "../../app/pipeline/prepare.js";
import {
  comeBackInput,
  endOrReopen,
  heldInput,
  markHeld,
  markThanked,
  promiseComeBack,
  scheduleConversation,
  scheduleInput,
  thankedInput,
} from "../../app/pipeline/transitions.js";
import { preparationSchema } from "../../app/views/preparation.js";
import type { Api } from "../api.js";
import { action } from "./action.js";

const tag = "conversations";
const empty = z.object({}).strict();
const conversation = conversationResource.entity;
const moved = "the conversation as it now stands";

export function conversationRoutes(api: Api): void {
  action(api, {
    method: "post",
    operationId: "recordAttempt",
    path: "/api/conversations/{id}/attempts",
    tag,
    summary: "Record an outreach attempt (at most the configured number)",
    body: attemptInput,
    response: attemptResource.entity,
    describe: "the attempt",
    status: 201,
    run: async (ctx, { id }, body) =>
      asStored(attemptResource.entity, await recordAttempt(ctx, id, body)),
  });
  action(api, {
    method: "post",
    operationId: "scheduleConversation",
    path: "/api/conversations/{id}/schedule",
    tag,
    summary: "Schedule (or reschedule) the conversation",
    body: scheduleInput,
    response: conversation,
    describe: moved,
    run: async (ctx, { id }, body) =>
      asStored(conversation, await scheduleConversation(ctx, id, body)),
  });
  action(api, {
    method: "post",
    operationId: "markHeld",
    path: "/api/conversations/{id}/held",
    tag,
    summary: "Mark held: sets the thank-you (24 h) and the first check-in",
    body: heldInput,
    response: conversation,
    describe: moved,
    run: async (ctx, { id }, body) => asStored(conversation, await markHeld(ctx, id, body)),
  });
  action(api, {
    method: "post",
    operationId: "markThanked",
    path: "/api/conversations/{id}/thanked",
    tag,
    summary: "Record the thank-you as sent",
    body: thankedInput,
    response: conversation,
    describe: moved,
    run: async (ctx, { id }, body) => asStored(conversation, await markThanked(ctx, id, body)),
  });
  for (const [step, status, operationId] of [
    ["declined", "declined", "markDeclined"],
    ["no-response", "no_response", "markNoResponse"],
    ["cancel", "cancelled", "cancelConversation"],
    ["reopen", "identified", "reopenConversation"],
  ] as const) {
    action(api, {
      operationId,
      method: "post",
      path: `/api/conversations/{id}/${step}`,
      tag,
      summary: `Move the conversation to "${status}"`,
      body: empty,
      response: conversation,
      describe: moved,
      run: async (ctx, { id }) => asStored(conversation, await endOrReopen(ctx, id, status)),
    });
  }
  action(api, {
    method: "post",
    operationId: "promiseComeBack",
    path: "/api/conversations/{id}/come-back",
    tag,
    summary: "Promise to come back after a research step; sets a reminder",
    body: comeBackInput,
    response: conversation,
    describe: "the conversation",
    run: async (ctx, { id }, body) => asStored(conversation, await promiseComeBack(ctx, id, body)),
  });
  action(api, {
    method: "get",
    operationId: "getPreparation",
    path: "/api/conversations/{id}/preparation",
    tag,
    summary: "Agenda, picked questions with their time budget, and the guide for the length",
    response: preparationSchema,
    run: (ctx, { id }) => preparation(ctx, id),
  });
  action(api, {
    method: "put",
    operationId: "pickQuestions",
    path: "/api/conversations/{id}/questions",
    tag,
    summary: "Pick the questions for the conversation, in order",
    body: pickInput,
    response: preparationSchema,
    describe: "the preparation with the new picks",
    run: (ctx, { id }, body) => pickQuestions(ctx, id, body),
  });
}
