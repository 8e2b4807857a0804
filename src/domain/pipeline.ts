// Where a conversation may go next. The pipeline mostly moves forward, but the practice
// allows second tries: a "no" today can become a new ask later, and silence is not a verdict.
import { Conflict } from "./errors.js";
import { type ConversationStatus, PIPELINE_ORDER } from "./vocabulary.js";

const TRANSITIONS: Readonly<Record<ConversationStatus, readonly ConversationStatus[]>> = {
  identified: ["asked", "scheduled", "cancelled"],
  // Another attempt keeps the conversation in "asked".
  asked: ["asked", "scheduled", "declined", "no_response", "cancelled"],
  // Rescheduling keeps it in "scheduled".
  scheduled: ["scheduled", "held", "cancelled"],
  held: ["thanked"],
  thanked: ["in_touch"],
  in_touch: [],
  declined: ["identified"],
  no_response: ["identified", "asked"],
  cancelled: ["identified", "scheduled"],
};

export function nextStatuses(from: ConversationStatus): ConversationStatus[] {
  return [...TRANSITIONS[from]];
}

export function canTransition(from: ConversationStatus, to: ConversationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ConversationStatus, to: ConversationStatus): void {
  if (canTransition(from, to)) return;
  const allowed = TRANSITIONS[from];
  const next = allowed.length > 0 ? allowed.join(", ") : "nothing (this is the last step)";
  throw new Conflict(
    `A conversation that is "${from}" cannot become "${to}"; allowed next: ${next}`,
    [{ field: "status", message: `"${to}" is not allowed after "${from}"` }],
  );
}

/** Statuses that end a conversation early, most telling first. */
const ENDED_PREFERENCE: readonly ConversationStatus[] = ["declined", "no_response", "cancelled"];

/**
 * How far a person has come across all their conversations. An ended conversation only
 * speaks for the person when nothing else is under way, since a later ask supersedes it.
 */
export function personStage(statuses: readonly ConversationStatus[]): ConversationStatus | null {
  let furthest = -1;
  for (const status of statuses) {
    furthest = Math.max(furthest, PIPELINE_ORDER.indexOf(status));
  }
  if (furthest >= 0) return PIPELINE_ORDER[furthest] ?? null;
  return ENDED_PREFERENCE.find((status) => statuses.includes(status)) ?? null;
}

/** The conversation actually took place. */
export function isTalked(status: ConversationStatus | null | undefined): boolean {
  return status === "held" || status === "thanked" || status === "in_touch";
}

/** The conversation is still on its way to being held. */
export function isPlanned(status: ConversationStatus | null | undefined): boolean {
  return status === "identified" || status === "asked" || status === "scheduled";
}
