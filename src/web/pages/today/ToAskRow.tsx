// Someone waiting to be asked for a conversation: who introduced them, how long they have
// waited, and the request to write.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import type { TodayGap, TodayToAsk } from "../../api/types";
import { Icon } from "../../components/icons";

function waited(days: number): string {
  if (days === 0) return "added today";
  return `waiting ${days} day${days === 1 ? "" : "s"}`;
}

export function ToAskRow({ item }: { item: TodayToAsk }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="to-ask">
      <Group justify="space-between" gap="sm">
        <Stack gap={2} style={{ flex: "1 1 220px", minWidth: 0 }}>
          <Group gap={6}>
            <Anchor component={Link} href={`/people/${item.personId}`} fw={600}>
              {item.personName}
            </Anchor>
            {item.referredBy && (
              <Badge variant="light" color="brand" size="sm">
                Referral
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {item.referredBy ? `Introduced by ${item.referredBy.fullName} · ` : ""}
            {waited(item.waitedDays)}
          </Text>
        </Stack>
        <Button
          size="xs"
          component={Link}
          href={`/outreach/${item.conversationId}`}
          leftSection={<Icon name="outreach" size={14} />}
          aria-label={`Write the request to ${item.personName}`}
        >
          Write the request
        </Button>
      </Group>
    </Paper>
  );
}

/** Where a gap's action leads: People with the filters it names, else the target. */
export function gapHref(targetId: string, gap: TodayGap): string {
  const people = gap.action.people;
  if (!people) return `/targets/${targetId}`;
  const query = new URLSearchParams();
  if (people.roles) query.set("roles", people.roles);
  if (people.organizationId) query.set("organizationId", people.organizationId);
  return `/people${query.size > 0 ? `?${query}` : ""}`;
}
