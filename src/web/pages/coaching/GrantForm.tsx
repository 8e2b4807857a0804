// Choosing what a program's coaches may see: whom (every coach of the program, or one), which
// scopes (each explained; contacts stays off unless chosen) and until when (the program's end
// at the latest). The same form changes a grant, whose whom is fixed.
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { Grant, Membership } from "../../api/coaching";
import { formatDate, SCOPE_WORDS, SCOPES, type Scope } from "../../lib/coachingWords";

export interface GrantChoice {
  coachId: string | null;
  scopes: Scope[];
  expiresOn: string;
}

const EVERY_COACH = "every";

export function GrantForm({
  membership,
  grant,
  busy,
  onSubmit,
  onCancel,
}: {
  membership: Membership;
  /** The grant being changed; none for a new one. */
  grant?: Grant;
  busy: boolean;
  onSubmit: (choice: GrantChoice) => void;
  onCancel: () => void;
}) {
  const [whom, setWhom] = useState(grant?.coachId ?? EVERY_COACH);
  const [scopes, setScopes] = useState<Scope[]>(grant?.scopes ?? ["progress"]);
  const [expiresOn, setExpiresOn] = useState(grant?.expiresAt.slice(0, 10) ?? membership.endsOn);
  const title = grant ? `Change what ${grant.whom} sees` : "Share with your coaches";
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ coachId: whom === EVERY_COACH ? null : whom, scopes, expiresOn });
  }
  return (
    <form onSubmit={submit} aria-label={title}>
      <Stack gap="sm">
        {!grant && (
          <Select
            label="Whom"
            data={[
              { value: EVERY_COACH, label: `Every coach of ${membership.programName}` },
              ...membership.coaches.map((coach) => ({ value: coach.userId, label: coach.name })),
            ]}
            value={whom}
            allowDeselect={false}
            onChange={(value) => value && setWhom(value)}
          />
        )}
        <Checkbox.Group
          label="What they may see"
          description="Nothing is shared until you choose it. You can change or revoke this at any time."
          value={scopes}
          onChange={(value) => setScopes(SCOPES.filter((scope) => value.includes(scope)))}
        >
          <Stack gap="xs" mt="xs">
            {SCOPES.map((scope) => (
              <Checkbox
                key={scope}
                value={scope}
                label={SCOPE_WORDS[scope].label}
                description={SCOPE_WORDS[scope].shares}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          type="date"
          label="Until"
          description={`The program ends on ${formatDate(membership.endsOn)}; a grant cannot outlast it.`}
          value={expiresOn}
          max={membership.endsOn}
          required
          onChange={(event) => setExpiresOn(event.currentTarget.value)}
          w={220}
        />
        {scopes.length === 0 && (
          <Text size="sm" c="dimmed">
            Choose at least one thing to share, or revoke the grant instead.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={scopes.length === 0}>
            {grant ? "Save the change" : "Share"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
