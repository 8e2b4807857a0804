import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import type { Conversation } from "../../api/types";
import { useSaidYes } from "../../components/conversation/ConversationStatusBadge";
import { SectionCard } from "../../components/SectionCard";
import { StatusBadge } from "../../components/StatusBadge";
import { nextStepHref, nextStepLabel } from "../../lib/conversationLinks";
import { formatInstant } from "../../lib/dates";
import { MODE_LABEL } from "../../lib/labels";

export function ConversationsCard({
  conversations,
  timeZone,
}: {
  conversations: Conversation[];
  timeZone?: string;
}) {
  if (conversations.length === 0) return null;
  return (
    <SectionCard id="conversations" title="Conversations" count={conversations.length}>
      <Stack gap="xs">
        {conversations.map((c) => (
          <ConversationItem key={c.id} conversation={c} timeZone={timeZone} />
        ))}
      </Stack>
    </SectionCard>
  );
}

function ConversationItem({
  conversation: c,
  timeZone,
}: {
  conversation: Conversation;
  timeZone?: string;
}) {
  const yes = useSaidYes(c);
  return (
    <Paper withBorder p="xs" radius="md">
      <Group justify="space-between" gap="xs">
        <Stack gap={0}>
          <Group gap={6}>
            <StatusBadge status={c.status} size="xs" saidYes={yes} />
            <Text size="sm">
              {c.requestedMinutes} min · {MODE_LABEL[c.mode]}
            </Text>
          </Group>
          {c.scheduledAt && (
            <Text size="xs" c="dimmed">
              {formatInstant(c.heldAt ?? c.scheduledAt, timeZone)}
            </Text>
          )}
        </Stack>
        <Anchor component={Link} href={nextStepHref(c.id, c.status)} size="sm">
          {nextStepLabel(c.status, yes)}
        </Anchor>
      </Group>
    </Paper>
  );
}
