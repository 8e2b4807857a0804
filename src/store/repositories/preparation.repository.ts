// What a conversation is prepared with: the questions picked for it (with their answers) and
// the pitch for its target.
import { dbOf, type Tx } from "../handle.js";
import { newId } from "../ids.js";

/** The questions picked for a conversation, in order, with the question's own fields. */
export async function picksOf(tx: Tx, ownerId: string, conversationId: string) {
  return dbOf(tx)
    .selectFrom("conversation_questions as cq")
    .innerJoin("questions as q", "q.id", "cq.question_id")
    .select([
      "cq.id",
      "cq.question_id as questionId",
      "cq.position",
      "cq.asked",
      "cq.answer",
      "q.text",
      "q.category",
      "q.phase",
      "q.sensitive",
      "q.minutes",
    ])
    .where("cq.owner_id", "=", ownerId)
    .where("cq.conversation_id", "=", conversationId)
    .orderBy("cq.position")
    .execute();
}

/** Replaces a conversation's picks; each pick keeps the id and answer it had, if any. */
export async function replacePicks(
  tx: Tx,
  ownerId: string,
  conversationId: string,
  picks: readonly { questionId: string; kept?: { id: string; asked: number; answer: string } }[],
  now: string,
): Promise<void> {
  const db = dbOf(tx);
  await db
    .deleteFrom("conversation_questions")
    .where("conversation_id", "=", conversationId)
    .execute();
  if (picks.length > 0) {
    await db
      .insertInto("conversation_questions")
      .values(
        picks.map(({ questionId, kept }, position) => ({
          id: kept?.id ?? newId(),
          owner_id: ownerId,
          conversation_id: conversationId,
          question_id: questionId,
          position,
          asked: kept?.asked ?? 0,
          answer: kept?.answer ?? "",
          updated_at: now,
        })),
      )
      .execute();
  }
}

/** The id of the target's pitch, if one was saved. */
export async function pitchIdOf(
  tx: Tx,
  ownerId: string,
  targetId: string,
): Promise<string | undefined> {
  const row = await dbOf(tx)
    .selectFrom("pitches")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("target_id", "=", targetId)
    .executeTakeFirst();
  return row?.id;
}

export interface PitchText {
  whoIAm: string;
  whatIDid: string;
  whatIWant: string;
  howYouCanHelp: string;
}

/** The pitch the owner wrote or changed last, for whichever target. */
export async function latestPitchText(tx: Tx, ownerId: string): Promise<PitchText | undefined> {
  const row = await dbOf(tx)
    .selectFrom("pitches")
    .select(["who_i_am", "what_i_did", "what_i_want", "how_you_can_help"])
    .where("owner_id", "=", ownerId)
    .orderBy("updated_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row
    ? {
        whoIAm: row.who_i_am,
        whatIDid: row.what_i_did,
        whatIWant: row.what_i_want,
        howYouCanHelp: row.how_you_can_help,
      }
    : undefined;
}

/** Writes the target's pitch: over `existingId` when there is one, else as a new row. */
export async function savePitchText(
  tx: Tx,
  ownerId: string,
  targetId: string,
  existingId: string | null,
  parts: PitchText,
  now: string,
): Promise<void> {
  const db = dbOf(tx);
  const row = {
    who_i_am: parts.whoIAm,
    what_i_did: parts.whatIDid,
    what_i_want: parts.whatIWant,
    how_you_can_help: parts.howYouCanHelp,
    updated_at: now,
  };
  if (existingId) {
    await db.updateTable("pitches").set(row).where("id", "=", existingId).execute();
  } else {
    await db
      .insertInto("pitches")
      .values({ id: newId(), owner_id: ownerId, target_id: targetId, ...row })
      .execute();
  }
}
