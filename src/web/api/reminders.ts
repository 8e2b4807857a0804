// Reminder e-mails (server mode): the digest and the thank-you nudge, and the invitation file a
// seeker sends the person they will talk to.
import { useQuery } from "@tanstack/react-query";
import type { ReminderSettingsUpdate, ReminderSettingsView } from "../../app/views/reminders.js";
import { api } from "./client";
import type { Stale } from "./keys";

const reminderKey = ["reminder-settings"] as const;

export const useReminderSettings = () =>
  useQuery({
    queryKey: reminderKey,
    queryFn: () => api.get<ReminderSettingsView>("/api/reminder-settings"),
    staleTime: 60_000,
  });

export const saveReminderSettings = (changes: ReminderSettingsUpdate) =>
  api.put<ReminderSettingsView>("/api/reminder-settings", changes);

export const reminderSettingsChanged: Stale = [reminderKey];

/** The conversation as an iCalendar invitation (METHOD:REQUEST), to download. */
export function invitationHref(conversationId: string): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/invitation`;
}

export type { ReminderSettingsView };
