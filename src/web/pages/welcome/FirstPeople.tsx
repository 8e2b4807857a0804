// The first few people: whoever knows your skills best, and people at the target's
// organizations. Each gets a conversation for the target, ready to ask.
import {
  Anchor,
  Autocomplete,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "wouter";
import { HOW_KNOWN, type HowKnown, ROLES, type Role } from "../../../domain/vocabulary.js";
import { conversationAdded, conversationsApi } from "../../api/conversations";
import { roots } from "../../api/keys";
import { organizationIdFor, organizationsApi } from "../../api/organizations";
import { peopleApi, personChanged } from "../../api/people";
import { useAll } from "../../api/resource";
import type { Conversation, Person } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { focusNext } from "../../hooks/useFocusFlow";
import { HOW_KNOWN_LABEL, ROLE_LABEL } from "../../lib/labels";

interface Added {
  person: Person;
  conversation: Conversation;
}

export function FirstPeople({ targetId }: { targetId: string | null }) {
  const [name, setName] = useState("");
  const [organization, setOrganization] = useState("");
  const [email, setEmail] = useState("");
  const [howKnown, setHowKnown] = useState<HowKnown>("former_coworker");
  const [role, setRole] = useState<Role | null>("practitioner");
  const [added, setAdded] = useState<Added[]>([]);
  // The organizations typed for the target a step earlier, and any added since.
  const organizations = useAll(organizationsApi);
  const organizationNames = [...new Set((organizations.data ?? []).map((o) => o.name))];
  const add = useAction(
    async (): Promise<Added> => {
      const person = await peopleApi.create({
        fullName: name.trim(),
        organizationId: await organizationIdFor(organization),
        emails: email.trim() ? [email.trim()] : [],
        howKnown,
        roles: role ? [role] : [],
      });
      const conversation = await conversationsApi.create({
        personId: person.id,
        targetId,
      });
      return { person, conversation };
    },
    {
      success: (a) => `${a.person.fullName} added, ready to ask.`,
      stale: [...personChanged, ...conversationAdded, roots.organizations],
      onDone: (a) => {
        setAdded((list) => [...list, a]);
        setName("");
        setOrganization("");
        setEmail("");
        // Ready for the next person.
        focusNext("[data-first-person-name]");
      },
    },
  );
  return (
    <Stack gap="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) add.mutate(undefined);
        }}
        aria-label="Add a first person"
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label="Full name"
              data-first-person-name
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Autocomplete
              label="Organization"
              placeholder="Pick one of your target's or type a name"
              data={organizationNames}
              value={organization}
              onChange={setOrganization}
            />
            <TextInput
              label="Email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <Select
              label="How you know them"
              data={HOW_KNOWN.map((v) => ({ value: v, label: HOW_KNOWN_LABEL[v] }))}
              value={howKnown}
              onChange={(v) => v && setHowKnown(v as HowKnown)}
              allowDeselect={false}
            />
            <Select
              label="Their role for your target"
              data={ROLES.map((v) => ({ value: v, label: ROLE_LABEL[v] }))}
              value={role}
              onChange={(v) => setRole(v as Role | null)}
              clearable
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" variant="light" disabled={!name.trim()} loading={add.isPending}>
              Add person
            </Button>
          </Group>
        </Stack>
      </form>
      {added.length > 0 && (
        <Stack gap={6}>
          {added.map(({ person, conversation }) => (
            <Paper key={person.id} withBorder p="xs" radius="md">
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {person.fullName}
                </Text>
                <Anchor component={Link} href={`/outreach/${conversation.id}`} size="sm">
                  Write the request
                </Anchor>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
