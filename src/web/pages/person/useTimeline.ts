// A person's history in one list: asks, conversations, touchpoints and follow-ups, newest
// first. The API keeps them apart, so they are read together here.
import { useQuery } from "@tanstack/react-query";
import { attemptsApi } from "../../api/attempts";
import { conversationsApi } from "../../api/conversations";
import { followUpsApi, touchpointsApi } from "../../api/followUps";
import { personKeys } from "../../api/people";
import type { Attempt, Conversation, FollowUp } from "../../api/types";
import { CHANNEL_LABEL, FOLLOW_UP_LABEL, MODE_LABEL } from "../../lib/labels";

export type TimelineKind = "attempt" | "conversation" | "touchpoint" | "follow-up";

export interface TimelineEvent {
  key: string;
  /** An instant or a calendar date; both sort as text. */
  at: string;
  kind: TimelineKind;
  title: string;
  detail?: string;
  href?: string;
  open?: boolean;
}

function conversationEvents(c: Conversation): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const href = `/conversations/${c.id}`;
  if (c.scheduledAt && !c.heldAt) {
    events.push({
      key: `${c.id}-scheduled`,
      at: c.scheduledAt,
      kind: "conversation",
      title: `Conversation scheduled (${c.requestedMinutes} min, ${MODE_LABEL[c.mode].toLowerCase()})`,
      detail: c.place ?? undefined,
      href,
    });
  }
  if (c.heldAt) {
    events.push({
      key: `${c.id}-held`,
      at: c.heldAt,
      kind: "conversation",
      title: "Conversation held",
      detail: c.notes ? c.notes.slice(0, 240) : undefined,
      href,
    });
  }
  if (c.thankYouSentAt) {
    events.push({
      key: `${c.id}-thanked`,
      at: c.thankYouSentAt,
      kind: "conversation",
      title: `Thank-you sent${c.thankYouChannel === "card" ? " (card)" : ""}`,
      href,
    });
  }
  return events;
}

const RESPONSE_WORDS: Record<Attempt["response"], string> = {
  none: "no answer yet",
  accepted: "said yes",
  declined: "declined",
  bounced: "bounced",
};

/** Two instants written by one step (a few milliseconds apart at most). */
function sameStep(a: string | null | undefined, b: string): boolean {
  return Boolean(a) && Math.abs(Date.parse(a as string) - Date.parse(b)) < 2000;
}

/**
 * A closed reminder to ask again says why it closed: they answered, the talk was scheduled, or
 * the request was let go. "Retry done" for someone who said yes reads as an error.
 */
function followUpTitle(f: FollowUp, attempts: Attempt[], conversations: Conversation[]): string {
  const label = FOLLOW_UP_LABEL[f.kind];
  if (!f.doneAt) return `${label} due`;
  if (f.kind !== "retry" && f.kind !== "close_outreach") return `${label} done`;
  const doneAt = f.doneAt;
  const mine = attempts.filter((a) => a.conversationId === f.conversationId);
  const answered = mine.find((a) => sameStep(a.respondedAt, doneAt) && a.response !== "none");
  if (answered?.response === "accepted") return "Said yes";
  if (answered?.response === "declined") return "Declined";
  if (mine.some((a) => sameStep(a.sentAt, doneAt))) return "Asked again";
  const c = conversations.find((x) => x.id === f.conversationId);
  if (!c) return `${label} done`;
  if (mine.some((a) => a.response === "accepted") || c.scheduledAt) return "Said yes";
  if (c.status === "declined") return "Declined";
  if (c.status === "no_response") return "Let go (no response)";
  if (c.status === "cancelled") return "Cancelled";
  return `${label} done`;
}

export function useTimeline(personId: string) {
  return useQuery({
    queryKey: personKeys.timeline(personId),
    queryFn: async () => {
      const [conversations, touchpoints, followUps] = await Promise.all([
        conversationsApi.all({ personId }),
        touchpointsApi.all({ personId }),
        followUpsApi.all({ personId }),
      ]);
      const attempts = (
        await Promise.all(conversations.map((c) => attemptsApi.all({ conversationId: c.id })))
      ).flat();
      const events: TimelineEvent[] = [
        ...attempts.map((a) => ({
          key: a.id,
          at: a.sentAt,
          kind: "attempt" as const,
          title: `Asked for a conversation: attempt ${a.number} by ${CHANNEL_LABEL[a.channel].toLowerCase()}`,
          detail: a.response !== "none" ? `Answer: ${RESPONSE_WORDS[a.response]}` : undefined,
          href: `/outreach/${a.conversationId}`,
        })),
        ...conversations.flatMap(conversationEvents),
        ...touchpoints.map((t) => ({
          key: t.id,
          at: t.occurredOn,
          kind: "touchpoint" as const,
          title: t.direction === "given" ? "Gave" : "Received",
          detail: t.summary,
        })),
        ...followUps.map((f) => ({
          key: f.id,
          at: f.doneAt ?? f.dueOn,
          kind: "follow-up" as const,
          title: followUpTitle(f, attempts, conversations),
          // A closed reminder to ask again kept its "try again" note, which now reads wrong.
          detail:
            f.doneAt && (f.kind === "retry" || f.kind === "close_outreach") ? undefined : f.note,
          open: !f.doneAt,
        })),
      ];
      events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      return { events, conversations, attempts };
    },
  });
}
