// Preparing a conversation: GET /api/conversations/{id}/preparation (and what picking questions
// answers), and a target's pitch with its spoken length.
import { z } from "zod";
import { QUESTION_CATEGORIES, QUESTION_PHASES } from "../../domain/vocabulary.js";
import { agendaItem, conversationResource } from "../entities/conversation.js";
import { id } from "../entities/fields.js";

/** A question picked for a conversation, joined with the question's text and timing. */
export const pickedQuestionSchema = z.object({
  id,
  questionId: id,
  position: z.number().int(),
  asked: z.boolean(),
  answer: z.string(),
  text: z.string(),
  category: z.enum(QUESTION_CATEGORIES),
  phase: z.enum(QUESTION_PHASES),
  sensitive: z.boolean(),
  minutes: z.number(),
});

export const questionBudgetSchema = z.object({
  budgetSeconds: z.number(),
  usedSeconds: z.number(),
  remainingSeconds: z.number().describe("negative when the picks run past the budget"),
  state: z.enum(["ok", "full", "over"]),
  count: z.number().int(),
});

export const preparationSchema = z.object({
  conversation: conversationResource.entity,
  agenda: z.array(agendaItem),
  questions: z.array(pickedQuestionSchema),
  budget: questionBudgetSchema,
  guide: z.object({ min: z.number().int(), max: z.number().int() }).describe("questions to pick"),
});

const PITCH_PARTS = ["whoIAm", "whatIDid", "whatIWant", "howYouCanHelp"] as const;

export const pitchTimingSchema = z.object({
  words: z.number().int(),
  seconds: z.number(),
  perPart: z.array(
    z.object({ part: z.enum(PITCH_PARTS), words: z.number().int(), seconds: z.number() }),
  ),
  overBySeconds: z.number(),
  missingParts: z.array(z.enum(PITCH_PARTS)),
  state: z.enum(["empty", "ok", "long"]),
});

export const pitchSchema = z.object({
  targetId: id,
  whoIAm: z.string(),
  whatIDid: z.string(),
  whatIWant: z.string(),
  howYouCanHelp: z.string(),
  timing: pitchTimingSchema,
});

export type AgendaItem = z.output<typeof agendaItem>;
export type PickedQuestion = z.output<typeof pickedQuestionSchema>;
export type QuestionBudget = z.output<typeof questionBudgetSchema>;
export type Preparation = z.output<typeof preparationSchema>;
export type PitchTiming = z.output<typeof pitchTimingSchema>;
export type Pitch = z.output<typeof pitchSchema>;
