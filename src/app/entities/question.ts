import { z } from "zod";
import { QUESTION_CATEGORIES, QUESTION_PHASES } from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import { id, instant } from "./fields.js";

const writable = {
  text: z.string().trim().min(1, "must not be empty").max(1000),
  category: z
    .enum(QUESTION_CATEGORIES)
    .describe("organisational (the company) or individual (the person)"),
  phase: z.enum(QUESTION_PHASES),
  sensitive: z.boolean().describe("pay, commission, stress: ask with discretion"),
  minutes: z.number().int().min(1).max(15),
};

export const questionResource = {
  name: "question",
  plural: "questions",
  table: "questions",
  columns: {
    key: "text",
    text: "text",
    category: "text",
    phase: "text",
    sensitive: "flag",
    minutes: "int",
  },
  refs: {},
  stamps: { created: true, updated: false },
  orderBy: "phase",
  entity: z.object({
    id,
    key: z.string().nullable(),
    ...writable,
    builtIn: z.boolean(),
    createdAt: instant,
  }),
  create: z.object(writable).partial().required({ text: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: { category: "individual", phase: "core", sensitive: false, minutes: 2 },
  equalsFilters: ["category", "phase", "sensitive"],
  containsFilters: [],
  searchFields: ["text"],
} satisfies ResourceDef;
