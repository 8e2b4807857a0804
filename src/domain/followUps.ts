// The long follow-up after a conversation: thank them within a day, keep in touch often while
// the relationship is fresh and every few months after, and come back when a promised step is
// done. Each rule drafts a follow-up; storing it is the caller's job.
import { RuleViolation } from "./errors.js";
import type { PracticeSettings } from "./settings.js";
import { addDays, addHours, calendarDate, daysBetween } from "./time.js";
import type { FollowUpKind } from "./vocabulary.js";

export interface FollowUpDraft {
  kind: FollowUpKind;
  personId: string;
  conversationId: string | null;
  /** YYYY-MM-DD in the user's zone. */
  dueOn: string;
  /** A precise deadline, when there is one (the thank-you); otherwise null. */
  dueAt: string | null;
  note: string;
}

function assertPositiveDays(value: number, field: string): void {
  if (!Number.isInteger(value) || value <= 0) {
    const message = `${field} must be a whole number of days above zero; got ${value}.`;
    throw new RuleViolation(message, [{ field, message }]);
  }
}

/** The person's own rhythm, when the seeker set one, beats the general cadence. */
function personCadence(keepInTouchDays: number | null | undefined): number | null {
  if (keepInTouchDays === null || keepInTouchDays === undefined) return null;
  assertPositiveDays(keepInTouchDays, "keepInTouchDays");
  return keepInTouchDays;
}

const CHECK_IN_NOTE = "Check in: share an update and ask what they have been working on.";

export function followUpsAfterHeld(
  args: {
    personId: string;
    conversationId: string;
    heldAt: string;
    keepInTouchDays?: number | null;
  },
  settings: PracticeSettings,
): FollowUpDraft[] {
  const zone = settings.timeZone;
  const thankYouAt = addHours(args.heldAt, settings.thankYouWithinHours);
  const checkInDays = personCadence(args.keepInTouchDays) ?? settings.activeCheckInDays;
  return [
    {
      kind: "thank_you",
      personId: args.personId,
      conversationId: args.conversationId,
      dueOn: calendarDate(thankYouAt, zone),
      dueAt: thankYouAt,
      note: "Send a thank-you: an email, or a handwritten card for more impact.",
    },
    {
      kind: "check_in",
      personId: args.personId,
      conversationId: args.conversationId,
      dueOn: addDays(calendarDate(args.heldAt, zone), checkInDays),
      dueAt: null,
      note: CHECK_IN_NOTE,
    },
  ];
}

/** The check-in after the one just done (`doneOn`). */
export function nextCheckIn(
  args: {
    personId: string;
    lastConversationOn: string | null;
    doneOn: string;
    keepInTouchDays?: number | null;
  },
  settings: PracticeSettings,
): FollowUpDraft {
  const zone = settings.timeZone;
  const doneOn = calendarDate(args.doneOn, zone);
  const stillActive =
    args.lastConversationOn !== null &&
    daysBetween(calendarDate(args.lastConversationOn, zone), doneOn) <= settings.activePeriodDays;
  const days =
    personCadence(args.keepInTouchDays) ??
    (stillActive ? settings.activeCheckInDays : settings.longRunCheckInDays);
  return {
    kind: "check_in",
    personId: args.personId,
    conversationId: null,
    dueOn: addDays(doneOn, days),
    dueAt: null,
    note: CHECK_IN_NOTE,
  };
}

/** A promise to report back once the advised research or training is done. */
export function comeBackFollowUp(
  args: {
    personId: string;
    conversationId: string | null;
    promisedOn: string;
    afterDays?: number | null;
    step: string;
  },
  settings: PracticeSettings,
): FollowUpDraft {
  const days = args.afterDays ?? settings.comeBackAfterDays;
  assertPositiveDays(days, "afterDays");
  const step = args.step.trim();
  return {
    kind: "come_back",
    personId: args.personId,
    conversationId: args.conversationId,
    dueOn: addDays(calendarDate(args.promisedOn, settings.timeZone), days),
    dueAt: null,
    note: step
      ? `Come back and tell them how the research went: ${step}`
      : "Come back and tell them how the research went.",
  };
}

/** After an outreach attempt: try again later, or after the last one, close it kindly. */
export function followUpAfterAttempt(
  args: { personId: string; conversationId: string; attemptNumber: number; sentAt: string },
  settings: PracticeSettings,
): FollowUpDraft {
  const last = args.attemptNumber >= settings.maxAttempts;
  return {
    kind: last ? "close_outreach" : "retry",
    personId: args.personId,
    conversationId: args.conversationId,
    dueOn: addDays(calendarDate(args.sentAt, settings.timeZone), settings.retryAfterDays),
    dueAt: null,
    note: last
      ? `No answer after ${args.attemptNumber} attempts: let it go.`
      : `No answer to attempt ${args.attemptNumber} yet? Try again, perhaps another way.`,
  };
}

export { classifyFollowUps, type FollowUpFacts, snoozeUntil } from "./followUpList.js";
