// Calendar feeds: the hashes of secret links a calendar program polls, and when each was revoked.
import { dbOf, type Tx } from "../handle.js";
import type { CalendarFeedTable } from "../schema.js";

export async function insertCalendarFeed(tx: Tx, row: CalendarFeedTable): Promise<void> {
  await dbOf(tx).insertInto("calendar_feeds").values(row).execute();
}

export async function listCalendarFeedRows(tx: Tx, ownerId: string): Promise<CalendarFeedTable[]> {
  return dbOf(tx)
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .orderBy("id")
    .execute();
}

/** Revokes the feed unless it already was; returns the row, or undefined when there is none. */
export async function revokeCalendarFeedRow(
  tx: Tx,
  ownerId: string,
  id: string,
  now: string,
): Promise<CalendarFeedTable | undefined> {
  const db = dbOf(tx);
  await db
    .updateTable("calendar_feeds")
    .set({ revoked_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  return db
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Whose feed a token's hash opens, if it is known and not revoked. */
export async function ownerOfActiveFeed(tx: Tx, tokenHash: string): Promise<string | undefined> {
  const feed = await dbOf(tx)
    .selectFrom("calendar_feeds")
    .select(["owner_id"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return feed?.owner_id;
}
