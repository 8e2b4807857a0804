// The words of coaching as people read them: each scope in plain words, the roles, the
// attention flags, the milestones' measures and how a milestone stands. The rules' own words
// (domain/centers) are used where they exist, so the server and the pages say the same thing.
import { ATTENTION_WORDS, type AttentionFlag } from "../../domain/centers/attention.js";
import { SCOPES, type Scope, type StaffRole } from "../../domain/centers/consent.js";
import { METRIC_WORDS, type MilestoneMetric } from "../../domain/centers/milestones.js";

export type { AttentionFlag, MilestoneMetric, Scope, StaffRole };
export { SCOPES };

/** Each scope: its name, what it shares in the seeker's words, and in the coach's. */
export const SCOPE_WORDS: Readonly<
  Record<Scope, { label: string; shares: string; coachSees: string }>
> = {
  progress: {
    label: "Progress",
    shares:
      "Counts and rates only: people added, asks sent, conversations held, thank-yous on time.",
    coachSees: "counts and rates: people added, asks, conversations held, thank-yous on time.",
  },
  pipeline: {
    label: "Pipeline",
    shares:
      "Your Today, your conversations and their stages, your follow-ups and the coverage of each target.",
    coachSees: "their Today, conversations and stages, follow-ups and coverage.",
  },
  notes: {
    label: "Notes",
    shares: "Your preparation, your notes from conversations and what you learned (insights).",
    coachSees: "their preparation, notes and insights.",
  },
  contacts: {
    label: "Contacts",
    shares:
      'The names and details of the people you talk to. Off unless you choose it: without it they show as "Person 3, Supplier, Northwind", since they never agreed to be seen.',
    coachSees:
      'the names and details of the people they talk to, who show as "Person 3, Supplier, Northwind" instead.',
  },
};

export const ROLE_WORDS: Readonly<Record<StaffRole, { label: string; sees: string }>> = {
  admin: { label: "Admin", sees: "adds and removes staff, sets up programs and material" },
  coach: { label: "Coach", sees: "sees what the seekers of their programs share with them" },
  analyst: { label: "Analyst", sees: "downloads the de-identified report, never a person" },
};

export const attentionWords = (flag: AttentionFlag): string => ATTENTION_WORDS[flag];

export const METRIC_LABELS: Readonly<Record<MilestoneMetric, string>> = METRIC_WORDS;

export const MILESTONE_STATUS: Readonly<
  Record<"met" | "on_track" | "behind" | "missed", { label: string; color: string }>
> = {
  met: { label: "Met", color: "green" },
  on_track: { label: "On track", color: "blue" },
  behind: { label: "Behind", color: "orange" },
  missed: { label: "Missed", color: "red" },
};

export const COMMENT_KINDS = ["nudge", "introduction", "resource"] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const COMMENT_WORDS: Readonly<Record<CommentKind, string>> = {
  nudge: "Nudge",
  introduction: "Introduction",
  resource: "Resource",
};

/** "progress and pipeline", for a sentence. */
export function scopeList(scopes: readonly Scope[]): string {
  const words = scopes.map((scope) => SCOPE_WORDS[scope].label.toLowerCase());
  if (words.length === 0) return "nothing";
  if (words.length === 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

const dateFormat = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** "Jan 31, 2027": a program's dates and a grant's end carry the year, unlike Today's days. */
export function formatDate(dateOrInstant: string): string {
  return dateFormat.format(new Date(`${dateOrInstant.slice(0, 10)}T12:00:00Z`));
}

/** "Every coach of …": the server's words for whom, at the start of a line. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
