import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { PITCH_PARTS } from "../../../../domain/pitch.js";
import type { Pitch } from "../../../api/types";

/** The pitch to rehearse, read-only here; it is written on the target's page. */
export function PitchSummary({
  pitch,
  targetId,
}: {
  pitch: Pitch | null;
  targetId: string | null;
}) {
  if (!targetId) {
    return (
      <Text size="sm" c="dimmed">
        This conversation has no target, so no pitch. Link it to a target to rehearse one.
      </Text>
    );
  }
  if (!pitch || pitch.timing.state === "empty") {
    return (
      <Text size="sm" c="dimmed">
        No pitch yet.{" "}
        <Anchor component={Link} href={`/targets/${targetId}`}>
          Write it on the target's page
        </Anchor>
        .
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Group gap={6}>
        <Badge color={pitch.timing.state === "long" ? "red" : "brand"} variant="light">
          {pitch.timing.words} words · about {Math.round(pitch.timing.seconds)} s
        </Badge>
        <Anchor component={Link} href={`/targets/${targetId}`} size="sm">
          Edit
        </Anchor>
      </Group>
      <Text size="sm">
        {PITCH_PARTS.map((part) => pitch[part.key])
          .filter(Boolean)
          .join(" ")}
      </Text>
    </Stack>
  );
}
