import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { id, instant, optionalId } from "./fields.js";

const writable = {
  fromPersonId: id.describe("who gave the name"),
  personId: id.describe("who was recommended"),
  conversationId: optionalId.describe("the conversation where the name came up"),
  mayUseName: z.boolean().describe("permission to say who sent us"),
  note: z.string().max(5000),
};

export const referralResource = {
  name: "referral",
  plural: "referrals",
  table: "referrals",
  columns: {
    fromPersonId: "text",
    personId: "text",
    conversationId: "text",
    mayUseName: "flag",
    note: "text",
  },
  refs: { fromPersonId: "people", personId: "people", conversationId: "conversations" },
  stamps: { created: true, updated: false },
  orderBy: "createdAt",
  entity: z.object({ id, ...writable, createdAt: instant }),
  create: z.object(writable).partial().required({ fromPersonId: true, personId: true }).strict(),
  update: z.object(writable).partial().strict(),
  defaults: { conversationId: null, mayUseName: false, note: "" },
  equalsFilters: ["fromPersonId", "personId", "conversationId"],
  containsFilters: [],
  searchFields: ["note"],
} satisfies ResourceDef;
