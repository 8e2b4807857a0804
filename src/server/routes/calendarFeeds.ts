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
import { type Api, problemResponses } from "../api.js";
import { problem, respondProblem } from "../problem.js";
import { action } from "./action.js";

const createFeedRoute = createRoute({
  method: "post",
  path: "/api/calendar-feeds",
  tags: ["calendar"],
  summary: "Create a calendar subscription link; the token and URL are shown only this once",
  responses: {
    201: {
      description: "the feed with its secret URL",
      content: { "application/json": { schema: z.any() } },
    },
    ...problemResponses,
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
    path: "/api/calendar-feeds",
    tag: "calendar",
    summary: "The calendar feeds, without their tokens",
    run: async (ctx) => ({ items: await listCalendarFeeds(ctx) }),
  });
  action(api, {
    method: "post",
    path: "/api/calendar-feeds/{id}/revoke",
    tag: "calendar",
    summary: "Revoke a feed: its link stops working at once",
    run: (ctx, { id }) => revokeCalendarFeed(ctx, id),
  });
  api.get("/calendar/:file", async (c) => {
    const token = /^(.+)\.ics$/.exec(c.req.param("file"))?.[1];
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
