import { z } from "zod";
import type { ResourceDef } from "../resource.js";
import { stamps } from "./fields.js";

// null: the built-in text, so a seeker who never edited a template gets each improvement to it.
const text = z.string().max(20_000).nullable();

const writable = {
  myName: z.string().trim().max(300).nullable().describe("the signature"),
  requestSubject: z.string().max(1000).nullable(),
  request: text,
  thankYouEmail: text,
  thankYouCard: text,
};

/** The seeker's own request and thank-you templates: one set per owner. */
export const templatesResource = {
  name: "template set",
  plural: "templates",
  table: "templates",
  columns: {
    myName: "text",
    requestSubject: "text",
    request: "text",
    thankYouEmail: "text",
    thankYouCard: "text",
  },
  refs: {},
  stamps: { created: true, updated: true },
  orderBy: "createdAt",
  entity: z.object({ ...stamps, ...writable }),
  create: z.object(writable).partial().strict(),
  update: z.object(writable).partial().strict(),
  defaults: {
    myName: null,
    requestSubject: null,
    request: null,
    thankYouEmail: null,
    thankYouCard: null,
  },
  equalsFilters: [],
  containsFilters: [],
  // Not listed by the API (one set per owner); named so that a search, if ever served, reads the text.
  searchFields: ["requestSubject", "request", "thankYouEmail", "thankYouCard"],
} satisfies ResourceDef;
