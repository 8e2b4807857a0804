// Coaches and career centers over HTTP: the staff's side (centers, programs, invitations, the
// cohort and one seeker's view) and the seeker's side (memberships, grants and their receipts,
// the access log, comments, milestones, the center's material).
import { z } from "zod";
import { ATTENTION_FLAGS } from "../../domain/centers/attention.js";
import { SCOPES, STAFF_ROLES } from "../../domain/centers/consent.js";
import { MILESTONE_METRICS } from "../../domain/centers/milestones.js";
import { calendarDate, emailAddress, id, instant, requiredName } from "../entities/fields.js";
import { coverageSchema } from "./coverage.js";
import { todaySchema } from "./today.js";

const count = z.number().int().min(0);
export const scopeSchema = z.enum(SCOPES);
export const staffRoleSchema = z.enum(STAFF_ROLES);
const someone = z.object({ userId: id, name: z.string(), email: z.string() });

// ---- centers and staff ----
export const newCenter = z.object({ name: requiredName }).strict();
export const centerSummarySchema = z.object({
  id,
  name: z.string(),
  role: staffRoleSchema.describe("your role in this center"),
  createdAt: instant,
});
export const staffMemberSchema = someone.extend({ role: staffRoleSchema, addedAt: instant });
export const newStaffMember = z
  .object({
    email: emailAddress.max(320),
    name: z.string().trim().max(300).optional(),
    role: staffRoleSchema,
  })
  .strict()
  .describe("someone without an account yet is invited to make one by e-mail");

export const MATERIAL_KINDS = ["request", "thank_you", "question"] as const;
export const materialSchema = z.object({
  id,
  kind: z.enum(MATERIAL_KINDS),
  title: z.string(),
  body: z.string(),
  createdAt: instant,
});
export const newMaterial = z
  .object({
    kind: z.enum(MATERIAL_KINDS),
    title: requiredName,
    body: z.string().trim().min(1, "must not be empty").max(20_000),
  })
  .strict();

// ---- programs ----
export const programSchema = z.object({
  id,
  centerId: id,
  centerName: z.string(),
  name: z.string(),
  purpose: z
    .string()
    .describe("why the center asks to see, in its own words; shown on every grant"),
  startsOn: calendarDate,
  endsOn: calendarDate,
  coaches: z.array(someone),
  seekers: count,
  yourRole: staffRoleSchema,
  youCoach: z.boolean().describe("you are one of its coaches, so you see what seekers share"),
});
export const newProgram = z
  .object({
    name: requiredName,
    purpose: z.string().trim().min(1, "say why the center asks to see").max(2000),
    startsOn: calendarDate,
    endsOn: calendarDate,
    coachIds: z.array(id).max(200).default([]),
  })
  .strict();
export const programUpdate = newProgram.partial().strict();

export const centerSchema = centerSummarySchema.extend({
  staff: z.array(staffMemberSchema),
  programs: z.array(programSchema),
  material: z.array(materialSchema),
});

// ---- milestones ----
export const milestoneSchema = z.object({
  id,
  title: z.string(),
  metric: z.enum(MILESTONE_METRICS),
  target: z.number().int().min(1),
  byWeek: z.number().int().min(1),
  dueOn: calendarDate,
});
export const newMilestone = z
  .object({
    title: z.string().trim().max(300).optional(),
    metric: z.enum(MILESTONE_METRICS),
    target: z.number().int().min(1).max(10_000),
    byWeek: z.number().int().min(1).max(520),
  })
  .strict();
export const milestoneProgressSchema = milestoneSchema.extend({
  value: count,
  status: z.enum(["met", "on_track", "behind", "missed"]),
});

// ---- invitations ----
export const newInvitation = z
  .object({
    email: emailAddress.max(320).optional().describe("a personal invitation, mailed, used once"),
    emailDomain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u, "a domain such as school.edu")
      .max(253)
      .optional()
      .describe("a join link only for addresses at this domain"),
    expiresInDays: z.number().int().min(1).max(365).default(14),
  })
  .strict();
