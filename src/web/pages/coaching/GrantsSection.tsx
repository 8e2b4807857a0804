// A program's grants, as the seeker who gave them sees them: whom, what and until when, with a
// change and a revoke each; and the form for a new one. A revoke takes effect on the coach's
// next request.
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import {
  changeGrant,
  consentChanged,
  type Grant,
  grantAccess,
  type Membership,
  revokeAccess,
} from "../../api/coaching";
import { useAction } from "../../hooks/useAction";
import { formatDate, SCOPE_WORDS, scopeList, sentenceStart } from "../../lib/coachingWords";
import { type GrantChoice, GrantForm } from "./GrantForm";

function GrantRow({ grant, membership }: { grant: Grant; membership: Membership }) {
  const [changing, setChanging] = useState(false);
  const change = useAction(
    (choice: GrantChoice) =>
      changeGrant(grant.id, { scopes: choice.scopes, expiresOn: choice.expiresOn }),
    {
      stale: consentChanged,
      success: "Changed. A receipt records it.",
      onDone: () => setChanging(false),
    },
  );
  const revoke = useAction(() => revokeAccess(grant.id), {
    stale: consentChanged,
    success: `Revoked: ${grant.whom} sees none of it from their next look.`,
  });
  if (changing) {
    return (
      <Paper withBorder radius="md" p="sm">
        <GrantForm
          membership={membership}
          grant={grant}
          busy={change.isPending}
          onSubmit={(choice) => change.mutate(choice)}
          onCancel={() => setChanging(false)}
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="sm" data-testid="grant">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {sentenceStart(grant.whom)}
          </Text>
          <Badge variant="light" color={grant.inForce ? "teal" : "gray"} tt="none">
            {grant.inForce
              ? `Until ${formatDate(grant.expiresAt)}`
              : grant.revokedAt
                ? `Revoked ${formatDate(grant.revokedAt)}`
                : `Ended ${formatDate(grant.expiresAt)}`}
          </Badge>
        </Group>
        <Text size="sm">Sees: {scopeList(grant.scopes)}.</Text>
        {grant.inForce && (
          <Text size="xs" c="dimmed">
            {grant.scopes.includes("contacts")
              ? "The people you talk to are shown by name."
              : 'The people you talk to show as "Person 3, Supplier, Northwind", never by name.'}
          </Text>
        )}
        {grant.inForce && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setChanging(true)}>
              Change
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => revoke.mutate(undefined)}
              loading={revoke.isPending}
            >
              Revoke
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function GrantsSection({ membership }: { membership: Membership }) {
  const [adding, setAdding] = useState(false);
  const grant = useAction(
    (choice: GrantChoice) => grantAccess({ programId: membership.programId, ...choice }),
    {
      stale: consentChanged,
      success: (g) => `Shared with ${g.whom}: ${scopeList(g.scopes)}.`,
      onDone: () => setAdding(false),
    },
  );
  const live = membership.grants.filter((g) => g.inForce);
  const past = membership.grants.filter((g) => !g.inForce);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        What you share
      </Text>
      {live.length === 0 && !adding && (
        <Text size="sm" c="dimmed">
          Nothing but your name and e-mail, which joining shared. Your coaches see nothing else
          until you choose it.
        </Text>
      )}
      {live.map((g) => (
        <GrantRow key={g.id} grant={g} membership={membership} />
      ))}
      {adding ? (
        <Paper withBorder radius="md" p="sm">
          <GrantForm
            membership={membership}
            busy={grant.isPending}
            onSubmit={(choice) => grant.mutate(choice)}
            onCancel={() => setAdding(false)}
          />
        </Paper>
      ) : (
        <Group>
          <Button size="sm" variant="light" onClick={() => setAdding(true)}>
            Share with your coaches…
          </Button>
        </Group>
      )}
      {past.length > 0 && (
        <Text size="xs" c="dimmed">
          Ended or revoked:{" "}
          {past
            .map((g) => `${g.whom} (${g.scopes.map((s) => SCOPE_WORDS[s].label).join(", ")})`)
            .join("; ")}
        </Text>
      )}
    </Stack>
  );
}
