// Who introduced this person, and whom they introduced: the chain the practice runs on.
import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { peopleApi } from "../../api/people";
import { referralKeys, referralsApi } from "../../api/referrals";
import type { Person, Referral } from "../../api/types";
import { SectionCard } from "../../components/SectionCard";
import { StatusBadge } from "../../components/StatusBadge";

function useReferralsOf(person: Person) {
  return useQuery({
    queryKey: referralKeys.of(person.id, person.referredById),
    queryFn: async () => {
      const [received, given] = await Promise.all([
        referralsApi.all({ personId: person.id }),
        referralsApi.all({ fromPersonId: person.id }),
      ]);
      const ids = new Set([
        ...received.map((r) => r.fromPersonId),
        ...given.map((r) => r.personId),
        ...(person.referredById ? [person.referredById] : []),
      ]);
      const people = new Map<string, Person>();
      await Promise.all([...ids].map(async (id) => people.set(id, await peopleApi.get(id))));
      const introducedBy: { referral?: Referral; person?: Person }[] = received.map((r) => ({
        referral: r,
        person: people.get(r.fromPersonId),
      }));
      // A person can be marked as referred without a referral record (typed in by hand).
      if (person.referredById && !received.some((r) => r.fromPersonId === person.referredById)) {
        introducedBy.push({ person: people.get(person.referredById) });
      }
      return {
        introducedBy,
        introduced: given.map((r) => ({ referral: r, person: people.get(r.personId) })),
      };
    },
  });
}

function PersonLine({ person, note }: { person?: Person; note?: string }) {
  if (!person) return null;
  return (
    <Group gap={6} justify="space-between" wrap="nowrap">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} href={`/people/${person.id}`} size="sm" fw={600}>
          {person.fullName}
        </Anchor>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
      <StatusBadge status={person.stage} size="xs" />
    </Group>
  );
}

export function ReferralsCard({ person }: { person: Person }) {
  const data = useReferralsOf(person).data;
  const introducedBy = data?.introducedBy ?? [];
  const introduced = data?.introduced ?? [];
  return (
    <SectionCard id="referrals" title="Introductions">
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Introduced by
          </Text>
          {introducedBy.length === 0 ? (
            <Text size="sm" c="dimmed">
              No one: you found them yourself.
            </Text>
          ) : (
            introducedBy.map(({ referral, person: from }) => (
              <Stack key={from?.id ?? "unknown"} gap={2}>
                <PersonLine person={from} note={referral?.note} />
                {referral?.mayUseName && (
                  <Badge size="xs" variant="light" color="brand">
                    You may use their name
                  </Badge>
                )}
              </Stack>
            ))
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Introduced you to
          </Text>
          {introduced.length === 0 ? (
            <Text size="sm" c="dimmed">
              No names yet. Ask who else to talk to at the end of each conversation.
            </Text>
          ) : (
            introduced.map(({ referral, person: to }) => (
              <PersonLine key={referral.id} person={to} note={referral.note} />
            ))
          )}
        </Stack>
      </Stack>
    </SectionCard>
  );
}
