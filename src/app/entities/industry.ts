import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { longText, requiredName, stamps, stringList } from "./fields.js";

const writable = {
  name: requiredName,
  segments: stringList.describe("viewpoints on the market: stores, suppliers, distributors…"),
  notes: longText,
};

export const industryResource = {
  name: "industry",
  plural: "industries",
  table: "industries",
  columns: { name: "text", segments: "json", notes: "text" },
  refs: {},
  stamps: { created: true, updated: true },
  orderBy: "name",
  entity: z.object({ ...stamps, ...writable }),
  create: z.object(writable).partial().required({ name: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: { segments: [], notes: "" },
  equalsFilters: [],
  containsFilters: [],
  searchFields: ["name", "notes"],
} satisfies ResourceDef;
