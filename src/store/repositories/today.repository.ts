// The reads behind Today: open follow-ups with whom they concern, attempts so far, and the
// conversations scheduled.
import { dbOf, type Tx } from "../handle.js";

/** Open follow-ups due on or before `horizon`, with the person's name and conversation status. */
export async function openFollowUpsDue(tx: Tx, ownerId: string, horizon: string) {
  return dbOf(tx)
    .selectFrom("follow_ups as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .leftJoin("conversations as c", "c.id", "f.conversation_id")
    .select([
      "f.id",
      "f.kind",
      "f.due_on as dueOn",
      "f.due_at as dueAt",
      "f.done_at as doneAt",
      "f.snoozed_until as snoozedUntil",
      "f.note",
      "f.person_id as personId",
      "f.conversation_id as conversationId",
      "p.full_name as personName",
      "c.status as conversationStatus",
    ])
    .where("f.owner_id", "=", ownerId)
    .where("f.done_at", "is", null)
    .where("f.due_on", "<=", horizon)
    .orderBy("f.due_on")
    .execute();
}

/**
 * How many attempts that reached the person each of these conversations has had (absent:
 * none); bounced ones never did and do not count toward the limit.
 */
export async function attemptCounts(
  tx: Tx,
  ownerId: string,
  conversationIds: string[],
): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await dbOf(tx)
    .selectFrom("attempts")
    .select(["conversation_id", ({ fn }) => fn.countAll<number>().as("n")])
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "in", conversationIds)
    .where("response", "!=", "bounced")
    .groupBy("conversation_id")
    .execute();
  return new Map(rows.map((r) => [r.conversation_id, Number(r.n)]));
}

/** Every conversation in the "scheduled" status, soonest first, with the person's name. */
export async function scheduledConversations(tx: Tx, ownerId: string) {
  return dbOf(tx)
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .select([
      "c.id",
      "c.person_id as personId",
      "p.full_name as personName",
      "c.scheduled_at as scheduledAt",
      "c.mode",
      "c.place",
      "c.requested_minutes as requestedMinutes",
      "c.target_id as targetId",
    ])
    .where("c.owner_id", "=", ownerId)
    .where("c.status", "=", "scheduled")
    .orderBy("c.scheduled_at")
    .execute();
}

/**
 * Conversations waiting to be asked for (status "identified"), oldest first, with the person's
 * name and, for a referral, who introduced them.
 */
export async function conversationsToAsk(tx: Tx, ownerId: string) {
  return dbOf(tx)
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .leftJoin("people as r", (join) =>
      join.onRef("r.id", "=", "p.referred_by_id").on("r.owner_id", "=", ownerId),
    )
    .select([
      "c.id",
      "c.person_id as personId",
      "p.full_name as personName",
      "c.target_id as targetId",
      "c.created_at as since",
      "p.referred_by_id as referredById",
      "r.full_name as referredByName",
    ])
    .where("c.owner_id", "=", ownerId)
    .where("c.status", "=", "identified")
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
}

/** The organizations each of these targets aims at, by name. */
export async function targetOrganizationNames(tx: Tx, ownerId: string, targetIds: string[]) {
  if (targetIds.length === 0) return [];
  return dbOf(tx)
    .selectFrom("target_organizations as t")
    .innerJoin("organizations as o", "o.id", "t.organization_id")
    .select(["t.target_id as targetId", "o.id", "o.name"])
    .where("o.owner_id", "=", ownerId)
    .where("t.target_id", "in", targetIds)
    .orderBy("o.name")
    .execute();
}
