// The reminder e-mails: the daily digest and its hour, the thank-you nudge and its delay.
import { Button, Group, NumberInput, Select, Stack, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { ApiError } from "../../api/client";
import {
  type ReminderSettingsView,
  reminderSettingsChanged,
  saveReminderSettings,
} from "../../api/reminders";
import { useAction } from "../../hooks/useAction";

const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, "0")}:00`,
}));

export function RemindersForm({ initial }: { initial: ReminderSettingsView }) {
  const [values, setValues] = useState(initial);
  const save = useAction(() => saveReminderSettings(values), {
    success: "Reminder e-mails saved.",
    stale: reminderSettingsChanged,
  });
  const error = save.error instanceof ApiError ? save.error : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <Stack gap="md">
        <Switch
          label="A daily digest e-mail"
          description="Thank-yous first, then follow-ups, retries and the day's conversations. Nothing is sent on a day with nothing due."
          checked={values.digest}
          onChange={(e) => setValues({ ...values, digest: e.currentTarget.checked })}
        />
        <Select
          label="Send it at"
          description="In your time zone (above)."
          data={HOURS}
          value={String(values.digestHour)}
          onChange={(v) => v !== null && setValues({ ...values, digestHour: Number(v) })}
          allowDeselect={false}
          disabled={!values.digest}
          maw={200}
          error={error?.fieldError("digestHour")}
        />
        <Switch
          label="A nudge when a thank-you is late"
          description="One short e-mail per conversation."
          checked={values.nudge}
          onChange={(e) => setValues({ ...values, nudge: e.currentTarget.checked })}
        />
        <NumberInput
          label="Hours after the conversation"
          value={values.nudgeAfterHours}
          min={1}
          max={72}
          disabled={!values.nudge}
          maw={200}
          onChange={(v) => setValues({ ...values, nudgeAfterHours: Number(v) || 1 })}
          error={error?.fieldError("nudgeAfterHours")}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Every e-mail has a one-click unsubscribe link.
          </Text>
          <Button type="submit" loading={save.isPending}>
            Save reminders
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
