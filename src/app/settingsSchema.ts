// The settings as the API and the backup format validate them. Apart from settings.ts so that
// reading the settings (every command does) does not load zod.
import { z } from "zod";

const days = z.number().int().min(1).max(730);

export const settingsSchema = z.object({
  timeZone: z.string().min(1).max(100).describe("IANA time zone, e.g. Europe/Paris"),
  requestMinutes: z.number().int().min(5).max(180),
  retryAfterDays: days,
  maxAttempts: z.number().int().min(1).max(10),
  thankYouWithinHours: z.number().int().min(1).max(168),
  activeCheckInDays: days,
  activePeriodDays: days,
  longRunCheckInDays: days,
  comeBackAfterDays: days,
  speakingRateWpm: z.number().int().min(60).max(300),
  pitchMaxSeconds: z.number().int().min(10).max(300),
  upcomingDays: z.number().int().min(1).max(60),
});

export const settingsUpdate = settingsSchema.partial().strict();
