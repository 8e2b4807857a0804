// The seeker's side of a program: what they joined, their grants, milestones with their own
// progress, the center's material to adopt, the comments staff left them, the log of every staff
// read, and leaving (the seeker keeps everything; the program keeps only nameless numbers).
import type { z } from "zod";
import { NotFound } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import {
  coachesOf,
  materialById,
  materialOf,
  milestonesOf,
} from "../../store/repositories/centers/centers.repository.js";
import {
  commentsForSeeker,
  dismissComment,
} from "../../store/repositories/centers/comments.repository.js";
import {
  accessLogOf,
  grantsOfSeeker,
  insertReceipt,
  revokeGrantsOfMember,
} from "../../store/repositories/centers/grants.repository.js";
import {
  deleteMember,
  insertDeparture,
  membership,
  programsOfSeeker,
} from "../../store/repositories/centers/members.repository.js";
import { progressCounts } from "../../store/repositories/centers/seekerFacts.repository.js";
import { type AppContext, inTransaction } from "../context.js";
import { questionsService } from "../questions.js";
import { saveTemplates } from "../templates.js";
import type {
  accessLogEntrySchema,
  adoptedSchema,
  commentSchema,
  Membership,
} from "../views/centers.js";
import { materialView } from "./centers.js";
import { factsOf, milestoneProgress } from "./facts.js";
import { grantView, parseScopes, todayUtc } from "./grants.js";
import { milestoneViews } from "./programs.js";

export async function listMemberships(ctx: AppContext): Promise<Membership[]> {
  const tx = ctx.store.handle;
  const programs = await programsOfSeeker(tx, ctx.ownerId);
  const ids = programs.map((p) => p.id);
  const [coaches, grants, milestones, material, counts] = await Promise.all([
    coachesOf(tx, ids),
    grantsOfSeeker(tx, ctx.ownerId),
    milestonesOf(tx, ids),
    materialOf(tx, [...new Set(programs.map((p) => p.centerId))]),
    progressCounts(tx, [ctx.ownerId]),
  ]);
  const own = counts.get(ctx.ownerId);
  const today = todayUtc(ctx);
  return Promise.all(
    programs.map(async (program) => ({
      programId: program.id,
      programName: program.name,
      centerName: program.centerName,
      purpose: program.purpose,
      startsOn: program.startsOn,
      endsOn: program.endsOn,
      joinedAt: program.joinedAt,
      coaches: coaches
        .filter((c) => c.programId === program.id)
        .map((c) => ({ userId: c.userId, name: c.name })),
      grants: await Promise.all(
        grants.filter((g) => g.programId === program.id).map((g) => grantView(ctx, tx, g)),
      ),
      milestones: own
        ? milestoneProgress(
            milestoneViews(
              milestones.filter((m) => m.programId === program.id),
              program.startsOn,
            ),
            factsOf(own),
            today,
          )
        : [],
      material: material.filter((m) => m.centerId === program.centerId).map(materialView),
    })),
  );
}

/**
 * Leaving: grants end (with receipts), the staff's private notes about the seeker go, and the
 * program keeps the seeker's numbers without their name, for its aggregate report.
 */
export async function leaveProgram(ctx: AppContext, programId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (!(await membership(tx, programId, ctx.ownerId))) throw new NotFound("program", programId);
    const now = ctx.clock.now();
    const ended = await revokeGrantsOfMember(tx, programId, ctx.ownerId, now);
    for (const grant of ended) {
      await insertReceipt(tx, {
        id: newId(),
        seekerId: ctx.ownerId,
        grantId: grant.id,
        change: "revoked",
        scopes: grant.scopes,
        purpose: grant.purpose,
        whom: "the program you left",
        expiresAt: grant.expiresAt,
        at: now,
      });
    }
    const shared = ended.some(
      (g) => g.expiresAt > now && parseScopes(g.scopes).includes("progress"),
    );
    if (shared) {
      const counts = (await progressCounts(tx, [ctx.ownerId])).get(ctx.ownerId);
      if (counts) {
        const { lastAskAt: _a, lastActiveAt: _b, ...numbers } = factsOf(counts);
        await insertDeparture(tx, {
          id: newId(),
          programId,
          leftOn: now.slice(0, 10),
          facts: JSON.stringify({ ...numbers, lastAskAt: null, lastActiveAt: null }),
        });
      }
    }
    await deleteMember(tx, programId, ctx.ownerId);
  });
}

/** Copies the center's template or question into the seeker's own, to change as they like. */
export async function adoptMaterial(
  ctx: AppContext,
  materialId: string,
): Promise<z.output<typeof adoptedSchema>> {
  const tx = ctx.store.handle;
  const material = await materialById(tx, materialId);
  const centers = new Set((await programsOfSeeker(tx, ctx.ownerId)).map((p) => p.centerId));
  if (!material || !centers.has(material.centerId)) throw new NotFound("material", materialId);
  if (material.kind === "request") {
    await saveTemplates(ctx, { request: material.body });
    return { kind: "request", where: "your request template", questionId: null };
  }
  if (material.kind === "thank_you") {
    await saveTemplates(ctx, { thankYouEmail: material.body });
    return { kind: "thank_you", where: "your thank-you e-mail template", questionId: null };
  }
  const question = await questionsService.create(ctx, { text: material.body.slice(0, 1000) });
  return { kind: "question", where: "your question bank", questionId: String(question.id) };
}

export async function listComments(ctx: AppContext): Promise<z.output<typeof commentSchema>[]> {
  const rows = await commentsForSeeker(ctx.store.handle, ctx.ownerId);
  return rows.map((row) => ({ ...row, kind: row.kind as z.output<typeof commentSchema>["kind"] }));
}

export async function dismissCommentOf(ctx: AppContext, id: string): Promise<void> {
  const changed = await inTransaction(ctx, (tx) =>
    dismissComment(tx, ctx.ownerId, id, ctx.clock.now()),
  );
  if (changed === 0) throw new NotFound("comment", id);
}

export async function listAccessLog(
  ctx: AppContext,
  page: { limit: number; offset: number },
): Promise<{
  items: z.output<typeof accessLogEntrySchema>[];
  total: number;
  limit: number;
  offset: number;
}> {
  const { items, total } = await accessLogOf(
    ctx.store.handle,
    ctx.ownerId,
    page.limit,
    page.offset,
  );
  return {
    items: items.map((row) => ({ ...row, scopes: parseScopes(row.scopes) })),
    total,
    ...page,
  };
}
