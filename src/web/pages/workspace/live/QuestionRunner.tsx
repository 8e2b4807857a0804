// The question to ask now, with its answer typed as they speak. The list below lets you jump;
// the prepared questions are there to restart a stalled talk, not to be read in order.
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PickedQuestion } from "../../../api/types";
import { DraftTextarea } from "../../../components/DraftTextarea";
import { useStoredState } from "../../../hooks/useDraft";
import { usePageAdd } from "../../../hooks/useShortcuts";
import { PHASE_LABEL } from "../../../lib/labels";
import { saveAnswer } from "../saves";

export function QuestionRunner({
  conversationId,
  questions,
}: {
  conversationId: string;
  questions: PickedQuestion[];
}) {
  const client = useQueryClient();
  const [index, setIndex] = useStoredState(`question.${conversationId}`, 0);
  const [asked, setAsked] = useState(() => new Map(questions.map((q) => [q.id, q.asked])));
  // On Live, "n" (outside a text field) is the next question: eyes stay on the person.
  // The button knows whether there is a next one.
  usePageAdd(() => {
    if (questions.length > 0)
      document.querySelector<HTMLButtonElement>("[data-next-question]")?.click();
  });
  if (questions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No questions picked. Listen, follow up on what they say, and ask who else to talk to.
      </Text>
    );
  }
  const at = Math.min(index, questions.length - 1);
  const current = questions[at] as PickedQuestion;
  const markAsked = (q: PickedQuestion, value: boolean) => {
    setAsked((m) => new Map(m).set(q.id, value));
    saveAnswer(client, conversationId, q.id, { asked: value }).catch(() => {
      // The tick is a convenience; the answer text is what must not be lost.
    });
  };
  const go = (next: number) => {
    if (next > at && !asked.get(current.id)) markAsked(current, true);
    setIndex(Math.max(0, Math.min(questions.length - 1, next)));
  };
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" radius="md" bg="brand.0" data-testid="current-question">
        <Stack gap="xs">
          <Group justify="space-between" gap="xs">
            <Text size="xs" fw={700} tt="uppercase" c="brand.9">
              Question {at + 1} of {questions.length} · {PHASE_LABEL[current.phase]}
            </Text>
            <Checkbox
              size="xs"
              label="Asked"
              checked={asked.get(current.id) ?? false}
              onChange={(e) => markAsked(current, e.currentTarget.checked)}
            />
          </Group>
          <Text size="lg" fw={600} aria-live="polite" data-testid="current-question-text">
            {current.text}
          </Text>
          <DraftTextarea
            key={current.id}
            draftKey={`answer.${current.id}`}
            serverValue={current.answer}
            label="Their answer"
            minRows={4}
            placeholder="Type as they speak: words they use, names, numbers."
            save={(answer, keepalive) =>
              saveAnswer(client, conversationId, current.id, { answer }, keepalive)
            }
          />
          <Group justify="space-between">
            <Button variant="default" size="xs" onClick={() => go(at - 1)} disabled={at === 0}>
              Previous
            </Button>
            <Button
              size="xs"
              onClick={() => go(at + 1)}
              disabled={at === questions.length - 1}
              data-next-question
              aria-keyshortcuts="n"
            >
              Next question
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Stack gap={4} component="ul" aria-label="All questions" className="plain-list">
        {questions.map((q, i) => (
          <li key={q.id}>
            <UnstyledButton
              onClick={() => setIndex(i)}
              aria-current={i === at ? "true" : undefined}
              p={6}
              w="100%"
              style={{
                borderRadius: 8,
                background: i === at ? "var(--mantine-color-gray-1)" : undefined,
              }}
            >
              <Group gap={6} wrap="nowrap">
                <Badge
                  size="xs"
                  circle
                  variant={asked.get(q.id) ? "filled" : "light"}
                  color={asked.get(q.id) ? "brand" : "gray"}
                >
                  {i + 1}
                </Badge>
                <Text size="sm" lineClamp={1} c={asked.get(q.id) ? "dimmed" : undefined}>
                  {q.text}
                </Text>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
