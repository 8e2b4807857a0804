import { z } from "zod";
import { TOUCHPOINT_DIRECTIONS } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { calendarDate, id, instant } from "./fields.js";

const writable = {
  personId: id,
  direction: z.enum(TOUCHPOINT_DIRECTIONS).describe("given to them or received from them"),
  summary: z.string().trim().min(1, "must not be empty").max(5000),
  occurredOn: calendarDate,
};

export const touchpointResource = {
  name: "touchpoint",
  plural: "touchpoints",
  table: "touchpoints",
  columns: { personId: "text", direction: "text", summary: "text", occurredOn: "text" },
  refs: { personId: "people" },
  stamps: { created: true, updated: false },
  orderBy: "occurredOn",
  entity: z.object({ id, ...writable, createdAt: instant }),
  create: z.object(writable).partial().required({ personId: true, summary: true }).strict(),
  update: z.object(writable).omit({ personId: true }).partial().strict(),
  defaults: { direction: "given" },
  equalsFilters: ["personId", "direction"],
  containsFilters: [],
  searchFields: ["summary"],
} satisfies ResourceDef;
