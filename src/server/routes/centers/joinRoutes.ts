// Joining without a session: the invitation's page reads what joining shares, a personal
// invitation's person makes an account, and a join link's visitor asks for a personal
// invitation by mail. The token is the key; nothing here shows a seeker's data.
import { z } from "@hono/zod-openapi";
import type { InvitationMail } from "../../../app/centers/invitations.js";
import {
  type AccountMaker,
  joinWithAccount,
  previewInvitation,
  requestJoinMail,
} from "../../../app/centers/joining.js";
import {
  invitationPreviewSchema,
  joinByMail,
  joinWithNewAccount,
  tokenBody,
} from "../../../app/views/centers.js";
import type { Api } from "../../api.js";
import { route } from "../route.js";

export const JOIN_BASE_PATH = "/api/join/";

const tag = "consent";

export function joinRoutes(
  api: Api,
  options: { mail: InvitationMail; accounts: AccountMaker },
): void {
  route(api, {
    operationId: "previewInvitation",
    method: "post",
    path: "/api/join/preview",
    tag,
    summary: "What an invitation is for and what joining shares (no session needed)",
    body: tokenBody,
    response: invitationPreviewSchema,
    run: (ctx, { body }) => previewInvitation(ctx, body.token),
  });
  route(api, {
    operationId: "joinWithNewAccount",
    method: "post",
    path: "/api/join/new-account",
    tag,
    summary: "Make an account at a personal invitation's address and join; then sign in",
    body: joinWithNewAccount,
    response: z.object({ programId: z.string(), email: z.string() }),
    status: 201,
    run: (ctx, { body }) => joinWithAccount(ctx, body, options.accounts),
  });
  route(api, {
    operationId: "requestJoinMail",
    method: "post",
    path: "/api/join/by-mail",
    tag,
    summary: "From a join link: mail a personal invitation to your address (once in 10 minutes)",
    body: joinByMail,
    response: z.object({ sent: z.boolean() }),
    run: (ctx, { body }) => requestJoinMail(ctx, body, options.mail),
  });
}
