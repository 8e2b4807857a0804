import { Anchor, Badge, Group, Text, Timeline } from "@mantine/core";
import { Link } from "wouter";
import { Icon, type IconName } from "../../components/icons";
import { LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { formatDay, formatInstant } from "../../lib/dates";
import type { TimelineEvent, TimelineKind } from "./useTimeline";

const ICON: Record<TimelineKind, IconName> = {
  attempt: "outreach",
  conversation: "conversation",
  touchpoint: "sparkle",
  "follow-up": "clock",
};

function when(at: string, timeZone?: string): string {
  return at.length === 10 ? formatDay(at) : formatInstant(at, timeZone);
}

export function TimelineCard({
  events,
  loading,
  timeZone,
}: {
  events: TimelineEvent[] | undefined;
  loading: boolean;
  timeZone?: string;
}) {
  return (
    <SectionCard id="timeline" title="Timeline" count={events?.length}>
      {loading || !events ? (
        <LoadingRows rows={3} />
      ) : events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet. Ask for a conversation, or log something you gave or received.
        </Text>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} active={-1}>
          {events.map((event) => (
            <Timeline.Item
              key={event.key}
              bullet={<Icon name={ICON[event.kind]} size={14} />}
              title={
                <Group gap={6}>
                  {event.href ? (
                    <Anchor component={Link} href={event.href} size="sm" fw={600}>
                      {event.title}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={600}>
                      {event.title}
                    </Text>
                  )}
                  {event.open && (
                    <Badge size="xs" variant="light" color="yellow">
                      open
                    </Badge>
                  )}
                </Group>
              }
            >
              {event.detail && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                  {event.detail}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={2}>
                {when(event.at, timeZone)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}
