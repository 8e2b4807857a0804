// Conversations: the five routes, the pipeline's steps, and the preparation view.
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { attemptInput } from "../../app/pipeline/outreach.js";
import type {
  comeBackInput,
  heldInput,
  scheduleInput,
  thankedInput,
} from "../../app/pipeline/transitions.js";
import { api } from "./client";
import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type {
  Attempt,
  Conversation,
  ConversationCreate,
  ConversationUpdate,
  Preparation,
} from "./types";

export const conversationsApi = resourceClient<
  Conversation,
  ConversationCreate,
  ConversationUpdate
>("conversations");

export const conversationKeys = {
  preparation: (id: string) => [...roots.conversations, "preparation", id] as const,
  outreach: (id: string) => [...roots.conversations, "outreach", id] as const,
};

/**
 * A step moves the conversation and the person's stage, closes or sets follow-ups (Today),
 * and counts in Progress.
 */
export const stepTaken: Stale = [
  roots.conversations,
  roots.people,
  roots.attempts,
  roots.followUps,
  roots.today,
  roots.progress,
];

/** A new conversation shows on its person, in the lists and in the target's coverage. */
export const conversationAdded: Stale = [
  roots.conversations,
  roots.people,
  roots.targets,
  roots.progress,
];

const step = (id: string, name: string, body: object = {}) =>
  api.post<Conversation>(`/api/conversations/${id}/${name}`, body);

export const pipeline = {
  recordAttempt: (id: string, body: z.input<typeof attemptInput>) =>
    api.post<Attempt>(`/api/conversations/${id}/attempts`, body),
  schedule: (id: string, body: z.input<typeof scheduleInput>) => step(id, "schedule", body),
  markHeld: (id: string, body: z.input<typeof heldInput>) => step(id, "held", body),
  markThanked: (id: string, body: z.input<typeof thankedInput>) => step(id, "thanked", body),
  promiseComeBack: (id: string, body: z.input<typeof comeBackInput>) => step(id, "come-back", body),
  markDeclined: (id: string) => step(id, "declined"),
  markNoResponse: (id: string) => step(id, "no-response"),
  cancel: (id: string) => step(id, "cancel"),
  reopen: (id: string) => step(id, "reopen"),
};

export const getPreparation = (id: string) =>
  api.get<Preparation>(`/api/conversations/${id}/preparation`);

/** Picks the questions in order; answers with the preparation as it now stands. */
export const pickQuestions = (id: string, questionIds: string[]) =>
  api.put<Preparation>(`/api/conversations/${id}/questions`, { questionIds });

export const usePreparation = (id: string) =>
  useQuery({ queryKey: conversationKeys.preparation(id), queryFn: () => getPreparation(id) });
