// Small promises and finds after a conversation: coming back once a suggested step is done,
// and an opening they mentioned, traceable to them.
import { Button, Group, NumberInput, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { pipeline } from "../../../api/conversations";
import { followUpChanged } from "../../../api/followUps";
import { leadChanged, leadsApi } from "../../../api/insights";
import type { Conversation, Person } from "../../../api/types";
import { useAction } from "../../../hooks/useAction";
import { focusNext } from "../../../hooks/useFocusFlow";

export function ComeBackForm({ conversation }: { conversation: Conversation }) {
  const [step, setStep] = useState("");
  const [days, setDays] = useState<number | string>("");
  const promise = useAction(
    () =>
      pipeline.promiseComeBack(conversation.id, {
        step: step.trim(),
        ...(days ? { afterDays: Number(days) } : {}),
      }),
    {
      success: "We will remind you to come back to them.",
      onDone: () => setStep(""),
      stale: followUpChanged,
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (step.trim()) promise.mutate(undefined);
      }}
    >
      <Group gap="xs" align="flex-end">
        <TextInput
          label="I said I would…"
          placeholder="take the SQL course they suggested"
          value={step}
          onChange={(e) => setStep(e.currentTarget.value)}
          style={{ flex: "2 1 220px" }}
        />
        <NumberInput
          label="Remind me in (days)"
          placeholder="30"
          min={1}
          max={730}
          value={days}
          onChange={setDays}
          w={150}
        />
        <Button type="submit" variant="light" disabled={!step.trim()} loading={promise.isPending}>
          Set reminder
        </Button>
      </Group>
    </form>
  );
}

export function LeadForm({ conversation, person }: { conversation: Conversation; person: Person }) {
  const [title, setTitle] = useState("");
  const add = useAction(
    () =>
      leadsApi.create({
        title: title.trim(),
        personId: person.id,
        conversationId: conversation.id,
        organizationId: person.organizationId,
      }),
    {
      success: "Lead saved, with who mentioned it.",
      onDone: () => {
        setTitle("");
        // Ready for the next opening they mentioned.
        focusNext("[data-lead-title]");
      },
      stale: leadChanged,
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) add.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <Group gap="xs" align="flex-end">
          <TextInput
            label="An opening they mentioned"
            placeholder="Junior planner, starting in spring"
            data-lead-title
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" disabled={!title.trim()} loading={add.isPending}>
            Save lead
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
