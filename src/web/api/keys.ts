// The first part of every query key: a change invalidates the roots of what it touched, and
// everything cached under them (lists, pages, single records, views) is fetched again.
import type { QueryKey } from "@tanstack/react-query";

export const roots = {
  people: ["people"],
  organizations: ["organizations"],
  industries: ["industries"],
  targets: ["targets"],
  conversations: ["conversations"],
  attempts: ["attempts"],
  questions: ["questions"],
  conversationQuestions: ["conversation-questions"],
  referrals: ["referrals"],
  insights: ["insights"],
  glossaryTerms: ["glossary-terms"],
  followUps: ["follow-ups"],
  touchpoints: ["touchpoints"],
  leads: ["leads"],
  today: ["today"],
  progress: ["progress"],
  settings: ["settings"],
  templates: ["templates"],
  calendarFeeds: ["calendar-feeds"],
} as const satisfies Record<string, QueryKey>;

/** What a change makes stale: the roots to invalidate. */
export type Stale = readonly QueryKey[];

/** Sample data and imports can touch every table. */
export const everything: Stale = Object.values(roots);
