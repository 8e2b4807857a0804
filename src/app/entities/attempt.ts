import { z } from "zod";
import { ATTEMPT_CHANNELS, ATTEMPT_RESPONSES } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { id, instant, longText } from "./fields.js";

const writable = {
  channel: z.enum(ATTEMPT_CHANNELS),
  sentAt: instant,
  message: longText.describe("the request as sent"),
};

export const attemptCreate = z.object(writable).partial().strict();

export const attemptResource = {
  name: "attempt",
  plural: "attempts",
  table: "attempts",
  columns: {
    conversationId: "text",
    number: "int",
    channel: "text",
    sentAt: "text",
    response: "text",
    respondedAt: "text",
    message: "text",
  },
  refs: { conversationId: "conversations" },
  stamps: { created: true, updated: false },
  orderBy: "sentAt",
  entity: z.object({
    id,
    conversationId: id,
    number: z.number().int().min(1),
    ...writable,
    response: z.enum(ATTEMPT_RESPONSES),
    respondedAt: instant.nullable(),
    createdAt: instant,
  }),
  create: attemptCreate,
  update: z.object({ message: longText }).partial().strict(),
  defaults: { channel: "email", message: "" },
  equalsFilters: ["conversationId", "channel", "response"],
  containsFilters: [],
  searchFields: ["message"],
} satisfies ResourceDef;
