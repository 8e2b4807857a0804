import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { id, optionalId, requiredName, stamps } from "./fields.js";

const writable = {
  industryId: id,
  term: requiredName.describe("a word of the trade, as insiders use it"),
  meaning: z.string().max(5000),
  conversationId: optionalId.describe("the conversation it was captured in, if any"),
};

export const glossaryTermResource = {
  name: "glossary term",
  plural: "glossary-terms",
  table: "glossary_terms",
  columns: { industryId: "text", term: "text", meaning: "text", conversationId: "text" },
  refs: { industryId: "industries", conversationId: "conversations" },
  stamps: { created: true, updated: true },
  orderBy: "term",
  entity: z.object({ ...stamps, ...writable }),
  create: z.object(writable).partial().required({ industryId: true, term: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: { meaning: "", conversationId: null },
  equalsFilters: ["industryId", "conversationId"],
  containsFilters: [],
  searchFields: ["term", "meaning"],
} satisfies ResourceDef;
