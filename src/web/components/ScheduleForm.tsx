// Putting the conversation on the calendar: when, how long (20 minutes unless they offered
// more), how, and where.
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { CONVERSATION_MODES } from "../../domain/vocabulary.js";
import { ApiError } from "../api/client";
import { pipeline, stepTaken } from "../api/conversations";
import type { Conversation } from "../api/types";
import { useAction } from "../hooks/useAction";
import { instantToWallClock, wallClockToInstant } from "../lib/dates";
import { MODE_LABEL } from "../lib/labels";

export function ScheduleForm({
  conversation,
  timeZone,
  onDone,
}: {
  conversation: Conversation;
  timeZone: string;
  onDone?: (c: Conversation) => void;
}) {
  const [when, setWhen] = useState(
    conversation.scheduledAt ? instantToWallClock(conversation.scheduledAt, timeZone) : "",
  );
  const [minutes, setMinutes] = useState<number>(conversation.requestedMinutes);
  const [mode, setMode] = useState<string>(conversation.mode);
  const [place, setPlace] = useState(conversation.place ?? "");
  const schedule = useAction(
    () =>
      pipeline.schedule(conversation.id, {
        scheduledAt: wallClockToInstant(when, timeZone),
        requestedMinutes: minutes,
        mode: mode as Conversation["mode"],
        place: place.trim() || null,
      }),
    { success: "On the calendar. Time to prepare.", onDone, stale: stepTaken },
  );
  const error = schedule.error instanceof ApiError ? schedule.error : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (when) schedule.mutate(undefined);
      }}
      aria-label="Schedule the conversation"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="When"
            type="datetime-local"
            className="datetime-field"
            data-schedule-when
            required
            value={when}
            onChange={(e) => setWhen(e.currentTarget.value)}
            description={`Your time zone: ${timeZone}`}
            error={error?.fieldError("scheduledAt")}
          />
          <NumberInput
            label="Minutes"
            min={5}
            max={180}
            value={minutes}
            onChange={(v) => setMinutes(Number(v) || 20)}
            description="Twenty is the usual ask."
          />
          <Select
            label="How"
            data={CONVERSATION_MODES.map((m) => ({ value: m, label: MODE_LABEL[m] }))}
            value={mode}
            onChange={(v) => v && setMode(v)}
            allowDeselect={false}
          />
          <TextInput
            label="Where"
            placeholder="Café, address or video link"
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={schedule.isPending} disabled={!when}>
            {conversation.scheduledAt ? "Reschedule" : "Schedule"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
