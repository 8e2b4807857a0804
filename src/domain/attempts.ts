// Outreach attempts: ask, wait, ask again, and after the last unanswered try let it go.
// Silence is normal, so the plan never treats one unanswered email as a refusal.
import { Conflict } from "./errors.js";
import type { PracticeSettings } from "./settings.js";
import { addDays, compareInstants, dateInZone } from "./time.js";
import type { AttemptResponse, ConversationStatus } from "./vocabulary.js";

export interface AttemptFacts {
  number: number;
  sentAt: string;
  response: AttemptResponse;
}

export type AttemptState = "not_started" | "waiting" | "retry_due" | "exhausted" | "answered";

export interface AttemptPlan {
  count: number;
  remaining: number;
  lastSentAt: string | null;
  /** Date (user's zone) from which another attempt makes sense; null when none is left. */
  nextRetryOn: string | null;
  state: AttemptState;
}

/**
 * A bounced address never reached them: it is not one of the asks the limit counts, and the
 * seeker should try another channel instead.
 */
export function countsTowardLimit(attempt: Pick<AttemptFacts, "response">): boolean {
  return attempt.response !== "bounced";
}

export function realAttemptCount(attempts: readonly Pick<AttemptFacts, "response">[]): number {
  return attempts.filter(countsTowardLimit).length;
}

/** The last attempt bounced: the page should suggest another channel before asking again. */
export function needsAnotherChannel(attempts: readonly AttemptFacts[]): boolean {
  const last = [...attempts].sort((a, b) => a.number - b.number).at(-1);
  return last?.response === "bounced";
}

/**
 * They said yes to the last request that reached them, and it is not on the calendar yet. The
 * pipeline keeps such a conversation "asked" until it has a time, but the next move is to
 * schedule it, and every page should say so rather than "Asked".
 */
export function saidYes(
  status: ConversationStatus,
  attempts: readonly Pick<AttemptFacts, "number" | "response">[],
): boolean {
  if (status !== "asked") return false;
  const last = attempts
    .filter(countsTowardLimit)
    .sort((a, b) => a.number - b.number)
    .at(-1);
  return last?.response === "accepted";
}

export function attemptPlan(
  attempts: readonly AttemptFacts[],
  now: string,
  settings: PracticeSettings,
): AttemptPlan {
  const count = realAttemptCount(attempts);
  const remaining = Math.max(0, settings.maxAttempts - count);
  let lastSentAt: string | null = null;
  for (const attempt of attempts) {
    if (lastSentAt === null || compareInstants(attempt.sentAt, lastSentAt) > 0) {
      lastSentAt = attempt.sentAt;
    }
  }
  if (lastSentAt === null) {
    return { count, remaining, lastSentAt, nextRetryOn: null, state: "not_started" };
  }
  // A yes or a no both settle the outreach; a bounce does not, it just needs another channel.
  if (attempts.some((a) => a.response === "accepted" || a.response === "declined")) {
    return { count, remaining, lastSentAt, nextRetryOn: null, state: "answered" };
  }
  const waitEndsOn = addDays(dateInZone(lastSentAt, settings.timeZone), settings.retryAfterDays);
  const waitIsOver = dateInZone(now, settings.timeZone) >= waitEndsOn;
  if (count < settings.maxAttempts) {
    return {
      count,
      remaining,
      lastSentAt,
      nextRetryOn: waitEndsOn,
      state: waitIsOver ? "retry_due" : "waiting",
    };
  }
  // The last attempt still deserves its full wait before the outreach is closed.
  return {
    count,
    remaining,
    lastSentAt,
    nextRetryOn: null,
    state: waitIsOver ? "exhausted" : "waiting",
  };
}

/**
 * Rule "attempt limit": at most `maxAttempts` asks that reached the person (bounces aside).
 * A refusal is a conflict with the request's state, not bad input.
 */
export function assertAttemptAllowed(realCount: number, settings: PracticeSettings): void {
  if (realCount < settings.maxAttempts) return;
  const limit = settings.maxAttempts;
  const message =
    `This request already has ${realCount} attempt${realCount === 1 ? "" : "s"} that reached them; ` +
    `the limit is ${limit} (attempt limit). Let it go, or raise the limit in settings.`;
  throw new Conflict(message, [{ field: "attempt", message }]);
}
