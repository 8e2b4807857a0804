// A person's history in one list: asks, conversations, touchpoints and follow-ups, newest
// first. The API keeps them apart, so they are read together here.
import { useQuery } from "@tanstack/react-query";
import { attemptsApi } from "../../api/attempts";
import { conversationsApi } from "../../api/conversations";
import { followUpsApi, touchpointsApi } from "../../api/followUps";
import { personKeys } from "../../api/people";
import type { Conversation } from "../../api/types";
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
          detail: a.response !== "none" ? `Answer: ${a.response}` : undefined,
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
          title: f.doneAt ? `${FOLLOW_UP_LABEL[f.kind]} done` : `${FOLLOW_UP_LABEL[f.kind]} due`,
          detail: f.note,
          open: !f.doneAt,
        })),
      ];
      events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      return { events, conversations };
    },
  });
}
