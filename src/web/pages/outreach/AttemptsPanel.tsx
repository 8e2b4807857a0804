// The three tries: which were sent, what came back, and when to try again. Silence is normal;
// only after the last unanswered attempt is it time to let go.
import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { countsTowardLimit, needsAnotherChannel } from "../../../domain/attempts.js";
import { recordResponse } from "../../api/attempts";
import { stepTaken } from "../../api/conversations";
import type { Attempt, FollowUp } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { focusNext } from "../../hooks/useFocusFlow";
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
      success: (answer) =>
        answer.response === "accepted"
          ? "They said yes. Now put it on the calendar."
          : "Answer recorded.",
      stale: stepTaken,
      // A yes moves on to scheduling: the focus goes to the date.
      onDone: (answer) => {
        if (answer.response === "accepted") focusNext("[data-schedule-when]");
      },
    },
  );
  return (
    <Group gap={6}>
      <Button
        size="xs"
        onClick={() => respond.mutate("accepted")}
        loading={respond.isPending}
        data-answer-yes
      >
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
  // A bounce never reached them: it is listed, but the three slots count only real asks.
  const sorted = [...attempts].sort((a, b) => a.number - b.number);
  let real = 0;
  const rows: { attempt?: Attempt; label: string }[] = sorted.map((attempt) => ({
    attempt,
    label: countsTowardLimit(attempt) ? `Attempt ${++real}/${maxAttempts}` : "Bounced, not counted",
  }));
  for (let n = real + 1; n <= maxAttempts; n++) {
    rows.push({ label: `Attempt ${n}/${maxAttempts}` });
  }
  const last = sorted[sorted.length - 1];
  return (
    <Stack gap="xs">
      {needsAnotherChannel(sorted) && (
        <Alert color="orange" variant="light" title="That request bounced" data-testid="bounced">
          <Text size="sm">
            It never reached them, so it does not count toward the {maxAttempts}. Try another
            channel: LinkedIn, a phone call, or the person who introduced you. Or check the address
            on their page.
          </Text>
        </Alert>
      )}
      {rows.map(({ attempt, label }) => {
        return (
          <Paper
            key={attempt?.id ?? label}
            withBorder
            p="xs"
            radius="md"
            data-testid="attempt"
            bg={attempt ? undefined : "gray.0"}
          >
            <Group justify="space-between" gap="xs">
              <Group gap={8}>
                <Badge
                  variant={attempt ? "filled" : "outline"}
                  color={attempt ? (countsTowardLimit(attempt) ? "brand" : "orange") : "gray"}
                >
                  {label}
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
