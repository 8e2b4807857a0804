import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { followUpsApi } from "../../../api/followUps";
import { useAll } from "../../../api/resource";
import { formatDay } from "../../../lib/dates";
import { FOLLOW_UP_LABEL } from "../../../lib/labels";

/** What comes next with this person: the check-ins the thank-you set up. */
export function NextFollowUps({ personId }: { personId: string }) {
  const followUps = useAll(followUpsApi, { personId });
  const open = (followUps.data ?? []).filter((f) => !f.doneAt);
  if (open.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing scheduled with them.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="next-follow-ups">
      {open.map((f) => (
        <Paper key={f.id} withBorder p="xs" radius="md">
          <Group justify="space-between" gap="xs">
            <Group gap={6}>
              <Badge variant="light" size="sm">
                {FOLLOW_UP_LABEL[f.kind]}
              </Badge>
              <Text size="sm">{formatDay(f.snoozedUntil ?? f.dueOn)}</Text>
            </Group>
            <Text size="xs" c="dimmed">
              {f.note}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
