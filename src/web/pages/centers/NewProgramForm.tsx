// A new program (a cohort, a workshop, a term): its dates, its purpose in the center's words
// (every seeker reads it on the invitation and on each grant) and its coaches.
import { Button, Group, MultiSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { type Center, centersChanged, createProgram } from "../../api/centers";
import { ApiError } from "../../api/client";
import { useAction } from "../../hooks/useAction";
import { addDaysTo, dayInZone } from "../../lib/dates";

export function NewProgramForm({ center, onDone }: { center: Center; onDone: () => void }) {
  const [, navigate] = useLocation();
  const today = dayInZone(new Date().toISOString());
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(addDaysTo(today, 12 * 7));
  const [coachIds, setCoachIds] = useState<string[]>([]);
  const coaches = center.staff
    .filter((member) => member.role !== "analyst")
    .map((member) => ({ value: member.userId, label: member.name || member.email }));
  const create = useAction(
    () => createProgram(center.id, { name: name.trim(), purpose, startsOn, endsOn, coachIds }),
    {
      stale: centersChanged,
      success: (program) => `${program.name} is set up. Invite its seekers next.`,
      onDone: (program) => {
        onDone();
        navigate(`/programs/${program.id}`);
      },
    },
  );
  const fault = (field: string) =>
    create.error instanceof ApiError ? create.error.fieldError(field) : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(undefined);
  }
  return (
    <form onSubmit={submit} aria-label="New program">
      <Stack gap="sm">
        <TextInput
          label="Name"
          placeholder="Spring job-search workshop"
          required
          value={name}
          error={fault("name")}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Textarea
          label="Purpose"
          description="Why the center asks to see what seekers share, in your own words. Seekers read it before they join and on every grant."
          placeholder="To see who needs a nudge and to plan the workshop's sessions."
          required
          autosize
          minRows={2}
          value={purpose}
          error={fault("purpose")}
          onChange={(event) => setPurpose(event.currentTarget.value)}
        />
        <Group grow align="flex-start" gap="sm" preventGrowOverflow={false} wrap="wrap">
          <TextInput
            type="date"
            label="Starts on"
            required
            value={startsOn}
            error={fault("startsOn")}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
            miw={160}
          />
          <TextInput
            type="date"
            label="Ends on"
            description="Grants end here unless a seeker picks an earlier day."
            required
            value={endsOn}
            error={fault("endsOn")}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
            miw={160}
          />
        </Group>
        <MultiSelect
          label="Coaches"
          description="They see what each seeker of the program chooses to share."
          data={coaches}
          value={coachIds}
          onChange={setCoachIds}
          placeholder={coachIds.length === 0 ? "Choose coaches" : undefined}
          error={fault("coachIds")}
          searchable
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create program
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
