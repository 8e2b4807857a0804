// One thing to do for one person, with its three one-click actions: done, snooze, open.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link } from "wouter";
import { completeFollowUp, followUpChanged } from "../../api/followUps";
import type { TodayFollowUp } from "../../api/types";
import { Icon } from "../../components/icons";
import { SnoozeMenu } from "../../components/SnoozeMenu";
import { useAction } from "../../hooks/useAction";
import { formatInstant, relativeDay } from "../../lib/dates";
import { FOLLOW_UP_LABEL } from "../../lib/labels";
import { ThankYouDone } from "./ThankYouDone";

const KIND_COLOR: Record<string, string> = {
  thank_you: "grape",
  check_in: "teal",
  come_back: "indigo",
  retry: "yellow",
  close_outreach: "orange",
  other: "gray",
};

function openHref(item: TodayFollowUp): string {
  if (item.kind === "thank_you" && item.conversationId) {
    return `/conversations/${item.conversationId}/after`;
  }
  return `/people/${item.personId}`;
}

export function FollowUpRow({
  item,
  today,
  overdue,
  timeZone,
}: {
  item: TodayFollowUp;
  today: string;
  overdue: boolean;
  timeZone: string;
}) {
  // The thank-you is done by sending it: Done asks how (email or card) and for the name check.
  const isThankYou =
    item.kind === "thank_you" && item.conversationStatus === "held" && item.conversationId;
  const [thanking, thank] = useDisclosure(false);
  const done = useAction(() => completeFollowUp(item.id), {
    success: `Done: ${FOLLOW_UP_LABEL[item.kind].toLowerCase()} with ${item.personName}.`,
    stale: followUpChanged,
  });
  const when = item.dueAt
    ? `due ${formatInstant(item.dueAt, timeZone)}`
    : `due ${relativeDay(item.dueOn, today)}`;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="follow-up">
      <Group justify="space-between" gap="sm" align="flex-start">
        <Stack gap={2} style={{ flex: "1 1 260px", minWidth: 0 }}>
          <Group gap={6}>
            <Badge color={KIND_COLOR[item.kind]} variant="light" size="sm">
              {FOLLOW_UP_LABEL[item.kind]}
            </Badge>
            <Anchor component={Link} href={`/people/${item.personId}`} fw={600}>
              {item.personName}
            </Anchor>
            <Text size="xs" c={overdue ? "red.8" : "dimmed"} fw={overdue ? 600 : 400}>
              {overdue ? `Overdue · ${when}` : when}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {item.note}
          </Text>
        </Stack>
        <Group gap={6}>
          <Button
            size="xs"
            onClick={() => (isThankYou ? thank.open() : done.mutate(undefined))}
            loading={done.isPending}
            leftSection={<Icon name="check" size={14} />}
            aria-label={`Done: ${FOLLOW_UP_LABEL[item.kind]} with ${item.personName}`}
          >
            Done
          </Button>
          <SnoozeMenu followUpId={item.id} who={item.personName} />
          <Button
            size="xs"
            variant="light"
            component={Link}
            href={openHref(item)}
            aria-label={`Open ${item.personName}`}
          >
            Open
          </Button>
        </Group>
      </Group>
      {isThankYou && thanking && (
        <ThankYouDone
          conversationId={item.conversationId as string}
          personName={item.personName}
          opened
          onClose={thank.close}
        />
      )}
    </Paper>
  );
}
