// Done on a thank-you from Today: say how it went out (email or card, as the After page asks)
// and confirm the name was spelled right. A card without a mailing address is refused by the
// server, and the toast says to add the address.
import { Button, Checkbox, Group, Modal, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { pipeline, stepTaken } from "../../api/conversations";
import { useAction } from "../../hooks/useAction";

type Channel = "email" | "card";

export function ThankYouDone({
  conversationId,
  personName,
  opened,
  onClose,
}: {
  conversationId: string;
  personName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [channel, setChannel] = useState<Channel>("email");
  const [nameChecked, setNameChecked] = useState(false);
  const record = useAction(() => pipeline.markThanked(conversationId, { channel, nameChecked }), {
    success: `Thank-you to ${personName} recorded. Check-ins are set.`,
    stale: stepTaken,
    onDone: onClose,
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Thank-you to ${personName}`}>
      <Stack gap="sm">
        <Text size="sm">How did it go out?</Text>
        <SegmentedControl
          aria-label="Thank-you by"
          value={channel}
          onChange={(v) => setChannel(v as Channel)}
          data={[
            { value: "email", label: "Email" },
            { value: "card", label: "Card" },
          ]}
        />
        <Checkbox
          checked={nameChecked}
          onChange={(e) => setNameChecked(e.currentTarget.checked)}
          label={`I checked the spelling of "${personName}"`}
        />
        {channel === "card" && (
          <Text size="xs" c="dimmed">
            A card needs their mailing address on their page.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={() => record.mutate(undefined)}
            disabled={!nameChecked}
            loading={record.isPending}
          >
            Record thank-you
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
