import { z } from "zod";
import { LEAD_STATUSES } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { calendarDate, optionalId, requiredName, stamps } from "./fields.js";

const writable = {
  title: requiredName.describe("the opening as it was described"),
  organizationId: optionalId,
  personId: optionalId.describe("who mentioned it"),
  conversationId: optionalId.describe("where it came up"),
  status: z.enum(LEAD_STATUSES),
  heardOn: calendarDate,
  note: z.string().max(20_000),
};

/** An opening heard of in the hidden market, traceable to who and where. */
export const leadResource = {
  name: "lead",
  plural: "leads",
  table: "leads",
  columns: {
    title: "text",
    organizationId: "text",
    personId: "text",
    conversationId: "text",
    status: "text",
    heardOn: "text",
    note: "text",
  },
  refs: { organizationId: "organizations", personId: "people", conversationId: "conversations" },
  stamps: { created: true, updated: true },
  orderBy: "heardOn",
  entity: z.object({ ...stamps, ...writable }),
  create: z.object(writable).partial().required({ title: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: {
    organizationId: null,
    personId: null,
    conversationId: null,
    status: "heard",
    note: "",
  },
  // Heard of today, in the owner's time zone, unless the seeker says when.
  clockDefaults: (_now: string, today: string) => ({ heardOn: today }),
  equalsFilters: ["organizationId", "personId", "conversationId", "status"],
  containsFilters: [],
  searchFields: ["title", "note"],
} satisfies ResourceDef;
