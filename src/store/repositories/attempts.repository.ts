// Attempts: each request sent for a conversation, numbered, and what came back.
import { dbOf, type Tx } from "../handle.js";

export async function countAttempts(tx: Tx, conversationId: string): Promise<number> {
  const previous = await dbOf(tx)
    .selectFrom("attempts")
    .select(({ fn }) => fn.countAll<number>().as("n"))
    .where("conversation_id", "=", conversationId)
    .executeTakeFirstOrThrow();
  return Number(previous.n);
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
