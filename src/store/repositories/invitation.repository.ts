// What an invitation for the other person is written from: the conversation, whom it is with,
// and who is asking.
import { dbOf, type Tx } from "../handle.js";
import { EVENT_COLUMNS } from "./calendar.repository.js";

export async function conversationForInvitation(tx: Tx, ownerId: string, conversationId: string) {
  return dbOf(tx)
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .innerJoin("owners as w", "w.id", "c.owner_id")
    .select([...EVENT_COLUMNS, "p.emails", "w.name as owner_name"])
    .where("c.owner_id", "=", ownerId)
    .where("c.id", "=", conversationId)
    .executeTakeFirst();
}
