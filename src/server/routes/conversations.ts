// The conversation's pipeline as its own endpoints: each step is a use case, so the rules run
// whether the web app, the CLI or a script takes it.
import { z } from "@hono/zod-openapi";
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
import type { Api } from "../api.js";
import { action } from "./action.js";

const tag = "conversations";
const empty = z.object({}).strict();

export function conversationRoutes(api: Api): void {
  action(api, {
    method: "post",
    path: "/api/conversations/{id}/attempts",
    tag,
    summary: "Record an outreach attempt (at most the configured number)",
    body: attemptInput,
    status: 201,
    run: (ctx, { id }, body) => recordAttempt(ctx, id, body),
  });
  action(api, {
    method: "post",
    path: "/api/conversations/{id}/schedule",
    tag,
    summary: "Schedule (or reschedule) the conversation",
    body: scheduleInput,
    run: (ctx, { id }, body) => scheduleConversation(ctx, id, body),
  });
  action(api, {
    method: "post",
    path: "/api/conversations/{id}/held",
    tag,
    summary: "Mark held: sets the thank-you (24 h) and the first check-in",
    body: heldInput,
    run: (ctx, { id }, body) => markHeld(ctx, id, body),
  });
  action(api, {
    method: "post",
    path: "/api/conversations/{id}/thanked",
    tag,
    summary: "Record the thank-you as sent",
    body: thankedInput,
    run: (ctx, { id }, body) => markThanked(ctx, id, body),
  });
  for (const [step, status] of [
    ["declined", "declined"],
    ["no-response", "no_response"],
    ["cancel", "cancelled"],
    ["reopen", "identified"],
  ] as const) {
    action(api, {
      method: "post",
      path: `/api/conversations/{id}/${step}`,
      tag,
      summary: `Move the conversation to "${status}"`,
      body: empty,
      run: (ctx, { id }) => endOrReopen(ctx, id, status),
    });
  }
  action(api, {
    method: "post",
    path: "/api/conversations/{id}/come-back",
    tag,
    summary: "Promise to come back after a research step; sets a reminder",
    body: comeBackInput,
    run: (ctx, { id }, body) => promiseComeBack(ctx, id, body),
  });
  action(api, {
    method: "get",
    path: "/api/conversations/{id}/preparation",
    tag,
    summary: "Agenda, picked questions with their time budget, and the guide for the length",
    run: (ctx, { id }) => preparation(ctx, id),
  });
  action(api, {
    method: "put",
    path: "/api/conversations/{id}/questions",
    tag,
    summary: "Pick the questions for the conversation, in order",
    body: pickInput,
    run: (ctx, { id }, body) => pickQuestions(ctx, id, body),
  });
}
