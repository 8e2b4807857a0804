// What came out of one conversation: the names given, the insights noted and the words of the
// trade captured in it.
import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { glossaryApi, insightsApi } from "../../api/insights";
import { peopleApi } from "../../api/people";
import { referralsApi } from "../../api/referrals";
import { useAll, useOne } from "../../api/resource";
import type { Referral } from "../../api/types";
import { AREA_LABEL } from "../../lib/labels";

function ReferredPerson({ referral }: { referral: Referral }) {
  const person = useOne(peopleApi, referral.personId);
  return (
    <Group gap={6}>
      <Anchor component={Link} href={`/people/${referral.personId}`} size="sm" fw={600}>
        {person.data?.fullName ?? "…"}
      </Anchor>
      {referral.mayUseName && (
        <Badge size="xs" variant="light" color="brand">
          may use the name
        </Badge>
      )}
      {referral.note && (
        <Text size="xs" c="dimmed">
          {referral.note}
        </Text>
      )}
    </Group>
  );
}

export function CapturedList({ conversationId }: { conversationId: string }) {
  const referrals = useAll(referralsApi, { conversationId });
  const insights = useAll(insightsApi, { conversationId });
  const r = referrals.data ?? [];
  const i = insights.data ?? [];
  const terms = useAll(glossaryApi, { conversationId }).data ?? [];
  if (r.length === 0 && i.length === 0 && terms.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing captured yet. Before you close, ask who else you should talk to.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="captured">
      {r.map((referral) => (
        <ReferredPerson key={referral.id} referral={referral} />
      ))}
      {i.map((insight) => (
        <Text key={insight.id} size="sm">
          <Badge size="xs" variant="light" color="indigo" mr={6}>
            {AREA_LABEL[insight.area]}
          </Badge>
          {insight.text}
        </Text>
      ))}
      {terms.map((term) => (
        <Text key={term.id} size="sm">
          <Badge size="xs" variant="light" color="grape" mr={6}>
            Jargon
          </Badge>
          <strong>{term.term}</strong>
          {term.meaning ? `: ${term.meaning}` : ""}
        </Text>
      ))}
    </Stack>
  );
}
