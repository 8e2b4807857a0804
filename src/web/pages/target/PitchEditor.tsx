// The 30-second pitch in its four parts, timed as you type from the word count and the
// speaking rate in settings. It saves itself a moment after you stop typing.
import { Badge, Group, Progress, Stack, Text, Textarea } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PITCH_PARTS, type PitchParts, pitchTiming } from "../../../domain/pitch.js";
import { DEFAULT_SETTINGS } from "../../../domain/settings.js";
import { useSettings } from "../../api/settings";
import { savePitch, targetKeys, usePitch } from "../../api/targets";
import { LoadingRows } from "../../components/PageStates";

const STATUS_TEXT = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  error: "Not saved: is the server running?",
};

function PitchForm({ targetId, initial }: { targetId: string; initial: PitchParts }) {
  const settings = useSettings().data ?? DEFAULT_SETTINGS;
  const [parts, setParts] = useState(initial);
  const [status, setStatus] = useState<"saved" | "unsaved" | "saving" | "error">("saved");
  const client = useQueryClient();
  // Saved a moment after typing stops, and at once when the editor goes away (a step change).
  const saveSoon = useDebouncedCallback(
    (body: PitchParts) => {
      setStatus("saving");
      savePitch(targetId, body)
        .then((pitch) => {
          client.setQueryData(targetKeys.pitch(targetId), pitch);
          setStatus("saved");
        })
        .catch(() => setStatus("error"));
    },
    { delay: 700, flushOnUnmount: true },
  );
  const timing = pitchTiming(parts, settings);
  const share = Math.min(100, (timing.seconds / settings.pitchMaxSeconds) * 100);
  const color = timing.state === "long" ? "red" : timing.state === "empty" ? "gray" : "brand";
  return (
    <Stack gap="sm">
      <div aria-live="polite">
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={600} data-testid="pitch-timing">
            {timing.words} words · about {Math.round(timing.seconds)} s of{" "}
            {settings.pitchMaxSeconds}
          </Text>
          <Text size="xs" c="dimmed">
            {STATUS_TEXT[status]}
          </Text>
        </Group>
        <Progress
          value={share}
          color={color}
          size="md"
          aria-label={`Pitch length: ${Math.round(timing.seconds)} of ${settings.pitchMaxSeconds} seconds`}
        />
        {timing.state === "long" && (
          <Text size="sm" c="red.8" mt={4}>
            {Math.ceil(timing.overBySeconds)} s too long at {settings.speakingRateWpm} words a
            minute. Cut what they can ask about later.
          </Text>
        )}
      </div>
      {PITCH_PARTS.map(({ key, label, hint }) => {
        const part = timing.perPart.find((p) => p.part === key);
        return (
          <Textarea
            key={key}
            label={
              <Group gap={6} component="span">
                <span>{label}</span>
                <Badge size="xs" variant="light" color="gray" component="span">
                  {part?.words ?? 0} words
                </Badge>
              </Group>
            }
            description={hint}
            autosize
            minRows={2}
            value={parts[key]}
            onChange={(event) => {
              const next = { ...parts, [key]: event.currentTarget.value };
              setParts(next);
              setStatus("unsaved");
              saveSoon(next);
            }}
          />
        );
      })}
    </Stack>
  );
}

export function PitchEditor({ targetId }: { targetId: string }) {
  const pitch = usePitch(targetId);
  if (!pitch.data) return <LoadingRows rows={4} />;
  const { whoIAm, whatIDid, whatIWant, howYouCanHelp } = pitch.data;
  return <PitchForm targetId={targetId} initial={{ whoIAm, whatIDid, whatIWant, howYouCanHelp }} />;
}
