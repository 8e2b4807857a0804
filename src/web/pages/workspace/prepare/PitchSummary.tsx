// The pitch to rehearse before the talk, edited right here: the conversation's target owns it, but
// sending the person to the target's page mid-preparation loses their place.
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { PITCH_PARTS } from "../../../../domain/pitch.js";
import type { Pitch } from "../../../api/types";
import { focusNext } from "../../../hooks/useFocusFlow";
import { PitchEditor } from "../../target/PitchEditor";

export function PitchSummary({
  pitch,
  targetId,
}: {
  pitch: Pitch | null;
  targetId: string | null;
}) {
  const [editing, setEditing] = useState(false);
  if (!targetId) {
    return (
      <Text size="sm" c="dimmed">
        This conversation has no target, so no pitch. Link it to a target to rehearse one.
      </Text>
    );
  }
  const empty = !pitch || pitch.timing.state === "empty";
  if (editing) {
    return (
      <Stack gap="sm" data-pitch-editor>
        <PitchEditor targetId={targetId} />
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="default"
            data-pitch-done
            onClick={() => {
              setEditing(false);
              // Back on the button that opened the editor.
              focusNext("[data-pitch-edit]");
            }}
          >
            Done
          </Button>
        </Group>
      </Stack>
    );
  }
  const edit = (
    <Button
      size="xs"
      variant={empty ? "light" : "subtle"}
      data-pitch-edit
      onClick={() => {
        setEditing(true);
        focusNext("[data-pitch-editor] textarea");
      }}
    >
      {empty ? "Write the pitch" : "Edit the pitch"}
    </Button>
  );
  if (empty) {
    return (
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          No pitch yet: who you are, what you did, what you want next, how they can help.
        </Text>
        {edit}
      </Group>
    );
  }
  return (
    <Stack gap={6}>
      <Group gap={6}>
        <Badge color={pitch.timing.state === "long" ? "red" : "brand"} variant="light">
          {pitch.timing.words} words · about {Math.round(pitch.timing.seconds)} s
        </Badge>
        {edit}
      </Group>
      <Text size="sm" data-testid="pitch-text">
        {PITCH_PARTS.map((part) => pitch[part.key])
          .filter(Boolean)
          .join(" ")}
      </Text>
    </Stack>
  );
}
