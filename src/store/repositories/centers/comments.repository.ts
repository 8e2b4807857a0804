// What staff write about a seeker: comments the seeker reads on Today, and private notes kept
// among the program's staff. Two tables, so no query can mix them up.
import type { Tx } from "../../handle.js";
import { dbOf } from "../../handle.js";

export interface CommentRow {
  id: string;
  seekerId: string;
  programId: string;
  authorId: string;
  authorName: string;
  kind: string;
  body: string;
  createdAt: string;
}

export async function insertComment(tx: Tx, row: CommentRow) {
  await dbOf(tx)
    .insertInto("coach_comments")
    .values({
      id: row.id,
      seeker_id: row.seekerId,
      program_id: row.programId,
      author_id: row.authorId,
      author_name: row.authorName,
      kind: row.kind,
      body: row.body,
      created_at: row.createdAt,
    })
    .execute();
}

const commentColumns = [
  "cc.id",
  "cc.program_id as programId",
  "p.name as programName",
  "cc.author_name as authorName",
  "cc.kind",
  "cc.body",
  "cc.created_at as createdAt",
  "cc.dismissed_at as dismissedAt",
] as const;

/** The seeker's comments, newest first; the program's name stays even after it is gone. */
export async function commentsForSeeker(tx: Tx, seekerId: string, programId?: string) {
  let query = dbOf(tx)
    .selectFrom("coach_comments as cc")
    .leftJoin("programs as p", "p.id", "cc.program_id")
    .select(commentColumns)
    .where("cc.seeker_id", "=", seekerId);
  if (programId !== undefined) query = query.where("cc.program_id", "=", programId);
  const rows = await query.orderBy("cc.created_at", "desc").limit(200).execute();
  return rows.map((row) => ({ ...row, programName: row.programName ?? "a program that ended" }));
}

export async function dismissComment(
  tx: Tx,
  seekerId: string,
  id: string,
  at: string,
): Promise<number> {
  const result = await dbOf(tx)
    .updateTable("coach_comments")
    .set({ dismissed_at: at })
    .where("id", "=", id)
    .where("seeker_id", "=", seekerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertStaffNote(tx: Tx, row: Omit<CommentRow, "kind">) {
  await dbOf(tx)
    .insertInto("staff_notes")
    .values({
      id: row.id,
      program_id: row.programId,
      seeker_id: row.seekerId,
      author_id: row.authorId,
      author_name: row.authorName,
      body: row.body,
      created_at: row.createdAt,
    })
    .execute();
}

export async function staffNotesOf(tx: Tx, programId: string, seekerId: string) {
  return dbOf(tx)
    .selectFrom("staff_notes")
    .select(["id", "author_name as authorName", "body", "created_at as createdAt"])
    .where("program_id", "=", programId)
    .where("seeker_id", "=", seekerId)
    .orderBy("created_at", "desc")
    .limit(200)
    .execute();
}
