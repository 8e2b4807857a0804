// The three tries: which were sent, what came back, and when to try again. Silence is normal;
// only after the last unanswered attempt is it time to let go.
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { recordResponse } from "../../api/attempts";
import { stepTaken } from "../../api/conversations";
import type { Attempt, FollowUp } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { formatDay, formatInstant } from "../../lib/dates";
import { CHANNEL_LABEL } from "../../lib/labels";

const RESPONSE: Record<Attempt["response"], { label: string; color: string }> = {
  none: { label: "No answer yet", color: "gray" },
  accepted: { label: "Said yes", color: "brand" },
  declined: { label: "Declined", color: "red" },
  bounced: { label: "Bounced", color: "orange" },
};

function Respond({ attempt }: { attempt: Attempt }) {
  const respond = useAction(
    (response: "accepted" | "declined" | "bounced") => recordResponse(attempt.id, { response }),
    {
      success: (_) => "Answer recorded.",
      stale: stepTaken,
    },
  );
  return (
    <Group gap={6}>
      <Button size="xs" onClick={() => respond.mutate("accepted")} loading={respond.isPending}>
        They said yes
      </Button>
      <Button size="xs" variant="default" onClick={() => respond.mutate("declined")}>
        They declined
      </Button>
      <Button size="xs" variant="subtle" color="gray" onClick={() => respond.mutate("bounced")}>
        It bounced
      </Button>
    </Group>
  );
}

export function AttemptsPanel({
  attempts,
  maxAttempts,
  retry,
  timeZone,
  answerable,
}: {
  attempts: Attempt[];
  maxAttempts: number;
  retry: FollowUp | null;
  timeZone?: string;
  answerable: boolean;
}) {
  const slots = Array.from({ length: Math.max(maxAttempts, attempts.length) }, (_, i) => i + 1);
  const last = attempts[attempts.length - 1];
  return (
    <Stack gap="xs">
      {slots.map((number) => {
        const attempt = attempts.find((a) => a.number === number);
        return (
          <Paper
            key={number}
            withBorder
            p="xs"
            radius="md"
            data-testid="attempt"
            bg={attempt ? undefined : "gray.0"}
          >
            <Group justify="space-between" gap="xs">
              <Group gap={8}>
                <Badge variant={attempt ? "filled" : "outline"} color={attempt ? "brand" : "gray"}>
                  Attempt {number}/{maxAttempts}
                </Badge>
                {attempt ? (
                  <Text size="sm">
                    {CHANNEL_LABEL[attempt.channel]} · {formatInstant(attempt.sentAt, timeZone)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not sent
                  </Text>
                )}
              </Group>
              {attempt && (
                <Badge variant="light" color={RESPONSE[attempt.response].color}>
                  {RESPONSE[attempt.response].label}
                </Badge>
              )}
            </Group>
          </Paper>
        );
      })}
      {retry && (
        <Text size="sm" data-testid="retry-date">
          {retry.kind === "retry" ? "Try again from " : "Let it go from "}
          <strong>{formatDay(retry.dueOn)}</strong> if there is no answer.
        </Text>
      )}
      {answerable && last && last.response === "none" && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Did they answer?
          </Text>
          <Respond attempt={last} />
        </Stack>
      )}
    </Stack>
  );
}
