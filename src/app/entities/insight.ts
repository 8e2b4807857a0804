import { z } from "zod";
import { INSIGHT_AREAS, INSIGHT_KINDS } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { optionalId, stamps } from "./fields.js";

const writable = {
  area: z.enum(INSIGHT_AREAS).describe("which of the three areas of research it informs"),
  kind: z
    .enum(INSIGHT_KINDS)
    .describe("learned, or an earlier assumption the conversation confirmed or overturned"),
  text: z.string().trim().min(1, "must not be empty").max(20_000),
  targetId: optionalId,
  industryId: optionalId,
  organizationId: optionalId,
  personId: optionalId.describe("who said it"),
  conversationId: optionalId,
};

export const insightResource = {
  name: "insight",
  plural: "insights",
  table: "insights",
  columns: {
    area: "text",
    kind: "text",
    text: "text",
    targetId: "text",
    industryId: "text",
    organizationId: "text",
    personId: "text",
    conversationId: "text",
  },
  refs: {
    targetId: "targets",
    industryId: "industries",
    organizationId: "organizations",
    personId: "people",
    conversationId: "conversations",
  },
  stamps: { created: true, updated: true },
  orderBy: "createdAt",
  entity: z.object({ ...stamps, ...writable }),
  create: z.object(writable).partial().required({ area: true, text: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: {
    kind: "learned",
    targetId: null,
    industryId: null,
    organizationId: null,
    personId: null,
    conversationId: null,
  },
  equalsFilters: [
    "area",
    "kind",
    "targetId",
    "industryId",
    "organizationId",
    "personId",
    "conversationId",
  ],
  containsFilters: [],
  searchFields: ["text"],
} satisfies ResourceDef;
