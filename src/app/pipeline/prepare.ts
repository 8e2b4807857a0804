// Preparing a conversation: the agenda for its length, the questions picked for it with their
// time budget, and the pitch for its target.
import { z } from "zod";
import { type AgendaItem, planAgenda } from "../../domain/agenda.js";
import { RuleViolation } from "../../domain/errors.js";
import { type PitchParts, pitchTiming } from "../../domain/pitch.js";
import { questionBudget, questionCountGuide } from "../../domain/questionBudget.js";
import type { QuestionCategory, QuestionPhase } from "../../domain/vocabulary.js";
import { getById } from "../../store/ownedRepository.js";
import {
  pitchIdOf,
  picksOf as readPicks,
  replacePicks,
  savePitchText,
} from "../../store/repositories/preparation.repository.js";
import type { Entity } from "../../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import { conversationResource } from "../entities/conversation.js";
import { id } from "../entities/fields.js";
import { pitchResource } from "../entities/pitch.js";
import { asStored } from "../entities/stored.js";
import { targetResource } from "../entities/target.js";
import { findQuestion } from "../questions.js";
import { loadSettings } from "../settings.js";
import type { Pitch, Preparation } from "../views/preparation.js";
import { loadConversation } from "./steps.js";

export const pickInput = z.object({ questionIds: z.array(id).max(60) }).strict();

const part = z.string().max(2000);
export const pitchInput = z
  .object({ whoIAm: part, whatIDid: part, whatIWant: part, howYouCanHelp: part })
  .partial()
  .strict();

export function agendaOf(conversation: Entity): AgendaItem[] {
  const custom = conversation.agenda as AgendaItem[] | null;
  return custom && custom.length > 0 ? custom : planAgenda(Number(conversation.requestedMinutes));
}

function picksOf(ctx: AppContext, tx: Tx, conversationId: string) {
  return readPicks(tx, ctx.ownerId, conversationId);
}

/** Everything needed to prepare and hold one conversation, in one read. */
export async function preparation(
  ctx: AppContext,
  conversationId: string,
  tx: Tx = ctx.store.handle,
): Promise<Preparation> {
  const conversation = await loadConversation(ctx, tx, conversationId);
  const agenda = agendaOf(conversation);
  const rows = await picksOf(ctx, tx, conversationId);
  const picks = rows.map((r) => ({
    ...r,
    category: r.category as QuestionCategory,
    phase: r.phase as QuestionPhase,
    asked: r.asked === 1,
    sensitive: r.sensitive === 1,
  }));
  return {
    conversation: asStored(conversationResource.entity, conversation),
    agenda,
    questions: picks,
    budget: questionBudget(
      picks.map((p) => p.minutes),
      agenda,
    ),
    guide: questionCountGuide(agenda),
  };
}

/** Replaces the picked questions, keeping the answers of those that stay. */
export function pickQuestions(
  ctx: AppContext,
  conversationId: string,
  input: z.output<typeof pickInput>,
): Promise<Preparation> {
  return inTransaction(ctx, async (tx) => {
    await loadConversation(ctx, tx, conversationId);
    const unique = [...new Set(input.questionIds)];
    for (const [index, questionId] of unique.entries()) {
      try {
        await findQuestion(tx, ctx.ownerId, questionId);
      } catch {
        throw new RuleViolation("questionIds names an unknown question", [
          { field: `questionIds.${index}`, message: `no question with id ${questionId}` },
        ]);
      }
    }
    const existing = await picksOf(ctx, tx, conversationId);
    const keep = new Map(existing.map((p) => [p.questionId, p]));
    await replacePicks(
      tx,
      ctx.ownerId,
      conversationId,
      unique.map((questionId) => ({ questionId, kept: keep.get(questionId) })),
      ctx.clock.now(),
    );
    return preparation(ctx, conversationId, tx);
  });
}

function partsOf(pitch: Entity | undefined): PitchParts {
  return {
    whoIAm: String(pitch?.whoIAm ?? ""),
    whatIDid: String(pitch?.whatIDid ?? ""),
    whatIWant: String(pitch?.whatIWant ?? ""),
    howYouCanHelp: String(pitch?.howYouCanHelp ?? ""),
  };
}

async function pitchRow(ctx: AppContext, tx: Tx, targetId: string): Promise<Entity | undefined> {
  const pitchId = await pitchIdOf(tx, ctx.ownerId, targetId);
  return pitchId ? getById(tx, pitchResource, ctx.ownerId, pitchId, "pitch") : undefined;
}

export async function getPitch(
  ctx: AppContext,
  targetId: string,
  tx: Tx = ctx.store.handle,
): Promise<Pitch> {
  await getById(tx, targetResource, ctx.ownerId, targetId, "target");
  const settings = await loadSettings(tx, ctx.ownerId);
  const parts = partsOf(await pitchRow(ctx, tx, targetId));
  return { targetId, ...parts, timing: pitchTiming(parts, settings) };
}

export function savePitch(
  ctx: AppContext,
  targetId: string,
  input: z.output<typeof pitchInput>,
): Promise<Pitch> {
  return inTransaction(ctx, async (tx) => {
    await getById(tx, targetResource, ctx.ownerId, targetId, "target");
    const existing = await pitchRow(ctx, tx, targetId);
    const parts = { ...partsOf(existing), ...input };
    await savePitchText(
      tx,
      ctx.ownerId,
      targetId,
      existing ? String(existing.id) : null,
      parts,
      ctx.clock.now(),
    );
    return getPitch(ctx, targetId, tx);
  });
}