export const invitationCreatedSchema = z.object({
  id,
  token: z.string().describe("shown once: only its hash is kept"),
  url: z.string(),
  email: z.string().nullable(),
  emailDomain: z.string().nullable(),
  expiresAt: instant,
});
export const invitationSchema = z.object({
  id,
  email: z.string().nullable(),
  emailDomain: z.string().nullable(),
  expiresAt: instant,
  createdAt: instant,
  acceptedAt: instant.nullable(),
  revokedAt: instant.nullable(),
});
export const invitationCsv = z
  .object({
    csv: z.string().max(1_000_000).describe("one address a line, or a CSV with an email column"),
    expiresInDays: z.number().int().min(1).max(365).default(14),
  })
  .strict();
export const invitationCsvResultSchema = z.object({
  invited: z.array(z.object({ line: z.number().int(), email: z.string(), id })),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export const invitationPreviewSchema = z.object({
  programName: z.string(),
  centerName: z.string(),
  purpose: z.string(),
  startsOn: calendarDate,
  endsOn: calendarDate,
  email: z.string().nullable().describe("a personal invitation's address"),
  emailDomain: z.string().nullable(),
  expiresAt: instant,
  shares: z.string().describe("what joining shares: your name and e-mail, nothing else"),
});
export const tokenBody = z.object({ token: z.string().min(1).max(200) }).strict();
export const joinWithNewAccount = z
  .object({
    token: z.string().min(1).max(200),
    name: requiredName,
    password: z.string().min(1).max(256),
  })
  .strict();
export const joinByMail = z
  .object({ token: z.string().min(1).max(200), email: emailAddress.max(320) })
  .strict();

// ---- grants, receipts, the access log ----
export const newGrant = z
  .object({
    programId: id,
    coachId: id.nullable().default(null).describe("one coach; null: every coach of the program"),
    scopes: z.array(scopeSchema).max(SCOPES.length),
    expiresOn: calendarDate.nullable().default(null).describe("default: the program's end"),
  })
  .strict();
export const grantUpdate = z
  .object({
    scopes: z.array(scopeSchema).max(SCOPES.length).optional(),
    expiresOn: calendarDate.nullable().optional(),
  })
  .strict();
export const grantSchema = z.object({
  id,
  programId: id,
  programName: z.string(),
  coachId: id.nullable(),
  whom: z.string().describe('"every coach of …" or the coach\'s name'),
  scopes: z.array(scopeSchema),
  purpose: z.string(),
  expiresAt: instant,
  createdAt: instant,
  updatedAt: instant,
  revokedAt: instant.nullable(),
  inForce: z.boolean(),
});
export const receiptSchema = z.object({
  id,
  grantId: id,
  change: z.enum(["granted", "changed", "revoked"]),
  scopes: z.array(scopeSchema),
  purpose: z.string(),
  whom: z.string(),
  expiresAt: instant,
  at: instant,
});
export const accessLogEntrySchema = z.object({
  id,
  staffName: z.string(),
  staffEmail: z.string(),
  centerName: z.string(),
  programName: z.string(),
  what: z.string().describe("cohort dashboard, seeker view or program report"),
  scopes: z.array(scopeSchema),
  at: instant,
});

// ---- comments and staff notes ----
export const COMMENT_KINDS = ["nudge", "introduction", "resource"] as const;
export const commentSchema = z.object({
  id,
  programId: id,
  programName: z.string(),
  authorName: z.string(),
  kind: z.enum(COMMENT_KINDS),
  body: z.string(),
  createdAt: instant,
  dismissedAt: instant.nullable(),
});
export const newComment = z
  .object({
    kind: z.enum(COMMENT_KINDS).default("nudge"),
    body: z.string().trim().min(1, "must not be empty").max(5000),
  })
  .strict();
export const staffNoteSchema = z.object({
  id,
  authorName: z.string(),
  body: z.string(),
  createdAt: instant,
});
export const newStaffNote = z
  .object({ body: z.string().trim().min(1, "must not be empty").max(20_000) })
  .strict();

export const programDetailSchema = programSchema.extend({
  milestones: z.array(milestoneSchema),
  invitations: z.array(invitationSchema).describe("for the program's admins and coaches"),
});

// ---- the seeker's side ----
export const membershipSchema = z.object({
  programId: id,
  programName: z.string(),
  centerName: z.string(),
  purpose: z.string(),
  startsOn: calendarDate,
  endsOn: calendarDate,
  joinedAt: instant,
  coaches: z.array(z.object({ userId: id, name: z.string() })),
  grants: z.array(grantSchema),
  milestones: z.array(milestoneProgressSchema),
  material: z.array(materialSchema),
});
export const adoptedSchema = z.object({
  kind: z.enum(MATERIAL_KINDS),
  where: z.string().describe("where the copy now is, e.g. your request template"),
  questionId: id.nullable(),
});

// ---- the cohort and one seeker ----
export const seekerFactsSchema = z.object({
  peopleAdded: count,
  asksSent: count,
  asksByAttempt: z.tuple([count, count, count]).describe("first, second, third and later asks"),
  conversationsHeld: count,
  thankYousSent: count,
  thankYouOnTimePercent: z.number().int().min(0).max(100).nullable(),
  referrals: count,
  referralYield: z.number().min(0).nullable(),
  lastActiveAt: instant.nullable(),
});
export const cohortRowSchema = z.object({
  seekerId: id,
  name: z.string(),
  email: z.string(),
  joinedAt: instant,
  scopes: z.array(scopeSchema).describe("what this seeker shares with you now"),
  progress: seekerFactsSchema.nullable().describe("with `progress`"),
  pipeline: z
    .object({
      overdueFollowUps: count,
      targets: z.array(z.object({ role: z.string(), complete: z.boolean(), gaps: count })),
    })
    .nullable()
    .describe("with `pipeline`"),
  flags: z.array(z.enum(ATTENTION_FLAGS)),
  checkableFlags: z.array(z.enum(ATTENTION_FLAGS)),
});
export const COHORT_SORTS = [
  "name",
  "joinedAt",
  "peopleAdded",
  "asksSent",
  "conversationsHeld",
  "thankYouOnTimePercent",
  "referralYield",
  "overdueFollowUps",
  "lastActiveAt",
  "flags",
] as const;
export const cohortQuery = z.object({
  sort: z.enum(COHORT_SORTS).default("flags"),
  order: z.enum(["asc", "desc"]).default("desc"),
  attention: z.enum(["all", "flagged"]).default("all"),
  sharing: z.enum(["all", "sharing", "not_sharing"]).default("all"),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const cohortSchema = z.object({
  program: programSchema,
  milestones: z.array(milestoneSchema),
  counts: z.object({ joined: count, sharing: count, flagged: count }),
  total: count.describe("rows after the filters"),
  limit: count,
  offset: count,
  rows: z.array(cohortRowSchema),
});

const conversationLine = z.object({
  id,
  person: z.string().describe('the name with `contacts`, else "Person 3, Supplier, Northwind"'),
  status: z.string(),
  scheduledAt: instant.nullable(),
  heldAt: instant.nullable(),
  target: z.string().nullable(),
});
export const seekerViewSchema = z.object({
  seeker: z.object({ id, name: z.string(), email: z.string(), joinedAt: instant }),
  program: z.object({ id, name: z.string() }),
  scopes: z.array(scopeSchema),
  progress: z
    .object({ facts: seekerFactsSchema, milestones: z.array(milestoneProgressSchema) })
    .nullable(),
  pipeline: z
    .object({
      today: todaySchema,
      conversations: z.array(conversationLine),
      coverage: z.array(coverageSchema),
    })
    .nullable(),
  notes: z
    .object({
      conversations: z.array(
        z.object({ id, person: z.string(), notes: z.string(), researchNotes: z.string() }),
      ),
      insights: z.array(z.object({ id, area: z.string(), kind: z.string(), text: z.string() })),
    })
    .nullable(),
  comments: z.array(commentSchema),
  staffNotes: z.array(staffNoteSchema),
});

export type Program = z.output<typeof programSchema>;
export type Grant = z.output<typeof grantSchema>;
export type Membership = z.output<typeof membershipSchema>;
export type CohortRow = z.output<typeof cohortRowSchema>;
export type Cohort = z.output<typeof cohortSchema>;
export type SeekerView = z.output<typeof seekerViewSchema>;
export type SeekerFactsView = z.output<typeof seekerFactsSchema>;
