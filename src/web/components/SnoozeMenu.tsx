import { Button, Menu } from "@mantine/core";
import { followUpChanged, snoozeFollowUp } from "../api/followUps";
import { useAction } from "../hooks/useAction";
import { Icon } from "./icons";

const CHOICES = [
  { days: 1, label: "Tomorrow" },
  { days: 3, label: "In 3 days" },
  { days: 7, label: "Next week" },
];

/** Hides a follow-up until a later day. */
export function SnoozeMenu({ followUpId, who }: { followUpId: string; who: string }) {
  const snooze = useAction((days: number) => snoozeFollowUp(followUpId, { days }), {
    success: "Snoozed. It will come back on the day you chose.",
    stale: followUpChanged,
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          loading={snooze.isPending}
          leftSection={<Icon name="clock" size={14} />}
          aria-label={`Snooze the follow-up with ${who}`}
        >
          Snooze
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {CHOICES.map((choice) => (
          <Menu.Item key={choice.days} onClick={() => snooze.mutate(choice.days)}>
            {choice.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
