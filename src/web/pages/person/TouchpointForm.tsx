// Giving as well as taking: log news passed on to a contact, or something they sent. Logging
// one also keeps the relationship's check-ins on schedule.
import { Button, Group, SegmentedControl, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { logTouchpoint, touchpointLogged, touchpointsApi } from "../../api/followUps";
import { useAction } from "../../hooks/useAction";

export function TouchpointForm({ personId, name }: { personId: string; name: string }) {
  const [direction, setDirection] = useState<"given" | "received">("given");
  const [summary, setSummary] = useState("");
  const [occurredOn, setOccurredOn] = useState("");
  const log = useAction(
    () =>
      logTouchpoint({
        personId,
        direction,
        summary: summary.trim(),
        ...(occurredOn ? { occurredOn } : {}),
      }),
    {
      success:
        direction === "given" ? `Logged what you gave ${name}.` : `Logged what ${name} sent.`,
      stale: touchpointLogged,
      undo: (touchpoint) => touchpointsApi.remove(touchpoint.id),
      onDone: () => {
        setSummary("");
        setOccurredOn("");
      },
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (summary.trim()) log.mutate(undefined);
      }}
      aria-label="Log a touchpoint"
    >
      <Stack gap="xs">
        <SegmentedControl
          aria-label="Given or received"
          fullWidth
          value={direction}
          onChange={(v) => setDirection(v as "given" | "received")}
          data={[
            { value: "given", label: `I gave ${name.split(" ")[0]}` },
            { value: "received", label: "I received" },
          ]}
        />
        <Textarea
          label="What"
          placeholder={
            direction === "given"
              ? "An article on their market, an introduction, news of a mutual contact…"
              : "A lead, advice, a name…"
          }
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          required
        />
        <Group justify="space-between" align="flex-end" gap="xs">
          <TextInput
            label="When"
            type="date"
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.currentTarget.value)}
            description="Empty means today"
            size="xs"
          />
          <Button type="submit" loading={log.isPending} disabled={!summary.trim()}>
            Log touchpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
