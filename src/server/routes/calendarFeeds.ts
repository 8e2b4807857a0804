// Calendar subscriptions over HTTP: create a feed (its link is answered once), list and revoke
// feeds, and the feed itself at /calendar/<token>.ics — outside /api because calendar programs
// fetch it without any of the app's session, with nothing but the secret in the link.
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.js";
import {
  calendarForToken,
  createCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
} from "../../app/transfer/calendarFeeds.js";
import {
  calendarFeedListSchema,
  calendarFeedSchema,
  newCalendarFeedSchema,
} from "../../app/views/transfer.js";
import { type Api, problemResponses } from "../api.js";
import { problem, respondProblem } from "../problem.js";
import { action } from "./action.js";

const createFeedRoute = createRoute({
  operationId: "createCalendarFeed",
  method: "post",
  path: "/api/calendar-feeds",
  tags: ["calendar"],
  summary: "Create a calendar subscription link; the token and URL are shown only this once",
  responses: {
    201: {
      description: "the feed with its secret URL",
      content: { "application/json": { schema: newCalendarFeedSchema } },
    },
    ...problemResponses,
  },
});

const calendarFileRoute = createRoute({
  operationId: "getCalendarFile",
  method: "get",
  path: "/calendar/{file}",
  tags: ["calendar"],
  summary: "The subscribed calendar itself; the secret in the link is all it asks for",
  request: { params: z.object({ file: z.string().max(200).describe("<token>.ics") }) },
  responses: {
    200: {
      description: "the calendar, as iCalendar",
      content: { "text/calendar": { schema: z.string() } },
    },
    404: problemResponses[404],
  },
});

export function calendarFeedRoutes(api: Api, ctx: AppContext): void {
  api.openapi(createFeedRoute, async (c) => {
    const feed = await createCalendarFeed(c.get("ctx"));
    const url = `${new URL(c.req.url).origin}/calendar/${feed.token}.ics`;
    return c.json({ ...feed, url }, 201);
  });
  action(api, {
    method: "get",
    operationId: "listCalendarFeeds",
    path: "/api/calendar-feeds",
    tag: "calendar",
    summary: "The calendar feeds, without their tokens",
    response: calendarFeedListSchema,
    run: async (ctx) => ({ items: await listCalendarFeeds(ctx) }),
  });
  action(api, {
    method: "post",
    path: "/api/calendar-feeds/{id}/revoke",
    tag: "calendar",
    operationId: "revokeCalendarFeed",
    summary: "Revoke a feed: its link stops working at once",
    response: calendarFeedSchema,
    describe: "the feed, revoked",
    run: (ctx, { id }) => revokeCalendarFeed(ctx, id),
  });
  api.openapi(calendarFileRoute, async (c) => {
    const token = /^(.+)\.ics$/.exec(c.req.valid("param").file)?.[1];
    const calendar = token === undefined ? null : await calendarForToken(ctx, token);
    if (calendar === null) {
      // Unknown, revoked or malformed: the same answer, so a link's fate cannot be probed.
      return respondProblem(
        c,
        problem(404, "Not found", "No calendar at this address.", [
          { field: "path", message: "unknown or revoked calendar link" },
        ]),
      );
    }
    return c.body(calendar, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "no-store",
    });
  });
}
