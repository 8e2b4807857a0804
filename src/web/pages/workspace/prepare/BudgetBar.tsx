// How much of the questions phase the picked questions take. Past the budget the bar turns
// red: the talk would run over the time they gave, or the person would be rushed.
import { Group, Progress, Text } from "@mantine/core";
import type { QuestionBudget } from "../../../api/types";

const COLOR = { ok: "brand", full: "yellow", over: "red" } as const;

function minutes(seconds: number): string {
  const m = Math.abs(seconds) / 60;
  return Number.isInteger(m) ? String(m) : m.toFixed(1);
}

export function BudgetBar({
  budget,
  guide,
}: {
  budget: QuestionBudget;
  guide: { min: number; max: number };
}) {
  const share = budget.budgetSeconds ? (budget.usedSeconds / budget.budgetSeconds) * 100 : 0;
  const over = budget.state === "over";
  return (
    <div data-testid="budget" data-state={budget.state} aria-live="polite">
      <Group justify="space-between" mb={4} gap="xs">
        <Text size="sm" fw={600}>
          {budget.count} question{budget.count === 1 ? "" : "s"} · {minutes(budget.usedSeconds)} of{" "}
          {minutes(budget.budgetSeconds)} min
        </Text>
        <Text size="xs" c={over ? "red.8" : "dimmed"} fw={over ? 700 : 400}>
          {over
            ? `${minutes(-budget.remainingSeconds)} min over: drop one or keep it as a spare`
            : budget.state === "full"
              ? "Full: leave room for follow-up questions"
              : `Aim for ${guide.min}–${guide.max}`}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, share)}
        color={COLOR[budget.state]}
        size="lg"
        radius="xl"
        aria-label={`Question time used: ${Math.round(share)} percent of the budget`}
      />
    </div>
  );
}
