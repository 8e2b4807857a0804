import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import type { TodayConversation } from "../../api/types";
import { Icon } from "../../components/icons";
import { formatInstant } from "../../lib/dates";
import { MODE_LABEL } from "../../lib/labels";

/** A conversation on the calendar: prepare it, start it, or record that it happened. */
export function UpcomingRow({
  item,
  timeZone,
  past,
}: {
  item: TodayConversation;
  timeZone: string;
  past?: boolean;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="upcoming">
      <Group justify="space-between" gap="sm">
        <Stack gap={2} style={{ flex: "1 1 260px", minWidth: 0 }}>
          <Group gap={6}>
            <Badge variant="light" color="blue" size="sm">
              {item.requestedMinutes} min · {MODE_LABEL[item.mode]}
            </Badge>
            <Anchor component={Link} href={`/people/${item.personId}`} fw={600}>
              {item.personName}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            {formatInstant(item.scheduledAt, timeZone)}
            {item.place ? ` · ${item.place}` : ""}
          </Text>
        </Stack>
        <Group gap={6}>
          {past ? (
            <Button size="xs" component={Link} href={`/conversations/${item.id}/live`}>
              Record how it went
            </Button>
          ) : (
            <>
              <Button
                size="xs"
                component={Link}
                href={`/conversations/${item.id}/prepare`}
                leftSection={<Icon name="edit" size={14} />}
              >
                Prepare
              </Button>
              <Button
                size="xs"
                variant="light"
                component={Link}
                href={`/conversations/${item.id}/live`}
                leftSection={<Icon name="play" size={14} />}
              >
                Start
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
