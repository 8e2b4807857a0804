// Reads of a person's conversations that the keep-in-touch and referral steps need.
import { dbOf, type Tx } from "../handle.js";

/** When the person's last conversation was held, or null when none was. */
export async function lastHeldAt(
  tx: Tx,
  ownerId: string,
  personId: string,
): Promise<string | null> {
  const row = await dbOf(tx)
    .selectFrom("conversations")
    .select(({ fn }) => fn.max("held_at").as("last"))
    .where("owner_id", "=", ownerId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row?.last ? String(row.last) : null;
}

export async function conversationIdsInStatus(
  tx: Tx,
  ownerId: string,
  personId: string,
  status: string,
): Promise<string[]> {
  const rows = await dbOf(tx)
    .selectFrom("conversations")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("person_id", "=", personId)
    .where("status", "=", status)
    .execute();
  return rows.map((row) => row.id);
}

/** The target of the person's latest conversation that has one: a name they give serves it too. */
export async function latestTargetOf(
  tx: Tx,
  ownerId: string,
  personId: string,
): Promise<string | null> {
  const row = await dbOf(tx)
    .selectFrom("conversations")
    .select("target_id")
    .where("owner_id", "=", ownerId)
    .where("person_id", "=", personId)
    .where("target_id", "is not", null)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row?.target_id ?? null;
}
