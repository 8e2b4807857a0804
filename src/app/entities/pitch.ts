import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { id, instant } from "./fields.js";

const part = z.string().max(2000);
const writable = {
  targetId: id,
  whoIAm: part,
  whatIDid: part,
  whatIWant: part.describe("what I want to do next"),
  howYouCanHelp: part,
};

/** The 30-second pitch for one target, in its four parts. */
export const pitchResource = {
  name: "pitch",
  plural: "pitches",
  table: "pitches",
  columns: {
    targetId: "text",
    whoIAm: "text",
    whatIDid: "text",
    whatIWant: "text",
    howYouCanHelp: "text",
  },
  refs: { targetId: "targets" },
  stamps: { created: false, updated: true },
  orderBy: "updatedAt",
  entity: z.object({ id, ...writable, updatedAt: instant }),
  create: z.object(writable).partial().required({ targetId: true }).strict(),
  update: z.object(writable).omit({ targetId: true }).partial().strict(),
  defaults: { whoIAm: "", whatIDid: "", whatIWant: "", howYouCanHelp: "" },
  equalsFilters: ["targetId"],
  containsFilters: [],
  searchFields: ["whoIAm", "whatIDid", "whatIWant", "howYouCanHelp"],
} satisfies ResourceDef;
