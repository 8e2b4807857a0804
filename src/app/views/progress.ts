// Progress in numbers, as GET /api/progress answers it.
import { z } from "zod";
import {
  ATTEMPT_CHANNELS,
  CONVERSATION_STATUSES,
  INSIGHT_KINDS,
  LEAD_STATUSES,
} from "../../domain/vocabulary.js";
import { calendarDate } from "../entities/fields.js";

const count = z.number().int().min(0);
const ratio = z.number().min(0);

export const progressSchema = z.object({
  funnel: z.array(z.object({ stage: z.enum(CONVERSATION_STATUSES), count })),
  responseRate: z.array(
    z.object({ channel: z.enum(ATTEMPT_CHANNELS), sent: count, answered: count, rate: ratio }),
  ),
  referralYield: z.object({
    referrals: count,
    perConversation: ratio,
    reached: count,
    reachRate: ratio,
  }),
  conversationsPerWeek: z.array(
    z.object({ week: calendarDate.describe("the week's Monday"), count }),
  ),
  networkGrowth: z.array(z.object({ week: calendarDate, people: count })),
  leads: z
    .object({
      total: count,
      open: count,
      byStatus: z.array(z.object({ status: z.enum(LEAD_STATUSES), count })),
    })
    .describe("openings heard of, and where each stands; open is every status but closed"),
  insights: z
    .array(z.object({ kind: z.enum(INSIGHT_KINDS), count }))
    .describe("what was learned, and the assumptions conversations confirmed or overturned"),
});

export type Progress = z.output<typeof progressSchema>;
