// Attempts: each request sent for a conversation, numbered, and what came back.
import { dbOf, type Tx } from "../handle.js";

/** What came back from each attempt so far, so the limit can leave bounces out. */
export async function attemptResponsesOf(
  tx: Tx,
  ownerId: string,
  conversationId: string,
): Promise<{ response: string }[]> {
  return dbOf(tx)
    .selectFrom("attempts")
    .select("response")
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "=", conversationId)
    .execute();
}

export async function insertAttempt(
  tx: Tx,
  attempt: {
    id: string;
    ownerId: string;
    conversationId: string;
    number: number;
    channel: string;
    sentAt: string;
    message: string;
    createdAt: string;
  },
): Promise<void> {
  await dbOf(tx)
    .insertInto("attempts")
    .values({
      id: attempt.id,
      owner_id: attempt.ownerId,
      conversation_id: attempt.conversationId,
      number: attempt.number,
      channel: attempt.channel,
      sent_at: attempt.sentAt,
      response: "none",
      responded_at: null,
      message: attempt.message,
      created_at: attempt.createdAt,
    })
    .execute();
}

export async function setAttemptResponse(
  tx: Tx,
  ownerId: string,
  id: string,
  response: string,
  respondedAt: string,
): Promise<void> {
  await dbOf(tx)
    .updateTable("attempts")
    .set({ response, responded_at: respondedAt })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}
