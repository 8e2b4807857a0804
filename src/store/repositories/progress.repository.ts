// The reads behind Progress: every conversation's status, every attempt's answer, how far
// referred people got, when each person was added, where the leads stand and what changed the
// seeker's mind.
import { dbOf, type Tx } from "../handle.js";

export async function progressFacts(tx: Tx, ownerId: string) {
  const db = dbOf(tx);
  const conversations = await db
    .selectFrom("conversations")
    .select(["status", "held_at"])
    .where("owner_id", "=", ownerId)
    .execute();
  const attempts = await db
    .selectFrom("attempts")
    .select(["channel", "response"])
    .where("owner_id", "=", ownerId)
    .execute();
  const referrals = await db
    .selectFrom("referrals as r")
    .innerJoin("people as p", "p.id", "r.person_id")
    .select("p.stage")
    .where("r.owner_id", "=", ownerId)
    .execute();
  const people = await db
    .selectFrom("people")
    .select("created_at")
    .where("owner_id", "=", ownerId)
    .execute();
  const leadStatuses = await db
    .selectFrom("leads")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("owner_id", "=", ownerId)
    .groupBy("status")
    .execute();
  const insightKinds = await db
    .selectFrom("insights")
    .select(["kind", (eb) => eb.fn.countAll<number>().as("n")])
    .where("owner_id", "=", ownerId)
    .groupBy("kind")
    .execute();
  return { conversations, attempts, referrals, people, leadStatuses, insightKinds };
}
