// The question bank as one composite widget: a listbox that takes a single Tab stop, with the
// focus roving inside it (arrows move, Home and End jump, Space picks or drops). Thirty-odd
// checkboxes were thirty-odd Tab stops between the filters and your own question; a link before
// the list jumps past it altogether.
import { Badge, CheckboxIndicator, Group, Paper, ScrollArea, Stack, Text } from "@mantine/core";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { Question } from "../../../api/types";
import { CATEGORY_LABEL, PHASE_LABEL } from "../../../lib/labels";

/** Where a key moves the active option, or null when the key is not the list's. */
function moveFor(key: string, at: number, count: number): number | null {
  switch (key) {
    case "ArrowDown":
      return Math.min(count - 1, at + 1);
    case "ArrowUp":
      return Math.max(0, at - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    case "PageDown":
      return Math.min(count - 1, at + 5);
    case "PageUp":
      return Math.max(0, at - 5);
    default:
      return null;
  }
}

export function QuestionBank({
  questions,
  picked,
  onToggle,
  skipTo,
}: {
  questions: Question[];
  picked: readonly string[];
  onToggle: (questionId: string) => void;
  /** The id of what comes after the list, for the link that jumps past it. */
  skipTo: string;
}) {
  const [active, setActive] = useState(0);
  const options = useRef<(HTMLDivElement | null)[]>([]);
  const hint = useId();
  const at = Math.min(active, Math.max(0, questions.length - 1));
  const focusOption = (index: number) => {
    setActive(index);
    const option = options.current[index];
    option?.focus();
    option?.scrollIntoView({ block: "nearest" });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const question = questions[at];
    if (!question) return;
    if (event.key === " " || event.key === "Enter") {
      // Enter would send no form here: it picks, like Space, so either hand works.
      event.preventDefault();
      onToggle(question.id);
      return;
    }
    const next = moveFor(event.key, at, questions.length);
    if (next === null) return;
    event.preventDefault();
    focusOption(next);
  };
  return (
    <Stack gap={6}>
      <a
        className="skip-inline"
        href={`#${skipTo}`}
        onClick={(event) => {
          // A fragment only scrolls: the field after the list takes the focus itself.
          event.preventDefault();
          document.getElementById(skipTo)?.focus();
        }}
      >
        Skip past the question bank
      </a>
      <Text size="xs" c="dimmed" id={hint}>
        One Tab stop: ↑ ↓ move, Space picks or drops, Home and End jump to either end.
      </Text>
      <ScrollArea.Autosize mah={460} type="auto" offsetScrollbars>
        <Stack
          gap={6}
          role="listbox"
          aria-label="Question bank"
          aria-multiselectable="true"
          aria-describedby={hint}
          onKeyDown={onKeyDown}
        >
          {questions.map((q, index) => {
            const on = picked.includes(q.id);
            return (
              <Paper
                key={q.id}
                ref={(element: HTMLDivElement | null) => {
                  options.current[index] = element;
                }}
                role="option"
                aria-selected={on}
                tabIndex={index === at ? 0 : -1}
                withBorder
                p="xs"
                radius="md"
                bg={on ? "brand.0" : undefined}
                className="bank-option"
                data-testid="bank-question"
                onFocus={() => setActive(index)}
                onClick={() => {
                  setActive(index);
                  onToggle(q.id);
                }}
              >
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <CheckboxIndicator checked={on} size="sm" mt={2} aria-hidden />
                  <Stack gap={2}>
                    <Text size="sm">{q.text}</Text>
                    <Group gap={4}>
                      <Badge size="xs" variant="light" color="gray">
                        {PHASE_LABEL[q.phase]}
                      </Badge>
                      <Badge size="xs" variant="light" color="indigo">
                        {CATEGORY_LABEL[q.category]}
                      </Badge>
                      <Badge size="xs" variant="light" color="brand">
                        {q.minutes} min
                      </Badge>
                      {q.sensitive && (
                        <Badge size="xs" variant="light" color="orange">
                          Ask with tact
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
