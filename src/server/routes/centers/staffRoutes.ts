// The staff's side: centers, staff, material, programs, milestones, invitations, the cohort,
// one seeker's view, comments and private notes, and the program's report.
import { createRoute, z } from "@hono/zod-openapi";
import {
  addMaterial,
  addStaff,
  createCenter,
  getCenter,
  listCenters,
  removeMaterial,
  removeStaff,
} from "../../../app/centers/centers.js";
import { getCohort } from "../../../app/centers/cohort.js";
import {
  createInvitation,
  type InvitationMail,
  inviteFromCsv,
  revokeInvitation,
} from "../../../app/centers/invitations.js";
import {
  addMilestone,
  createProgram,
  getProgram,
  removeMilestone,
  updateProgram,
} from "../../../app/centers/programs.js";
import { programReportCsv } from "../../../app/centers/report.js";
import { getSeekerView } from "../../../app/centers/seekerView.js";
import { addComment, addStaffNote } from "../../../app/centers/staffWriting.js";
import {
  centerSchema,
  centerSummarySchema,
  cohortQuery,
  cohortSchema,
  commentSchema,
  invitationCreatedSchema,
  invitationCsv,
  invitationCsvResultSchema,
  materialSchema,
  milestoneSchema,
  newCenter,
  newComment,
  newInvitation,
  newMaterial,
  newMilestone,
  newProgram,
  newStaffMember,
  newStaffNote,
  programDetailSchema,
  programSchema,
  programUpdate,
  seekerViewSchema,
  staffMemberSchema,
  staffNoteSchema,
} from "../../../app/views/centers.js";
import { type Api, problemResponses } from "../../api.js";
import { route } from "../route.js";

export interface StaffRouteOptions {
  mail: InvitationMail;
  /** Makes an account for new staff and mails them a link to choose a password. */
  inviteAccount: (email: string, name: string) => Promise<void>;
}

const tag = "centers";
const id = { id: true } as const;

