// Follow-ups and touchpoints: keeping in touch after a conversation.
import type { z } from "zod";
import type { snoozeInput, touchpointInput } from "../../app/pipeline/keepInTouch.js";
import { api } from "./client";
import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type { FollowUp, Touchpoint } from "./types";

export const followUpsApi = resourceClient<FollowUp, Partial<FollowUp>, Partial<FollowUp>>(
  "follow-ups",
);
export const touchpointsApi = resourceClient<Touchpoint, never, Partial<Touchpoint>>("touchpoints");

export const completeFollowUp = (id: string) =>
  api.post<FollowUp>(`/api/follow-ups/${id}/done`, {});

export const snoozeFollowUp = (id: string, body: z.input<typeof snoozeInput>) =>
  api.post<FollowUp>(`/api/follow-ups/${id}/snooze`, body);

export const logTouchpoint = (body: z.input<typeof touchpointInput>) =>
  api.post<Touchpoint>("/api/touchpoints", body);

/** Done or snoozed: Today changes; a check-in done moves the relationship and the next one. */
export const followUpChanged: Stale = [
  roots.followUps,
  roots.today,
  roots.people,
  roots.conversations,
];

/** A touchpoint keeps the relationship in touch: the person, their conversations, check-ins. */
export const touchpointLogged: Stale = [roots.touchpoints, ...followUpChanged];
