// Career centers, the staff's side (server mode): centers and their staff and shared material,
// programs with their milestones and invitations, the cohort dashboard, one seeker's view, and
// what staff write about a seeker (comments the seeker reads, private notes they never do).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Cohort,
  CohortRow,
  centerSchema,
  centerSummarySchema,
  cohortQuery,
  invitationCreatedSchema,
  invitationCsvResultSchema,
  invitationSchema,
  materialSchema,
  milestoneSchema,
  newInvitation,
  newMaterial,
  newMilestone,
  newProgram,
  newStaffMember,
  Program,
  programDetailSchema,
  SeekerView,
  staffMemberSchema,
} from "../../app/views/centers.js";
import { api } from "./client";
import type { Stale } from "./keys";

export type CenterSummary = z.output<typeof centerSummarySchema>;
export type Center = z.output<typeof centerSchema>;
export type StaffMember = z.output<typeof staffMemberSchema>;
export type Material = z.output<typeof materialSchema>;
export type ProgramDetail = z.output<typeof programDetailSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Invitation = z.output<typeof invitationSchema>;
export type InvitationCreated = z.output<typeof invitationCreatedSchema>;
export type CsvInvitations = z.output<typeof invitationCsvResultSchema>;
// The output type: the input of z.coerce fields is unknown, and the page sends numbers anyway.
export type CohortFilters = Partial<z.output<typeof cohortQuery>>;
export type { Cohort, CohortRow, Program, SeekerView };

const enc = encodeURIComponent;

export const centerKeys = {
  root: ["centers"],
  list: ["centers", "list"],
  center: (id: string) => ["centers", "center", id],
  program: (id: string) => ["centers", "program", id],
  cohort: (id: string, filters: CohortFilters) => ["centers", "cohort", id, filters],
  seeker: (programId: string, seekerId: string) => ["centers", "seeker", programId, seekerId],
} as const;

/** Any change by staff: every staff page reads again (they are small, and all about one center). */
export const centersChanged: Stale = [centerKeys.root];

export const useCenters = (enabled = true) =>
  useQuery({
    queryKey: centerKeys.list,
    queryFn: () => api.get<CenterSummary[]>("/api/centers"),
    enabled,
    staleTime: 60_000,
  });

export const useCenter = (id: string) =>
  useQuery({
    queryKey: centerKeys.center(id),
    queryFn: () => api.get<Center>(`/api/centers/${enc(id)}`),
  });

export const createCenter = (name: string) => api.post<CenterSummary>("/api/centers", { name });

export const addStaff = (centerId: string, member: z.input<typeof newStaffMember>) =>
  api.post<StaffMember>(`/api/centers/${enc(centerId)}/staff`, member);

export const removeStaff = (centerId: string, userId: string) =>
  api.delete(`/api/centers/${enc(centerId)}/staff/${enc(userId)}`);

export const addMaterial = (centerId: string, material: z.input<typeof newMaterial>) =>
  api.post<Material>(`/api/centers/${enc(centerId)}/material`, material);

export const removeMaterial = (id: string) => api.delete(`/api/material/${enc(id)}`);

export const createProgram = (centerId: string, program: z.input<typeof newProgram>) =>
  api.post<Program>(`/api/centers/${enc(centerId)}/programs`, program);

export const useProgram = (id: string) =>
  useQuery({
    queryKey: centerKeys.program(id),
    queryFn: () => api.get<ProgramDetail>(`/api/programs/${enc(id)}`),
  });

export const addMilestone = (programId: string, milestone: z.input<typeof newMilestone>) =>
  api.post<Milestone>(`/api/programs/${enc(programId)}/milestones`, milestone);

export const removeMilestone = (id: string) => api.delete(`/api/milestones/${enc(id)}`);

export const createInvitation = (programId: string, terms: z.input<typeof newInvitation>) =>
  api.post<InvitationCreated>(`/api/programs/${enc(programId)}/invitations`, terms);

export const inviteFromCsv = (programId: string, csv: string) =>
  api.post<CsvInvitations>(`/api/programs/${enc(programId)}/invitations/csv`, { csv });

export const revokeInvitation = (id: string) => api.delete(`/api/invitations/${enc(id)}`);

export const useCohort = (programId: string, filters: CohortFilters, enabled = true) =>
  useQuery({
    queryKey: centerKeys.cohort(programId, filters),
    queryFn: () => api.get<Cohort>(`/api/programs/${enc(programId)}/cohort`, filters),
    // A new page or sort keeps the rows on screen until the next ones arrive.
    placeholderData: keepPreviousData,
    enabled,
    // Every read is written in the seekers' access logs: read when asked, not in the background.
    staleTime: 30_000,
  });

export const useSeekerView = (programId: string, seekerId: string) =>
  useQuery({
    queryKey: centerKeys.seeker(programId, seekerId),
    queryFn: () => api.get<SeekerView>(`/api/programs/${enc(programId)}/seekers/${enc(seekerId)}`),
    staleTime: 30_000,
  });

export const addComment = (
  programId: string,
  seekerId: string,
  comment: { kind: "nudge" | "introduction" | "resource"; body: string },
) =>
  api.post<unknown>(`/api/programs/${enc(programId)}/seekers/${enc(seekerId)}/comments`, comment);

export const addStaffNote = (programId: string, seekerId: string, body: string) =>
  api.post<unknown>(`/api/programs/${enc(programId)}/seekers/${enc(seekerId)}/staff-notes`, {
    body,
  });

/** The de-identified report, downloaded by the browser (a link, not a fetch). */
export const reportHref = (programId: string) => `/api/programs/${enc(programId)}/report.csv`;
