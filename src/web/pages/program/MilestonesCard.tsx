// The program's milestones ("3 conversations held by week 4"): seekers see each with their own
// progress on their Coaching page. Admins and coaches add and remove them.
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { addMilestone, centersChanged, type Milestone, removeMilestone } from "../../api/centers";
import { ApiError } from "../../api/client";
import { Icon } from "../../components/icons";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { formatDate, METRIC_LABELS, type MilestoneMetric } from "../../lib/coachingWords";

function AddMilestoneForm({ programId }: { programId: string }) {
  const [metric, setMetric] = useState<MilestoneMetric>("conversations_held");
  const [target, setTarget] = useState<number>(3);
  const [byWeek, setByWeek] = useState<number>(4);
  const [title, setTitle] = useState("");
  const add = useAction(
    () => addMilestone(programId, { metric, target, byWeek, title: title.trim() || undefined }),
    { stale: centersChanged, success: "Milestone added.", onDone: () => setTitle("") },
  );
  const fault = (field: string) =>
    add.error instanceof ApiError ? add.error.fieldError(field) : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(undefined);
  }
  return (
    <form onSubmit={submit} aria-label="Add a milestone">
      <Stack gap="sm">
        <Group align="flex-start" gap="sm">
          <NumberInput
            label="How many"
            min={1}
            max={10000}
            value={target}
            error={fault("target")}
            onChange={(value) => setTarget(typeof value === "number" ? value : 1)}
            w={110}
          />
          <Select
            label="Of what"
            data={(Object.keys(METRIC_LABELS) as MilestoneMetric[]).map((value) => ({
              value,
              label: METRIC_LABELS[value],
            }))}
            value={metric}
            allowDeselect={false}
            onChange={(value) => value && setMetric(value as MilestoneMetric)}
            style={{ flex: "1 1 180px" }}
          />
          <NumberInput
            label="By week"
            min={1}
            max={520}
            value={byWeek}
            error={fault("byWeek")}
            onChange={(value) => setByWeek(typeof value === "number" ? value : 1)}
            w={110}
          />
        </Group>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Title"
            description="Optional: the milestone says what it counts without one."
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            style={{ flex: "1 1 220px" }}
          />
          <Button type="submit" loading={add.isPending}>
            Add milestone
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MilestonesCard({
  programId,
  milestones,
}: {
  programId: string;
  milestones: Milestone[];
}) {
  const remove = useAction(removeMilestone, {
    stale: centersChanged,
    success: "Milestone removed.",
  });
  return (
    <SectionCard
      id="milestones"
      title="Milestones"
      count={milestones.length}
      description="Seekers see each milestone with their own progress on it."
    >
      <Stack gap="xs">
        {milestones.map((milestone) => (
          <Paper key={milestone.id} withBorder radius="md" p="xs">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <div>
                <Text size="sm" fw={600}>
                  {milestone.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {milestone.target} {METRIC_LABELS[milestone.metric]} by{" "}
                  {formatDate(milestone.dueOn)}, the end of week {milestone.byWeek}
                </Text>
              </div>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove the milestone ${milestone.title}`}
                onClick={() => remove.mutate(milestone.id)}
              >
                <Icon name="trash" size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <AddMilestoneForm programId={programId} />
      </Stack>
    </SectionCard>
  );
}
