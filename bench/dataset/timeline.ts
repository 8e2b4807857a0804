// When things happened in one conversation's life, by its status: the asks, the answer, the
// meeting and the thank-you, placed so that Today has overdue, due and upcoming work.
import type { ConversationStatus } from "../../src/domain/vocabulary.js";
import type { Random } from "../prng.js";
import { earlier, fromNow, later } from "./time.js";

export interface Timeline {
  /** When the last attempt went out; null when the request was never sent. */
  lastSent: string | null;
  response: "none" | "accepted" | "declined";
  respondedAt: string | null;
  scheduledAt: string | null;
  heldAt: string | null;
  thankYouAt: string | null;
  /** When the request was ended (declined, no response, cancelled). */
  endedAt: string | null;
}

const hours = (n: number) => n / 24;

function accepted(random: Random, meetingAt: string) {
  // A meeting a week away was agreed to before today, not after.
  const beforeMeeting = later(meetingAt, -random.int(3, 10) - random.next());
  const beforeNow = fromNow(-hours(random.int(1, 48)));
  const respondedAt = earlier(beforeMeeting, beforeNow);
  return {
    respondedAt,
    lastSent: later(respondedAt, -random.int(1, 3) - random.next()),
    response: "accepted" as const,
  };
}

export function timelineFor(random: Random, status: ConversationStatus): Timeline {
  const none: Timeline = {
    lastSent: null,
    response: "none",
    respondedAt: null,
    scheduledAt: null,
    heldAt: null,
    thankYouAt: null,
    endedAt: null,
  };
  switch (status) {
    case "identified":
      return none;
    case "asked":
      return { ...none, lastSent: fromNow(-random.int(1, 20) + hours(random.int(-8, 8))) };
    case "scheduled": {
      const scheduledAt = random.chance(0.67)
        ? fromNow(hours(random.int(2, 7 * 24)))
        : fromNow(-random.int(1, 5) - hours(random.int(1, 8)));
      return { ...none, ...accepted(random, scheduledAt), scheduledAt };
    }
    case "held":
    case "thanked":
    case "in_touch": {
      const heldAt =
        status === "held"
          ? fromNow(-hours(random.int(2, 72)))
          : status === "thanked"
            ? fromNow(-random.int(4, 80) - random.next())
            : fromNow(-random.int(90, 540) - random.next());
      const thankYouAt = status === "held" ? null : later(heldAt, hours(random.int(2, 30)));
      return { ...none, ...accepted(random, heldAt), scheduledAt: heldAt, heldAt, thankYouAt };
    }
    case "declined": {
      const respondedAt = fromNow(-random.int(10, 400) - random.next());
      const lastSent = later(respondedAt, -random.int(1, 5));
      return { ...none, lastSent, response: "declined", respondedAt, endedAt: respondedAt };
    }
    case "no_response": {
      const lastSent = fromNow(-random.int(15, 400) - random.next());
      return { ...none, lastSent, endedAt: later(lastSent, random.int(7, 14)) };
    }
    case "cancelled": {
      const scheduledAt = fromNow(-random.int(1, 200) - random.next());
      const plan = accepted(random, scheduledAt);
      return { ...none, ...plan, scheduledAt, endedAt: later(plan.respondedAt, random.int(1, 3)) };
    }
  }
}
