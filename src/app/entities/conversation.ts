import { z } from "zod";
import {
  AGENDA_PHASES,
  CONVERSATION_MODES,
  CONVERSATION_STATUSES,
  THANK_YOU_CHANNELS,
} from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { id, instant, longText, optionalId, stamps } from "./fields.js";

export const agendaItem = z.object({
  phase: z.enum(AGENDA_PHASES),
  minMinutes: z.number().min(0),
  maxMinutes: z.number().min(0),
  plannedSeconds: z.number().int().min(0),
  startsAtSecond: z.number().int().min(0),
});

const writable = {
  personId: id,
  targetId: optionalId,
  mode: z.enum(CONVERSATION_MODES),
  requestedMinutes: z.number().int().min(5).max(180),
  place: z.string().trim().max(1000).nullable().describe("address, café or video link"),
  agenda: z.array(agendaItem).max(4).nullable().describe("null: the default agenda for the length"),
  notesPermission: z.boolean().nullable().describe("did they agree to notes being taken"),
  notes: longText,
  researchNotes: longText.describe("what the seeker learned about the person and company first"),
};

export const conversationResource = {
  name: "conversation",
  plural: "conversations",
  table: "conversations",
  columns: {
    personId: "text",
    targetId: "text",
    mode: "text",
    requestedMinutes: "int",
    status: "text",
    scheduledAt: "text",
    place: "text",
    agenda: "json",
    notesPermission: "flag",
    notes: "text",
    researchNotes: "text",
    heldAt: "text",
    thankYouSentAt: "text",
    thankYouChannel: "text",
  },
  refs: { personId: "people", targetId: "targets" },
  stamps: { created: true, updated: true },
  orderBy: "createdAt",
  entity: z.object({
    ...stamps,
    ...writable,
    status: z.enum(CONVERSATION_STATUSES),
    scheduledAt: instant.nullable(),
    heldAt: instant.nullable(),
    thankYouSentAt: instant.nullable(),
    thankYouChannel: z.enum(THANK_YOU_CHANNELS).nullable(),
  }),
  create: z.object(writable).partial().required({ personId: true }).strict(),
  // The person and the status are not edited in place: status moves through the pipeline
  // endpoints, and a conversation with someone else is another conversation.
  update: z.object(writable).omit({ personId: true }).partial().strict(),
  defaults: {
    targetId: null,
    mode: "video",
    place: null,
    agenda: null,
    notesPermission: null,
    notes: "",
    researchNotes: "",
  },
  equalsFilters: ["personId", "targetId", "status", "mode"],
  containsFilters: [],
  searchFields: ["notes", "researchNotes", "place"],
} satisfies ResourceDef;
