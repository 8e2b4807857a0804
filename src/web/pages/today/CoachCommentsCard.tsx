// What the seeker's coaches wrote to them, on Today (server mode only, and only when there is
// something): a nudge, an introduction or a resource, each dismissable. Dismissed comments stay
// listed for the coach; they only leave Today.
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { coachingKeys, dismissComment, useCoachComments } from "../../api/coaching";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { COMMENT_WORDS } from "../../lib/coachingWords";
import { formatInstant } from "../../lib/dates";
import { useAccount } from "../account/accountContext";

export function CoachCommentsCard() {
  const serverMode = useAccount().mode === "server";
  const comments = useCoachComments(serverMode);
  const dismiss = useAction(dismissComment, { stale: [coachingKeys.comments] });
  const open = comments.data?.filter((c) => c.dismissedAt === null) ?? [];
  if (!serverMode || open.length === 0) return null;
  return (
    <SectionCard id="coach-comments" title="From your coaches" count={open.length}>
      <Stack gap="xs">
        {open.map((c) => (
          <Paper key={c.id} withBorder radius="md" p="sm" data-testid="coach-comment">
            <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Badge size="sm" variant="light" tt="none">
                    {COMMENT_WORDS[c.kind]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {c.authorName}, {c.programName} · {formatInstant(c.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {c.body}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                onClick={() => dismiss.mutate(c.id)}
                loading={dismiss.isPending && dismiss.variables === c.id}
                aria-label={`Dismiss the comment from ${c.authorName}`}
                style={{ flexShrink: 0 }}
              >
                Dismiss
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </SectionCard>
  );
}
