// Reminder mail over HTTP: the owner's choices, the one-click unsubscribe link, and the
// invitation for the other person. The unsubscribe link lives outside /api: a mail provider
// posts to it with no session (RFC 8058), and the token in the path is all it needs.
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.js";
import { escapeHtml } from "../../app/mail/render.js";
import { conversationInvitation } from "../../app/pipeline/invitation.js";
import { getReminderSettings, updateReminderSettings } from "../../app/reminders/settings.js";
import { unsubscribe } from "../../app/reminders/unsubscribe.js";
import { reminderSettingsSchema, reminderSettingsUpdate } from "../../app/views/reminders.js";
import { type Api, problemResponses } from "../api.js";
import { problem, respondProblem } from "../problem.js";
import { action, idParam } from "./action.js";

const tokenParam = z.object({ token: z.string().max(200).describe("the link's secret token") });
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title></head><body style="font-family: system-ui, sans-serif; max-width: 32em; margin: 2em auto; padding: 0 1em"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;

const askRoute = createRoute({
  operationId: "showUnsubscribe",
  method: "get",
  path: "/unsubscribe/{token}",
  tags: ["reminders"],
  summary: "A page with one button to stop this kind of mail (a GET alone changes nothing)",
  request: { params: tokenParam },
  responses: {
    200: { description: "the page", content: { "text/html": { schema: z.string() } } },
  },
});

const unsubscribeRoute = createRoute({
  operationId: "unsubscribe",
  method: "post",
  path: "/unsubscribe/{token}",
  tags: ["reminders"],
  summary: "One-click unsubscribe (RFC 8058): the mail the link came in stops; no session needed",
  request: { params: tokenParam },
  responses: {
    200: { description: "done", content: { "text/html": { schema: z.string() } } },
    404: problemResponses[404],
  },
});

const invitationRoute = createRoute({
  operationId: "getConversationInvitation",
  method: "get",
  path: "/api/conversations/{id}/invitation",
  tags: ["conversations"],
  summary: "An iCalendar invitation (METHOD:REQUEST) for the person, to download or attach",
  request: {
    params: idParam,
    query: z.object({
      organizerEmail: z.email().max(320).optional().describe("the seeker's own address"),
    }),
  },
  responses: {
    200: {
      description: "the invitation",
      content: { "text/calendar": { schema: z.string() } },
    },
    ...problemResponses,
  },
});

export function reminderRoutes(api: Api, base: AppContext): void {
  action(api, {
    method: "get",
    operationId: "getReminderSettings",
    path: "/api/reminder-settings",
    tag: "reminders",
    summary: "The daily digest and the thank-you nudge: on or off, the hour, the delay",
    response: reminderSettingsSchema,
    run: (ctx) => getReminderSettings(ctx),
  });
  action(api, {
    method: "put",
    operationId: "updateReminderSettings",
    path: "/api/reminder-settings",
    tag: "reminders",
    summary: "Change the reminder mail; turning one back on retires its old unsubscribe links",
    body: reminderSettingsUpdate,
    response: reminderSettingsSchema,
    run: (ctx, _params, body) => updateReminderSettings(ctx, body),
  });
  api.openapi(invitationRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { organizerEmail } = c.req.valid("query");
    const invitation = await conversationInvitation(c.get("ctx"), id, organizerEmail);
    return c.body(invitation.text, 200, {
      "content-type": "text/calendar; charset=utf-8; method=REQUEST",
      "content-disposition": `attachment; filename="${invitation.fileName}"`,
    });
  });
  api.openapi(askRoute, (c) => {
    const { token } = c.req.valid("param");
    return c.html(
      page(
        "Stop these e-mails?",
        `<form method="post" action="/unsubscribe/${encodeURIComponent(token)}"><button type="submit">Unsubscribe</button></form>`,
      ),
      200,
    );
  });
  api.openapi(unsubscribeRoute, async (c) => {
    const kind = await unsubscribe(base.store, base.clock, c.req.valid("param").token);
    if (kind === null) {
      return respondProblem(
        c,
        problem(404, "Not found", "This unsubscribe link is unknown or no longer works.", [
          { field: "token", message: "unknown or revoked link" },
        ]),
      );
    }
    const what = kind === "digest" ? "the daily digest" : "thank-you nudges";
    return c.html(
      page("Unsubscribed", `<p>You will get no more of ${what}. Turn it back on in Settings.</p>`),
      200,
    );
  });
}
