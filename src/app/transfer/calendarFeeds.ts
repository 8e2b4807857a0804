// Calendar subscriptions. A feed is a secret link (`/calendar/<token>.ics`) a calendar program
// polls; whoever has the link sees the calendar, so the token is long and random, shown once,
// stored only as a hash, and can be revoked. Calendars ignore alarms in subscribed feeds, so
// reminders stay the app's job (Today); the feed is for seeing the plan beside everything else.
import { createHash, randomBytes } from "node:crypto";
import { NotFound } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import {
  insertCalendarFeed,
  listCalendarFeedRows,
  ownerOfActiveFeed,
  revokeCalendarFeedRow,
} from "../../store/repositories/calendarFeeds.repository.js";
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
  await insertCalendarFeed(ctx.store.handle, row);
  return { ...toFeed(row), token };
}

export async function listCalendarFeeds(ctx: AppContext): Promise<CalendarFeed[]> {
  const rows = await listCalendarFeedRows(ctx.store.handle, ctx.ownerId);
  return rows.map(toFeed);
}

/** Revokes a feed; revoking it again keeps the first revocation's time. */
export async function revokeCalendarFeed(ctx: AppContext, id: string): Promise<CalendarFeed> {
  const row = await revokeCalendarFeedRow(ctx.store.handle, ctx.ownerId, id, ctx.clock.now());
  if (!row) throw new NotFound("calendar feed", id);
  return toFeed(row);
}

/** The calendar behind a token, or null when the token is unknown or revoked. */
export async function calendarForToken(ctx: AppContext, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return null;
  const ownerId = await ownerOfActiveFeed(ctx.store.handle, hashToken(token));
  if (!ownerId) return null;
  // The feed decides whose calendar it is: the link works without a signed-in session.
  return buildCalendar({ ...ctx, ownerId });
}
