// "What changed my mind": the assumption this conversation confirmed or overturned. The
// articles ask to check earlier assumptions against what people say; Progress counts them.
import { Button, SegmentedControl, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { INSIGHT_AREAS, type InsightArea } from "../../../../domain/vocabulary.js";
import { insightChanged, insightsApi } from "../../../api/insights";
import type { Conversation, Person } from "../../../api/types";
import { useAction } from "../../../hooks/useAction";
import { AREA_LABEL } from "../../../lib/labels";

type Verdict = "assumption_overturned" | "assumption_confirmed";

export function MindChangeForm({
  conversation,
  person,
}: {
  conversation: Conversation;
  person: Person;
}) {
  const [verdict, setVerdict] = useState<Verdict>("assumption_overturned");
  const [area, setArea] = useState<InsightArea>("job");
  const [text, setText] = useState("");
  const save = useAction(
    () =>
      insightsApi.create({
        kind: verdict,
        area,
        text: text.trim(),
        conversationId: conversation.id,
        personId: person.id,
        targetId: conversation.targetId,
        organizationId: area === "company" ? person.organizationId : null,
      }),
    {
      success:
        verdict === "assumption_overturned"
          ? "Saved: an assumption overturned."
          : "Saved: an assumption confirmed.",
      onDone: () => setText(""),
      stale: insightChanged,
    },
  );
  return (
    <form
      aria-label="What changed my mind"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) save.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <SegmentedControl
          aria-label="The assumption was"
          value={verdict}
          onChange={(v) => setVerdict(v as Verdict)}
          data={[
            { value: "assumption_overturned", label: "Overturned" },
            { value: "assumption_confirmed", label: "Confirmed" },
          ]}
        />
        <Select
          label="About"
          data={INSIGHT_AREAS.map((a) => ({ value: a, label: AREA_LABEL[a] }))}
          value={area}
          onChange={(v) => v && setArea(v as InsightArea)}
          allowDeselect={false}
        />
        <Textarea
          label="What I assumed, and what they said"
          placeholder="I thought planners rarely meet suppliers; they visit them every month."
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button type="submit" variant="light" disabled={!text.trim()} loading={save.isPending}>
          Save
        </Button>
      </Stack>
    </form>
  );
}
