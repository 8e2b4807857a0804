// Insights in one of the three areas, with a way to add one and to delete one (with undo).
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import type { InsightArea } from "../../../domain/vocabulary.js";
import { insightChanged, insightsApi } from "../../api/insights";
import type { Insight } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { AREA_LABEL } from "../../lib/labels";
import { Icon } from "../icons";

export type InsightLinks = Partial<
  Pick<Insight, "targetId" | "industryId" | "organizationId" | "personId" | "conversationId">
>;

function InsightItem({ insight }: { insight: Insight }) {
  const remove = useAction(() => insightsApi.remove(insight.id), {
    success: "Insight deleted.",
    stale: insightChanged,
    undo: () =>
      insightsApi.create({
        area: insight.area,
        text: insight.text,
        targetId: insight.targetId,
        industryId: insight.industryId,
        organizationId: insight.organizationId,
        personId: insight.personId,
        conversationId: insight.conversationId,
      }),
  });
  return (
    <Paper withBorder p="xs" radius="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {insight.text}
        </Text>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => remove.mutate(undefined)}
          loading={remove.isPending}
          aria-label="Delete this insight"
        >
          <Icon name="trash" size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}

export function InsightList({
  area,
  insights,
  links,
  hint,
}: {
  area: InsightArea;
  insights: Insight[];
  links: InsightLinks;
  hint: string;
}) {
  const [text, setText] = useState("");
  const add = useAction(() => insightsApi.create({ area, text: text.trim(), ...links }), {
    success: `${AREA_LABEL[area]} insight saved.`,
    onDone: () => setText(""),
    stale: insightChanged,
  });
  return (
    <Stack gap="xs">
      {insights.length === 0 ? (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      ) : (
        insights.map((insight) => <InsightItem key={insight.id} insight={insight} />)
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) add.mutate(undefined);
        }}
      >
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Textarea
            aria-label={`New ${AREA_LABEL[area].toLowerCase()} insight`}
            placeholder="What did you learn?"
            autosize
            minRows={1}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" disabled={!text.trim()} loading={add.isPending}>
            Add
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
