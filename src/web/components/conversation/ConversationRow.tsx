// One conversation in a list, with its person's name and a link to its next step. The API's
// conversation list carries no names, so each row reads its person (cached across the app).
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { peopleApi } from "../../api/people";
import { useOne } from "../../api/resource";
import type { Conversation } from "../../api/types";
import { nextStepHref, nextStepLabel } from "../../lib/conversationLinks";
import { formatInstant } from "../../lib/dates";
import { MODE_LABEL } from "../../lib/labels";
import { StatusBadge } from "../StatusBadge";
import { useSaidYes } from "./ConversationStatusBadge";

export function ConversationRow({
  conversation: c,
  timeZone,
  extra,
}: {
  conversation: Conversation;
  timeZone?: string;
  extra?: React.ReactNode;
}) {
  const person = useOne(peopleApi, c.personId);
  const when = c.heldAt ?? c.scheduledAt;
  const yes = useSaidYes(c);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="conversation-row">
      <Group justify="space-between" gap="sm">
        <Stack gap={2} style={{ flex: "1 1 220px", minWidth: 0 }}>
          <Group gap={6}>
            {person.data ? (
              <Anchor component={Link} href={`/people/${c.personId}`} fw={600}>
                {person.data.fullName}
              </Anchor>
            ) : (
              <Skeleton height={16} width={140} />
            )}
            <StatusBadge status={c.status} size="xs" saidYes={yes} />
          </Group>
          <Text size="xs" c="dimmed">
            {c.requestedMinutes} min · {MODE_LABEL[c.mode]}
            {when ? ` · ${formatInstant(when, timeZone)}` : ""}
            {person.data?.title ? ` · ${person.data.title}` : ""}
          </Text>
          {extra}
        </Stack>
        <Button size="xs" variant="light" component={Link} href={nextStepHref(c.id, c.status)}>
          {nextStepLabel(c.status, yes)}
        </Button>
      </Group>
    </Paper>
  );
}
