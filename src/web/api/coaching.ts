// Coaching, the seeker's side (server mode): the programs joined, the grants that say what
// each coach may see, their receipts, the access log of every staff read, the coaches' comments
// on Today, the center's material to adopt, and joining by an invitation's token.
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  accessLogEntrySchema,
  adoptedSchema,
  commentSchema,
  Grant,
  grantUpdate,
  invitationPreviewSchema,
  Membership,
  newGrant,
  receiptSchema,
} from "../../app/views/centers.js";
import type { Page } from "../../app/views/page.js";
import { api } from "./client";
import { roots, type Stale } from "./keys";

export type AccessLogEntry = z.output<typeof accessLogEntrySchema>;
export type Receipt = z.output<typeof receiptSchema>;
export type CoachComment = z.output<typeof commentSchema>;
export type InvitationPreview = z.output<typeof invitationPreviewSchema>;
export type Adopted = z.output<typeof adoptedSchema>;
export type NewGrant = z.input<typeof newGrant>;
export type { Grant, Membership };

const enc = encodeURIComponent;

export const coachingKeys = {
  root: ["coaching"],
  memberships: ["coaching", "memberships"],
  receipts: ["coaching", "receipts"],
  accessLog: (offset: number) => ["coaching", "access-log", offset],
  comments: ["coaching", "comments"],
} as const;

/** A grant given, changed or revoked, a program joined or left: the whole page reads again. */
export const consentChanged: Stale = [coachingKeys.root];

export const useMemberships = () =>
  useQuery({
    queryKey: coachingKeys.memberships,
    queryFn: () => api.get<Membership[]>("/api/memberships"),
  });

export const useReceipts = () =>
  useQuery({
    queryKey: coachingKeys.receipts,
    queryFn: () => api.get<Receipt[]>("/api/grant-receipts"),
  });

export const ACCESS_LOG_PAGE = 20;

export const useAccessLog = (offset: number) =>
  useQuery({
    queryKey: coachingKeys.accessLog(offset),
    queryFn: () =>
      api.get<Page<AccessLogEntry>>("/api/access-log", { limit: ACCESS_LOG_PAGE, offset }),
  });

export const useCoachComments = (enabled: boolean) =>
  useQuery({
    queryKey: coachingKeys.comments,
    queryFn: () => api.get<CoachComment[]>("/api/coach-comments"),
    enabled,
  });

export const grantAccess = (grant: NewGrant) => api.post<Grant>("/api/grants", grant);

export const changeGrant = (id: string, changes: z.input<typeof grantUpdate>) =>
  api.put<Grant>(`/api/grants/${enc(id)}`, changes);

export const revokeAccess = (id: string) => api.post<Grant>(`/api/grants/${enc(id)}/revoke`);

export const leaveProgram = (programId: string) => api.delete(`/api/memberships/${enc(programId)}`);

export const dismissComment = (id: string) =>
  api.post<unknown>(`/api/coach-comments/${enc(id)}/dismiss`);

/** The copy lands in the seeker's own templates or questions. */
export const adoptMaterial = (id: string) => api.post<Adopted>(`/api/material/${enc(id)}/adopt`);
export const materialAdopted: Stale = [roots.templates, roots.questions];

export const acceptInvitation = (token: string) =>
  api.post<{ programId: string }>("/api/invitations/accept", { token });

// Joining without a session: the token is the key.
export const usePreview = (token: string) =>
  useQuery({
    queryKey: ["join", token],
    queryFn: () => api.post<InvitationPreview>("/api/join/preview", { token }),
    enabled: token !== "",
    retry: false,
  });

export const joinWithNewAccount = (body: { token: string; name: string; password: string }) =>
  api.post<{ programId: string; email: string }>("/api/join/new-account", body);

export const requestJoinMail = (token: string, email: string) =>
  api.post<{ sent: boolean }>("/api/join/by-mail", { token, email });
