// What staff write about a seeker of their program: a comment the seeker reads on Today (a
// nudge, an introduction, a resource), or a private note kept among the program's staff.
// Either needs only the membership: a coach may nudge someone who shares nothing.
import type { z } from "zod";
import { NotFound } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import {
  insertComment,
  insertStaffNote,
} from "../../store/repositories/centers/comments.repository.js";
import { membership } from "../../store/repositories/centers/members.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import type { commentSchema, newComment, newStaffNote, staffNoteSchema } from "../views/centers.js";
import { currentUser, programAccess } from "./access.js";

/** Checks the writer may write about this seeker, and answers the common part of the row. */
async function writing(ctx: AppContext, tx: Tx, programId: string, seekerId: string, body: string) {
  const { program } = await programAccess(ctx, tx, programId, "people");
  if (!(await membership(tx, programId, seekerId))) throw new NotFound("seeker", seekerId);
  const author = await currentUser(ctx, tx);
  const row = {
    id: newId(),
    seekerId,
    programId,
    authorId: ctx.ownerId,
    authorName: author.name || author.email,
    body,
    createdAt: ctx.clock.now(),
  };
  return { program, row };
}

export function addComment(
  ctx: AppContext,
  programId: string,
  seekerId: string,
  input: z.output<typeof newComment>,
): Promise<z.output<typeof commentSchema>> {
  return inTransaction(ctx, async (tx) => {
    const { program, row } = await writing(ctx, tx, programId, seekerId, input.body);
    await insertComment(tx, { ...row, kind: input.kind });
    return {
      id: row.id,
      programId,
      programName: program.name,
      authorName: row.authorName,
      kind: input.kind,
      body: row.body,
      createdAt: row.createdAt,
      dismissedAt: null,
    };
  });
}

export function addStaffNote(
  ctx: AppContext,
  programId: string,
  seekerId: string,
  input: z.output<typeof newStaffNote>,
): Promise<z.output<typeof staffNoteSchema>> {
  return inTransaction(ctx, async (tx) => {
    const { row } = await writing(ctx, tx, programId, seekerId, input.body);
    await insertStaffNote(tx, row);
    return { id: row.id, authorName: row.authorName, body: row.body, createdAt: row.createdAt };
  });
}