export function staffRoutes(api: Api, options: StaffRouteOptions): void {
  route(api, {
    operationId: "listCenters",
    method: "get",
    path: "/api/centers",
    tag,
    summary: "The centers you are staff of, with your role in each",
    response: z.array(centerSummarySchema),
    run: (ctx) => listCenters(ctx),
  });
  route(api, {
    operationId: "createCenter",
    method: "post",
    path: "/api/centers",
    tag,
    summary: "Start a center (a career office, or a coach's own practice); you are its first admin",
    body: newCenter,
    response: centerSummarySchema,
    status: 201,
    run: (ctx, { body }) => createCenter(ctx, body),
  });
  route(api, {
    operationId: "getCenter",
    method: "get",
    path: "/api/centers/{id}",
    tag,
    summary: "A center: its staff, the programs you may see, its shared material",
    params: id,
    response: centerSchema,
    run: (ctx, { params }) => getCenter(ctx, params.id),
  });
  route(api, {
    operationId: "addStaff",
    method: "post",
    path: "/api/centers/{id}/staff",
    tag,
    summary: "Add staff with a role (admin, coach, analyst), or change a member's role (admins)",
    params: id,
    body: newStaffMember,
    response: staffMemberSchema,
    run: (ctx, { params, body }) => addStaff(ctx, params.id, body, options.inviteAccount),
  });
  route(api, {
    operationId: "removeStaff",
    method: "delete",
    path: "/api/centers/{id}/staff/{userId}",
    tag,
    summary: "Take someone off the staff (admins); a center keeps at least one admin",
    params: { id: true, userId: true },
    response: null,
    run: async (ctx, { params }) => removeStaff(ctx, params.id, params.userId),
  });
  route(api, {
    operationId: "addMaterial",
    method: "post",
    path: "/api/centers/{id}/material",
    tag,
    summary: "Share a request or thank-you template, or a question, with the center's seekers",
    params: id,
    body: newMaterial,
    response: materialSchema,
    status: 201,
    run: (ctx, { params, body }) => addMaterial(ctx, params.id, body),
  });
  route(api, {
    operationId: "removeMaterial",
    method: "delete",
    path: "/api/material/{id}",
    tag,
    summary: "Stop sharing it (admins); copies seekers adopted stay theirs",
    params: id,
    response: null,
    run: (ctx, { params }) => removeMaterial(ctx, params.id),
  });
  route(api, {
    operationId: "createProgram",
    method: "post",
    path: "/api/centers/{id}/programs",
    tag,
    summary: "A program (cohort, workshop, term) with its dates, purpose and coaches (admins)",
    params: id,
    body: newProgram,
    response: programSchema,
    status: 201,
    run: (ctx, { params, body }) => createProgram(ctx, params.id, body),
  });
  route(api, {
    operationId: "getProgram",
    method: "get",
    path: "/api/programs/{id}",
    tag,
    summary: "A program, its milestones and (for its admins and coaches) its invitations",
    params: id,
    response: programDetailSchema,
    run: (ctx, { params }) => getProgram(ctx, params.id),
  });
  route(api, {
    operationId: "updateProgram",
    method: "put",
    path: "/api/programs/{id}",
    tag,
    summary: "Change a program's name, purpose, dates or coaches (admins)",
    params: id,
    body: programUpdate,
    response: programSchema,
    run: (ctx, { params, body }) => updateProgram(ctx, params.id, body),
  });
  route(api, {
    operationId: "addMilestone",
    method: "post",
    path: "/api/programs/{id}/milestones",
    tag,
    summary: 'A milestone such as "3 conversations held by week 4", shown to seekers',
    params: id,
    body: newMilestone,
    response: milestoneSchema,
    status: 201,
    run: (ctx, { params, body }) => addMilestone(ctx, params.id, body),
  });
  route(api, {
    operationId: "removeMilestone",
    method: "delete",
    path: "/api/milestones/{id}",
    tag,
    summary: "Remove a milestone",
    params: id,
    response: null,
    run: (ctx, { params }) => removeMilestone(ctx, params.id),
  });
  route(api, {
    operationId: "createInvitation",
    method: "post",
    path: "/api/programs/{id}/invitations",
    tag,
    summary: "Invite one address (mailed, used once) or make a join link that expires",
    params: id,
    body: newInvitation,
    response: invitationCreatedSchema,
    status: 201,
    run: (ctx, { params, body }) => createInvitation(ctx, params.id, body, options.mail),
  });
  route(api, {
    operationId: "inviteFromCsv",
    method: "post",
    path: "/api/programs/{id}/invitations/csv",
    tag,
    summary: "Invite every address of a CSV; bad rows are reported by line, good ones invited",
    params: id,
    body: invitationCsv,
    response: invitationCsvResultSchema,
    run: (ctx, { params, body }) => inviteFromCsv(ctx, params.id, body, options.mail),
  });
  route(api, {
    operationId: "revokeInvitation",
    method: "delete",
    path: "/api/invitations/{id}",
    tag,
    summary: "Revoke an invitation or join link: it lets nobody in from now on",
    params: id,
    response: null,
    run: (ctx, { params }) => revokeInvitation(ctx, params.id),
  });
  route(api, {
    operationId: "getCohort",
    method: "get",
    path: "/api/programs/{id}/cohort",
    tag,
    summary: "The cohort dashboard: each seeker within what their grants allow, with flags",
    params: id,
    query: cohortQuery,
    response: cohortSchema,
    run: (ctx, { params, query }) => getCohort(ctx, params.id, query),
  });
  route(api, {
    operationId: "getSeekerView",
    method: "get",
    path: "/api/programs/{id}/seekers/{seekerId}",
    tag,
    summary: "One seeker's Today, pipeline, coverage and notes, read-only, within the grant",
    params: { id: true, seekerId: true },
    response: seekerViewSchema,
    run: (ctx, { params }) => getSeekerView(ctx, params.id, params.seekerId),
  });
  route(api, {
    operationId: "addCoachComment",
    method: "post",
    path: "/api/programs/{id}/seekers/{seekerId}/comments",
    tag,
    summary: "A comment the seeker reads on Today: a nudge, an introduction, a resource",
    params: { id: true, seekerId: true },
    body: newComment,
    response: commentSchema,
    status: 201,
    run: (ctx, { params, body }) => addComment(ctx, params.id, params.seekerId, body),
  });
  route(api, {
    operationId: "addStaffNote",
    method: "post",
    path: "/api/programs/{id}/seekers/{seekerId}/staff-notes",
    tag,
    summary: "A private note among the program's staff; the seeker does not see it",
    params: { id: true, seekerId: true },
    body: newStaffNote,
    response: staffNoteSchema,
    status: 201,
    run: (ctx, { params, body }) => addStaffNote(ctx, params.id, params.seekerId, body),
  });

  const reportRoute = createRoute({
    operationId: "getProgramReport",
    method: "get",
    path: "/api/programs/{id}/report.csv",
    tags: [tag],
    summary: "The program's aggregates as CSV, de-identified (admins, analysts, its coaches)",
    request: { params: z.object({ id: z.string().min(1).max(64) }) },
    responses: {
      200: { description: "the report", content: { "text/csv": { schema: z.string() } } },
      ...problemResponses,
    },
  });
  api.openapi(reportRoute, async (c) => {
    const report = await programReportCsv(c.get("ctx"), c.req.valid("param").id);
    return c.body(report.text, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${report.fileName}"`,
    });
  });
}
