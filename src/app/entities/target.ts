import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { id, longText, optionalId, requiredName, stamps } from "./fields.js";

const writable = {
  role: requiredName.describe("the job the seeker is aiming at"),
  industryId: optionalId,
  notes: longText,
  whyField: z.string().max(5000).describe('the seeker\'s short answer to "why this field?"'),
  whyCompany: z
    .string()
    .max(5000)
    .describe('the seeker\'s short answer to "why this company?" (the companies aimed at)'),
  active: z.boolean(),
};

// organizationIds live in target_organizations; the target use cases read and write them.
const organizationIds = z.array(id).max(200).describe("organizations aimed at");

export const targetResource = {
  name: "target",
  plural: "targets",
  table: "targets",
  columns: {
    role: "text",
    industryId: "text",
    notes: "text",
    whyField: "text",
    whyCompany: "text",
    active: "flag",
  },
  refs: { industryId: "industries" },
  stamps: { created: true, updated: true },
  orderBy: "role",
  entity: z.object({ ...stamps, ...writable, organizationIds }),
  create: z
    .object({ ...writable, organizationIds })
    .partial()
    .required({ role: true })
    .strict(),
  update: z
    .object({ ...writable, organizationIds })
    .partial()
    .strict(),
  defaults: { industryId: null, notes: "", whyField: "", whyCompany: "", active: true },
  equalsFilters: ["industryId", "active"],
  containsFilters: [],
  searchFields: ["role", "notes", "whyField", "whyCompany"],
} satisfies ResourceDef;
