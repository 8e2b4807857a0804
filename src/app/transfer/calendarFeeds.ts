// Calendar subscriptions. A feed is a secret link (`/calendar/<token>.ics`) a calendar program
// polls; whoever has the link sees the calendar, so the token is long and random, shown once,
// stored only as a hash, and can be revoked. Calendars ignore alarms in subscribed feeds, so
// reminders stay the app's job (Today); the feed is for seeing the plan beside everything else.
import { createHash, randomBytes } from "node:crypto";
import { NotFound } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import type { CalendarFeedTable } from "../../store/schema.js";
import type { AppContext } from "../context.js";
import { buildCalendar } from "./calendar.js";

export interface CalendarFeed {
  id: string;
  createdAt: string;
  revokedAt: string | null;
  active: boolean;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function toFeed(row: CalendarFeedTable): CalendarFeed {
  return {
    id: row.id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null,
  };
}

/** Creates a feed; the token in the answer is the only copy there will ever be. */
export async function createCalendarFeed(
  ctx: AppContext,
): Promise<CalendarFeed & { token: string }> {
  // 32 random bytes: a link nobody can guess, in characters that need no escaping in a URL.
  const token = randomBytes(32).toString("base64url");
  const row: CalendarFeedTable = {
    id: newId(),
    owner_id: ctx.ownerId,
    token_hash: hashToken(token),
    created_at: ctx.clock.now(),
    revoked_at: null,
  };
  await ctx.store.db.insertInto("calendar_feeds").values(row).execute();
  return { ...toFeed(row), token };
}

export async function listCalendarFeeds(ctx: AppContext): Promise<CalendarFeed[]> {
  const rows = await ctx.store.db
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("owner_id", "=", ctx.ownerId)
    .orderBy("id")
    .execute();
  return rows.map(toFeed);
}

/** Revokes a feed; revoking it again keeps the first revocation's time. */
export async function revokeCalendarFeed(ctx: AppContext, id: string): Promise<CalendarFeed> {
  await ctx.store.db
    .updateTable("calendar_feeds")
    .set({ revoked_at: ctx.clock.now() })
    .where("owner_id", "=", ctx.ownerId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  const row = await ctx.store.db
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("owner_id", "=", ctx.ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFound("calendar feed", id);
  return toFeed(row);
}

/** The calendar behind a token, or null when the token is unknown or revoked. */
export async function calendarForToken(ctx: AppContext, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return null;
  const feed = await ctx.store.db
    .selectFrom("calendar_feeds")
    .select(["owner_id"])
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!feed) return null;
  // The feed decides whose calendar it is: the link works without a signed-in session.
  return buildCalendar({ ...ctx, ownerId: feed.owner_id });
}
