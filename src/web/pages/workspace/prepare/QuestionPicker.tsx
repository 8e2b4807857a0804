// Picking questions from the bank, by phase and by kind (about the organization or about the
// person), against the time the questions phase allows.
import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { questionBudget } from "../../../../domain/questionBudget.js";
import { QUESTION_CATEGORIES, QUESTION_PHASES } from "../../../../domain/vocabulary.js";
import { errorMessage } from "../../../api/client";
import { conversationKeys, pickQuestions } from "../../../api/conversations";
import { roots } from "../../../api/keys";
import { questionsApi } from "../../../api/questions";
import { useAll } from "../../../api/resource";
import type { Preparation, Question } from "../../../api/types";
import { LoadingRows } from "../../../components/PageStates";
import { useToast } from "../../../components/Toasts";
import { useAction } from "../../../hooks/useAction";
import { CATEGORY_LABEL, PHASE_LABEL } from "../../../lib/labels";
import { BudgetBar } from "./BudgetBar";
import { QuestionBank } from "./QuestionBank";

function OwnQuestion({ onAdded }: { onAdded: (q: Question) => void }) {
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<string>("core");
  const [category, setCategory] = useState<string>("individual");
  const [minutes, setMinutes] = useState(2);
  const add = useAction(
    () =>
      questionsApi.create({
        text: text.trim(),
        phase: phase as Question["phase"],
        category: category as Question["category"],
        minutes,
      }),
    {
      success: "Your question is in the bank and picked.",
      stale: [roots.questions],
      onDone: (q) => {
        setText("");
        onAdded(q);
      },
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) add.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <TextInput
          id="own-question"
          label="Your own question"
          placeholder="Something you could not find online"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group gap="xs" align="flex-end">
          <Select
            label="Phase"
            size="xs"
            w={110}
            data={QUESTION_PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] }))}
            value={phase}
            onChange={(v) => v && setPhase(v)}
            allowDeselect={false}
          />
          <Select
            label="About"
            size="xs"
            w={150}
            data={QUESTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))}
            value={category}
            onChange={(v) => v && setCategory(v)}
            allowDeselect={false}
          />
          <NumberInput
            label="Minutes"
            size="xs"
            w={80}
            min={1}
            max={15}
            value={minutes}
            onChange={(v) => setMinutes(Number(v) || 1)}
          />
          <Button type="submit" size="xs" variant="light" disabled={!text.trim()}>
            Add
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function QuestionPicker({ preparation }: { preparation: Preparation }) {
  const client = useQueryClient();
  const bank = useAll(questionsApi);
  const conversationId = preparation.conversation.id;
  const [picked, setPicked] = useState<string[]>(() =>
    preparation.questions.map((q) => q.questionId),
  );
  const [phase, setPhase] = useState("all");
  const [category, setCategory] = useState("all");
  const toast = useToast();
  // Saved shortly after the last click, and at once if the user moves on to another step.
  const saveSoon = useDebouncedCallback(
    (questionIds: string[]) =>
      pickQuestions(conversationId, questionIds)
        .then((result) => client.setQueryData(conversationKeys.preparation(conversationId), result))
        .catch((error) => toast({ message: errorMessage(error), tone: "error" })),
    { delay: 400, flushOnUnmount: true },
  );
  if (!bank.data) return <LoadingRows rows={6} />;
  const questions = bank.data;
  const byId = new Map(questions.map((q) => [q.id, q]));
  // Stored in the bank's order: opening, core, closing, the way the talk unfolds.
  // A question just written may not be in the bank's list yet; it goes last until it is.
  const ordered = (ids: string[]) => [
    ...questions.map((q) => q.id).filter((id) => ids.includes(id)),
    ...ids.filter((id) => !byId.has(id)),
  ];
  const update = (ids: string[]) => {
    const next = ordered(ids);
    setPicked(next);
    saveSoon(next);
  };
  const budget = questionBudget(
    picked.map((id) => byId.get(id)?.minutes ?? 2),
    preparation.agenda,
  );
  const shown = questions.filter(
    (q) =>
      (phase === "all" || q.phase === phase) && (category === "all" || q.category === category),
  );
  return (
    <Stack gap="sm">
      <BudgetBar budget={budget} guide={preparation.guide} />
      <Group gap="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label="Phase"
          value={phase}
          onChange={setPhase}
          data={[
            { value: "all", label: "All" },
            ...QUESTION_PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] })),
          ]}
        />
        <SegmentedControl
          size="xs"
          aria-label="About"
          value={category}
          onChange={setCategory}
          data={[
            { value: "all", label: "Both" },
            { value: "organisational", label: "Organization" },
            { value: "individual", label: "Person" },
          ]}
        />
      </Group>
      <QuestionBank
        questions={shown}
        picked={picked}
        skipTo="own-question"
        onToggle={(id) =>
          update(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id])
        }
      />
      <OwnQuestion onAdded={(q) => update([...picked, q.id])} />
    </Stack>
  );
}
