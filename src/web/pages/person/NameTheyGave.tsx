// "Do you know anyone at…?" asked outside a conversation: the name they give becomes a person
// introduced by them, with a conversation waiting to be asked for.
import { Button, Checkbox, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { captureReferral, referralCaptured } from "../../api/referrals";
import type { Person } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { firstName } from "../../lib/templates";

const EMPTY = { fullName: "", organizationName: "", email: "", mayUseName: true, note: "" };

export function NameTheyGave({ person }: { person: Person }) {
  const [form, setForm] = useState(EMPTY);
  const capture = useAction(
    () =>
      captureReferral({
        fromPersonId: person.id,
        person: {
          fullName: form.fullName.trim(),
          ...(form.organizationName.trim()
            ? { organizationName: form.organizationName.trim() }
            : {}),
          ...(form.email.trim() ? { email: form.email.trim() } : {}),
        },
        mayUseName: form.mayUseName,
        note: form.note,
      }),
    {
      success: (r) => `${r.person.fullName} added, introduced by ${person.fullName}.`,
      stale: referralCaptured,
      onDone: () => setForm(EMPTY),
    },
  );
  return (
    <form
      aria-label="A name they gave you"
      onSubmit={(event) => {
        event.preventDefault();
        if (form.fullName.trim()) capture.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label="Name they gave"
            value={form.fullName}
            onChange={(e) => setForm({ ...form, fullName: e.currentTarget.value })}
          />
          <TextInput
            label="Their organization"
            value={form.organizationName}
            onChange={(e) => setForm({ ...form, organizationName: e.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label="Email, if given"
          type="email"
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
        />
        <TextInput
          label="Why talk to them"
          value={form.note}
          onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
        />
        <Checkbox
          label={`${firstName(person.fullName)} said I may use their name`}
          checked={form.mayUseName}
          onChange={(e) => setForm({ ...form, mayUseName: e.currentTarget.checked })}
        />
        <Button
          type="submit"
          variant="light"
          disabled={!form.fullName.trim()}
          loading={capture.isPending}
        >
          Add the name
        </Button>
      </Stack>
    </form>
  );
}
