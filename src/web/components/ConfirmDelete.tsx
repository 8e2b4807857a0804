// The question before anything is deleted: what goes with it, "Keep" focused so Enter is safe.
import { Button, Group, Modal, Text } from "@mantine/core";
import type { ReactNode } from "react";

export function ConfirmDelete({
  opened,
  title,
  onClose,
  onConfirm,
  busy,
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  onConfirm: () => void;
  busy: boolean;
  /** What the deletion takes with it and what stays. */
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Text size="sm" mb="md">
        {children}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          Keep
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy}>
          Delete
        </Button>
      </Group>
    </Modal>
  );
}
