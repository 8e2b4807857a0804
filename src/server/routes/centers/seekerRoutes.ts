// The seeker's side of coaching: joining, memberships, grants and receipts, the access log,
// comments from staff, and adopting the center's material.
import { z } from "@hono/zod-openapi";
import {
  changeGrant,
  grantAccess,
  listGrants,
  listReceipts,
  revokeAccess,
} from "../../../app/centers/grants.js";
import { acceptInvitation } from "../../../app/centers/joining.js";
import {
  adoptMaterial,
  dismissCommentOf,
  leaveProgram,
  listAccessLog,
  listComments,
  listMemberships,
} from "../../../app/centers/memberships.js";
import {
  accessLogEntrySchema,
  adoptedSchema,
  commentSchema,
  grantSchema,
  grantUpdate,
  membershipSchema,
  newGrant,
  receiptSchema,
  tokenBody,
} from "../../../app/views/centers.js";
import { pageSchema } from "../../../app/views/page.js";
import type { Api } from "../../api.js";
import { route } from "../route.js";

const tag = "consent";
const id = { id: true } as const;

export function seekerRoutes(api: Api): void {
  route(api, {
    operationId: "acceptInvitation",
    method: "post",
    path: "/api/invitations/accept",
    tag,
    summary: "Join the program of an invitation; it shares your name and e-mail, nothing else",
    body: tokenBody,
    response: z.object({ programId: z.string() }),
    run: (ctx, { body }) => acceptInvitation(ctx, body.token),
  });
  route(api, {
    operationId: "listMemberships",
    method: "get",
    path: "/api/memberships",
    tag,
    summary: "The programs you joined, your grants, milestones and the center's material",
    response: z.array(membershipSchema),
    run: (ctx) => listMemberships(ctx),
  });
  route(api, {
    operationId: "leaveProgram",
    method: "delete",
    path: "/api/memberships/{id}",
    tag,
    summary: "Leave a program: your grants end; you keep everything, it keeps only numbers",
    params: id,
    response: null,
    run: (ctx, { params }) => leaveProgram(ctx, params.id),
  });
  route(api, {
    operationId: "grantAccess",
    method: "post",
    path: "/api/grants",
    tag,
    summary: "Let a program's coaches (or one coach) see chosen scopes, until a date",
    body: newGrant,
    response: grantSchema,
    status: 201,
    run: (ctx, { body }) => grantAccess(ctx, body),
  });
  route(api, {
    operationId: "listGrants",
    method: "get",
    path: "/api/grants",
    tag,
    summary: "Every grant you made, in force or not",
    response: z.array(grantSchema),
    run: (ctx) => listGrants(ctx),
  });
  route(api, {
    operationId: "changeGrant",
    method: "put",
    path: "/api/grants/{id}",
    tag,
    summary: "Change a grant's scopes or end date; a receipt records it",
    params: id,
    body: grantUpdate,
    response: grantSchema,
    run: (ctx, { params, body }) => changeGrant(ctx, params.id, body),
  });
  route(api, {
    operationId: "revokeAccess",
    method: "post",
    path: "/api/grants/{id}/revoke",
    tag,
    summary: "Revoke a grant: from the coach's next request they see none of it",
    params: id,
    response: grantSchema,
    run: (ctx, { params }) => revokeAccess(ctx, params.id),
  });
  route(api, {
    operationId: "listGrantReceipts",
    method: "get",
    path: "/api/grant-receipts",
    tag,
    summary: "A dated receipt of every grant and change: scopes, purpose, whom",
    response: z.array(receiptSchema),
    run: (ctx) => listReceipts(ctx),
  });
  route(api, {
    operationId: "listAccessLog",
    method: "get",
    path: "/api/access-log",
    tag,
    summary: "Each time staff viewed or exported your data: who, what, when",
    query: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(50),
      offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    }),
    response: pageSchema(accessLogEntrySchema),
    run: (ctx, { query }) => listAccessLog(ctx, query),
  });
  route(api, {
    operationId: "listCoachComments",
    method: "get",
    path: "/api/coach-comments",
    tag,
    summary: "What your coaches wrote to you, newest first",
    response: z.array(commentSchema),
    run: (ctx) => listComments(ctx),
  });
  route(api, {
    operationId: "dismissCoachComment",
    method: "post",
    path: "/api/coach-comments/{id}/dismiss",
    tag,
    summary: "Take a comment off Today; it stays in the list",
    params: id,
    response: null,
    run: (ctx, { params }) => dismissCommentOf(ctx, params.id),
  });
  route(api, {
    operationId: "adoptMaterial",
    method: "post",
    path: "/api/material/{id}/adopt",
    tag,
    summary: "Copy the center's template or question into your own, then it is yours",
    params: id,
    response: adoptedSchema,
    run: (ctx, { params }) => adoptMaterial(ctx, params.id),
  });
}
