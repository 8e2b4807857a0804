// The seeker's day as GET /api/today answers it.
import { z } from "zod";
import {
  CONVERSATION_MODES,
  CONVERSATION_STATUSES,
  FOLLOW_UP_KINDS,
  ROLES,
} from "../../domain/vocabulary.js";
import { calendarDate, id, instant, optionalId } from "../entities/fields.js";
import { coverageGapSchema } from "./coverage.js";

/** A follow-up with the person's name and the conversation's status, so a row needs no lookup. */
export const todayFollowUpSchema = z.object({
  id,
  kind: z.enum(FOLLOW_UP_KINDS),
  dueOn: calendarDate,
  dueAt: instant.nullable(),
  note: z.string(),
  doneAt: instant.nullable(),
  snoozedUntil: calendarDate.nullable().describe("hidden until this day"),
  personId: id,
  personName: z.string(),
  conversationId: optionalId,
  conversationStatus: z.enum(CONVERSATION_STATUSES).nullable(),
});

export const todayRetrySchema = todayFollowUpSchema.extend({
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
});

export const todayConversationSchema = z.object({
  id,
  personId: id,
  personName: z.string(),
  scheduledAt: instant,
  mode: z.enum(CONVERSATION_MODES),
  place: z.string().nullable(),
  requestedMinutes: z.number().int(),
  targetId: optionalId,
});

export const todayToAskSchema = z.object({
  conversationId: id,
  personId: id,
  personName: z.string(),
  targetId: optionalId,
  since: instant.describe("when the conversation was put on the list to ask"),
  waitedDays: z.number().int().min(0).describe("whole days since, in the user's time zone"),
  referredBy: z
    .object({ personId: id, fullName: z.string() })
    .nullable()
    .describe("who introduced them; referrals come first"),
});

export const todayGapSchema = coverageGapSchema.extend({
  action: z.object({
    label: z.string().describe('what to do next, e.g. "Find a hiring manager at Northwind"'),
    people: z
      .object({ roles: z.enum(ROLES).nullable(), organizationId: optionalId })
      .nullable()
      .describe("open People with these filters; null: open the target"),
  }),
});

export const todaySchema = z.object({
  date: calendarDate.describe("today in the user's time zone"),
  timeZone: z.string(),
  now: instant,
  followUps: z.object({
    overdue: z.array(todayFollowUpSchema),
    dueToday: z.array(todayFollowUpSchema),
  }),
  retries: z.array(todayRetrySchema).describe("requests to ask again or let go"),
  upcoming: z.array(todayConversationSchema).describe("scheduled within the coming days"),
  toRecord: z.array(todayConversationSchema).describe("past their time, not yet marked held"),
  thankYousSoon: z
    .array(todayFollowUpSchema)
    .describe("thank-yous due within the next 24 hours, not yet listed as due today"),
  toAsk: z
    .array(todayToAskSchema)
    .describe(
      "people waiting to be asked for a conversation: referrals first, then the longest wait",
    ),
  toAskTotal: z.number().int().min(0),
  coverageGaps: z.array(
    z.object({ targetId: id, role: z.string(), gaps: z.array(todayGapSchema) }),
  ),
});

export type TodayFollowUp = z.output<typeof todayFollowUpSchema>;
export type TodayRetry = z.output<typeof todayRetrySchema>;
export type TodayToAsk = z.output<typeof todayToAskSchema>;
export type TodayGap = z.output<typeof todayGapSchema>;
export type TodayConversation = z.output<typeof todayConversationSchema>;
export type Today = z.output<typeof todaySchema>;
