// The practice's numbers. Each is a default taken from the articles, and each can be changed.
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ApiError } from "../../api/client";
import { saveSettings, settingsChanged } from "../../api/settings";
import type { PracticeSettings } from "../../api/types";
import { useAction } from "../../hooks/useAction";

type NumberKey = Exclude<keyof PracticeSettings, "timeZone">;

const GROUPS: { title: string; fields: { key: NumberKey; label: string; hint: string }[] }[] = [
  {
    title: "Asking",
    fields: [
      { key: "requestMinutes", label: "Minutes to ask for", hint: "20 is the usual ask" },
      { key: "maxAttempts", label: "Attempts before letting go", hint: "3 by default" },
      { key: "retryAfterDays", label: "Days before trying again", hint: "silence is normal" },
    ],
  },
  {
    title: "After the conversation",
    fields: [
      { key: "thankYouWithinHours", label: "Thank-you within (hours)", hint: "24 by default" },
      { key: "activeCheckInDays", label: "Check in every (days)", hint: "while it is active" },
      { key: "activePeriodDays", label: "Active for (days)", hint: "after the last talk" },
      { key: "longRunCheckInDays", label: "Then every (days)", hint: "over the long run" },
      { key: "comeBackAfterDays", label: "Come back after (days)", hint: "for a promised step" },
    ],
  },
  {
    title: "Pitch and planning",
    fields: [
      { key: "speakingRateWpm", label: "Speaking rate (words a minute)", hint: "times the pitch" },
      { key: "pitchMaxSeconds", label: "Longest pitch (seconds)", hint: "30 by default" },
      { key: "upcomingDays", label: "Look ahead (days)", hint: "for Today's “coming up”" },
    ],
  },
];

function zones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? ["UTC"];
}

export function PracticeForm({ initial }: { initial: PracticeSettings }) {
  const [values, setValues] = useState(initial);
  const save = useAction(() => saveSettings(values), {
    success: "Settings saved.",
    stale: settingsChanged,
  });
  const error = save.error instanceof ApiError ? save.error : undefined;
  const allZones = zones();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <Stack gap="lg">
        <Select
          label="Time zone"
          description="“Today” and “within 24 hours” are judged in it."
          searchable
          data={allZones.includes(values.timeZone) ? allZones : [values.timeZone, ...allZones]}
          value={values.timeZone}
          onChange={(v) => v && setValues({ ...values, timeZone: v })}
          allowDeselect={false}
          maw={360}
          error={error?.fieldError("timeZone")}
        />
        {GROUPS.map((group) => (
          <Stack key={group.title} gap="xs">
            <Title order={3} size="h5">
              {group.title}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
              {group.fields.map((field) => (
                <NumberInput
                  key={field.key}
                  label={field.label}
                  description={field.hint}
                  value={values[field.key]}
                  min={1}
                  onChange={(v) => setValues({ ...values, [field.key]: Number(v) || 0 })}
                  error={error?.fieldError(field.key)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Changes apply to what is scheduled from now on.
          </Text>
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
