import { z } from "zod";
import { ORGANIZATION_RELATIONS } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { longText, optionalId, requiredName, stamps, webUrl } from "./fields.js";

const writable = {
  name: requiredName,
  industryId: optionalId,
  relation: z
    .enum(ORGANIZATION_RELATIONS)
    .describe("our relation to it, which shapes its viewpoint"),
  website: webUrl.max(1000).nullable(),
  notes: longText,
};

export const organizationResource = {
  name: "organization",
  plural: "organizations",
  table: "organizations",
  columns: { name: "text", industryId: "text", relation: "text", website: "text", notes: "text" },
  refs: { industryId: "industries" },
  stamps: { created: true, updated: true },
  orderBy: "name",
  entity: z.object({ ...stamps, ...writable }),
  create: z.object(writable).partial().required({ name: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: { industryId: null, relation: "other", website: null, notes: "" },
  equalsFilters: ["industryId", "relation"],
  containsFilters: [],
  searchFields: ["name", "notes"],
} satisfies ResourceDef;
