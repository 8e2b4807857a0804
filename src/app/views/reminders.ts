// Reminder mail as GET and PUT /api/reminder-settings answer and take it.
import { z } from "zod";

export const reminderSettingsSchema = z.object({
  digest: z.boolean().describe("the daily digest e-mail"),
  digestHour: z
    .number()
    .int()
    .min(0)
    .max(23)
    .describe("hour of the day, in the user's time zone, from which the digest goes"),
  nudge: z.boolean().describe("one short e-mail when a held conversation has no thank-you yet"),
  nudgeAfterHours: z.number().int().min(1).max(72).describe("hours after the conversation"),
});

export const reminderSettingsUpdate = reminderSettingsSchema.partial().strict();

export const unsubscribedSchema = z.object({
  unsubscribed: z.enum(["digest", "nudge"]).describe("which mail was turned off"),
});

export type ReminderSettingsView = z.output<typeof reminderSettingsSchema>;
export type ReminderSettingsUpdate = z.input<typeof reminderSettingsUpdate>;
