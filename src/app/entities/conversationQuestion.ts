import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { id, instant, longText } from "./fields.js";

const writable = {
  conversationId: id,
  questionId: id,
  position: z.number().int().min(0).max(1000),
  asked: z.boolean(),
  answer: longText.describe("what they said, typed during or right after the conversation"),
};

/** A question picked for one conversation, with its answer. */
export const conversationQuestionResource = {
  name: "conversation question",
  plural: "conversation-questions",
  table: "conversation_questions",
  columns: {
    conversationId: "text",
    questionId: "text",
    position: "int",
    asked: "flag",
    answer: "text",
  },
  // questionId is checked by the use case: built-in questions have no owner.
  refs: { conversationId: "conversations" },
  stamps: { created: false, updated: true },
  orderBy: "position",
  entity: z.object({ id, ...writable, updatedAt: instant }),
  create: z
    .object(writable)
    .partial()
    .required({ conversationId: true, questionId: true })
    .strict(),
  update: z.object(writable).omit({ conversationId: true, questionId: true }).partial().strict(),
  defaults: { position: 0, asked: false, answer: "" },
  equalsFilters: ["conversationId"],
  containsFilters: [],
  searchFields: ["answer"],
} satisfies ResourceDef;
