import { z } from "zod";
import {
  CONVERSATION_STATUSES,
  DEGREES,
  HOW_KNOWN,
  PRIORITIES,
  ROLES,
} from "../../domain/vocabulary.js";
import type { ResourceDef } from "../resource.js";
import {
  emailAddress,
  instant,
  longText,
  optionalId,
  requiredName,
  shortText,
  stamps,
  stringList,
  webUrl,
} from "./fields.js";

const writable = {
  fullName: requiredName.describe("the name as the person writes it"),
  nameNote: shortText.describe("spelling or pronunciation, for the thank-you card and the call"),
  namePrefix: shortText
    .nullable()
    .describe('the name\'s parts, as an address book keeps them: "Dr."'),
  givenName: shortText.nullable(),
  middleName: shortText.nullable(),
  familyName: shortText.nullable(),
  nameSuffix: shortText.nullable().describe('"Jr.", "PhD"'),
  title: shortText.nullable(),
  organizationId: optionalId,
  industryId: optionalId,
  emails: z.array(emailAddress.max(300)).max(20),
  phones: z.array(z.string().trim().min(1).max(60)).max(20),
  mailingAddress: z.string().trim().max(1000).nullable(),
  profileUrl: webUrl.max(1000).nullable(),
  howKnown: z.enum(HOW_KNOWN),
  degree: z.enum(DEGREES),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  hiringPower: z.boolean().describe("can say yes to a hire"),
  referredById: optionalId,
  priority: z.enum(PRIORITIES),
  tags: stringList,
  notes: longText,
  keepInTouchDays: z.number().int().min(1).max(730).nullable().describe("overrides the cadence"),
};

export const personEntity = z.object({
  ...stamps,
  ...writable,
  stage: z.enum(CONVERSATION_STATUSES).nullable().describe("furthest pipeline status"),
  lastContactAt: instant.nullable(),
});

export const personCreate = z.object(writable).partial().required({ fullName: true }).strict();
export const personUpdate = z.object(writable).partial().strict();

export const personResource = {
  name: "person",
  plural: "people",
  table: "people",
  columns: {
    fullName: "text",
    nameNote: "text",
    namePrefix: "text",
    givenName: "text",
    middleName: "text",
    familyName: "text",
    nameSuffix: "text",
    title: "text",
    organizationId: "text",
    industryId: "text",
    emails: "json",
    phones: "json",
    mailingAddress: "text",
    profileUrl: "text",
    howKnown: "text",
    degree: "text",
    roles: "json",
    hiringPower: "flag",
    referredById: "text",
    priority: "text",
    tags: "json",
    notes: "text",
    keepInTouchDays: "int",
    stage: "text",
    lastContactAt: "text",
  },
  refs: { organizationId: "organizations", industryId: "industries", referredById: "people" },
  stamps: { created: true, updated: true },
  orderBy: "fullName",
  entity: personEntity,
  listItem: personEntity.extend({
    organizationName: z
      .string()
      .nullable()
      .describe("the organization's name, so a list shows it without a second request"),
  }),
  create: personCreate,
  update: personUpdate,
  defaults: {
    nameNote: "",
    title: null,
    organizationId: null,
    industryId: null,
    emails: [],
    phones: [],
    mailingAddress: null,
    profileUrl: null,
    howKnown: "other",
    degree: "none",
    roles: [],
    hiringPower: false,
    referredById: null,
    priority: "B",
    tags: [],
    notes: "",
    keepInTouchDays: null,
  },
  equalsFilters: ["howKnown", "organizationId", "stage", "priority", "degree", "referredById"],
  containsFilters: ["roles", "tags"],
  searchFields: [],
} satisfies ResourceDef;
