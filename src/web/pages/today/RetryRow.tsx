import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { pipeline, stepTaken } from "../../api/conversations";
import type { TodayRetry } from "../../api/types";
import { Icon } from "../../components/icons";
import { SnoozeMenu } from "../../components/SnoozeMenu";
import { useAction } from "../../hooks/useAction";
import { relativeDay } from "../../lib/dates";

/** A request with no answer yet: try again, or after the last attempt, let it go. */
export function RetryRow({ item, today }: { item: TodayRetry; today: string }) {
  const exhausted = item.attempts >= item.maxAttempts;
  const letGo = useAction(() => pipeline.markNoResponse(String(item.conversationId)), {
    success: `Let go of the request to ${item.personName}. Silence is not a verdict: you can ask again later.`,
    stale: stepTaken,
    undo: () => pipeline.reopen(String(item.conversationId)),
  });
  return (
    <Paper withBorder p="sm" radius="md" data-testid="retry">
      <Group justify="space-between" gap="sm" align="flex-start">
        <Stack gap={2} style={{ flex: "1 1 260px", minWidth: 0 }}>
          <Group gap={6}>
            <Badge color="yellow" variant="light" size="sm">
              Attempt {item.attempts} of {item.maxAttempts}
            </Badge>
            <Anchor component={Link} href={`/people/${item.personId}`} fw={600}>
              {item.personName}
            </Anchor>
            <Text size="xs" c="dimmed">
              due {relativeDay(item.dueOn, today)}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {item.note}
          </Text>
        </Stack>
        <Group gap={6}>
          {!exhausted && item.conversationId && (
            <Button
              size="xs"
              component={Link}
              href={`/outreach/${item.conversationId}`}
              leftSection={<Icon name="outreach" size={14} />}
            >
              Write attempt {item.attempts + 1}
            </Button>
          )}
          {exhausted && (
            <Button size="xs" onClick={() => letGo.mutate(undefined)} loading={letGo.isPending}>
              Let it go
            </Button>
          )}
          <SnoozeMenu followUpId={item.id} who={item.personName} />
        </Group>
      </Group>
    </Paper>
  );
}
