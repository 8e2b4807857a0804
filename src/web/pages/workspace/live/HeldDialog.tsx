// "We talked": a confirmation that says when the talk was. It starts at the scheduled time (or
// now, for a talk never put on the calendar), and the person can correct it before saving.
import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import type { Conversation } from "../../../api/types";
import { instantToWallClock, wallClockToInstant } from "../../../lib/dates";

export function HeldDialog({
  conversation,
  timeZone,
  opened,
  busy,
  onCancel,
  onConfirm,
}: {
  conversation: Conversation;
  timeZone: string;
  opened: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (heldAt: string) => void;
}) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Mark this conversation as held?">
      {opened && (
        <HeldForm
          conversation={conversation}
          timeZone={timeZone}
          busy={busy}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      )}
    </Modal>
  );
}

function HeldForm({
  conversation,
  timeZone,
  busy,
  onCancel,
  onConfirm,
}: {
  conversation: Conversation;
  timeZone: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (heldAt: string) => void;
}) {
  const [when, setWhen] = useState(() =>
    instantToWallClock(conversation.scheduledAt ?? new Date().toISOString(), timeZone),
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (when) onConfirm(wallClockToInstant(when, timeZone));
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          The clock stops, and the thank-you is due within 24 hours of this time.
        </Text>
        <TextInput
          label="When you talked"
          type="datetime-local"
          className="datetime-field"
          required
          data-autofocus
          value={when}
          onChange={(e) => setWhen(e.currentTarget.value)}
          description={
            conversation.scheduledAt
              ? `The scheduled time; correct it if you talked at another. Your time zone: ${timeZone}`
              : `Your time zone: ${timeZone}`
          }
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={!when}>
            Mark as held
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
