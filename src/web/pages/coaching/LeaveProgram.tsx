// Leaving a program: asked first, with what happens. The seeker keeps everything; every grant to
// the program ends, and the center keeps only its aggregates.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { consentChanged, leaveProgram, type Membership } from "../../api/coaching";
import { useAction } from "../../hooks/useAction";

export function LeaveProgram({ membership }: { membership: Membership }) {
  const [opened, { open, close }] = useDisclosure(false);
  const leave = useAction(() => leaveProgram(membership.programId), {
    stale: consentChanged,
    success: `You left ${membership.programName}.`,
    onDone: close,
  });
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={open}>
        Leave program…
      </Button>
      <Modal opened={opened} onClose={close} title={`Leave ${membership.programName}?`}>
        <Stack gap="md">
          <Text size="sm">
            Your coaches stop seeing anything of yours at once: every grant to this program ends.
            You keep all your work. {membership.centerName} keeps only the program's aggregates,
            with no name. To come back you need a new invitation.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Stay
            </Button>
            <Button color="red" onClick={() => leave.mutate(undefined)} loading={leave.isPending}>
              Leave program
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
