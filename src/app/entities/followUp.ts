import { z } from "zod";
import { FOLLOW_UP_KINDS } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { calendarDate, id, instant, optionalId, stamps } from "./fields.js";

const writable = {
  personId: id,
  conversationId: optionalId,
  kind: z.enum(FOLLOW_UP_KINDS),
  dueOn: calendarDate,
  dueAt: instant.nullable().describe("a precise deadline, e.g. the thank-you's 24 hours"),
  note: z.string().max(5000),
};

export const followUpResource = {
  name: "follow-up",
  plural: "follow-ups",
  table: "follow_ups",
  columns: {
    personId: "text",
    conversationId: "text",
    kind: "text",
    dueOn: "text",
    dueAt: "text",
    doneAt: "text",
    snoozedUntil: "text",
    note: "text",
  },
  refs: { personId: "people", conversationId: "conversations" },
  stamps: { created: true, updated: true },
  orderBy: "dueOn",
  entity: z.object({
    ...stamps,
    ...writable,
    doneAt: instant.nullable(),
    snoozedUntil: calendarDate.nullable(),
  }),
  create: z.object(writable).partial().required({ personId: true, dueOn: true }).strict(),
  update: z.object(writable).omit({ personId: true }).partial().strict(),
  defaults: { conversationId: null, kind: "other", dueAt: null, note: "" },
  equalsFilters: ["personId", "conversationId", "kind"],
  containsFilters: [],
  searchFields: ["note"],
} satisfies ResourceDef;
