// One program the seeker joined: who runs it and why (its purpose), its coaches, the milestones
// with the seeker's own progress, what the seeker shares, the center's material to adopt, and
// leaving.
import { Badge, Button, Card, Divider, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { adoptMaterial, type Membership, materialAdopted } from "../../api/coaching";
import { useAction } from "../../hooks/useAction";
import { formatDate, METRIC_LABELS, MILESTONE_STATUS } from "../../lib/coachingWords";
import { MATERIAL_WORDS } from "../centers/MaterialCard";
import { GrantsSection } from "./GrantsSection";
import { LeaveProgram } from "./LeaveProgram";

function Milestones({ membership }: { membership: Membership }) {
  if (membership.milestones.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Milestones
      </Text>
      {membership.milestones.map((m) => (
        <Stack key={m.id} gap={2}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {m.title}: {m.value} of {m.target} {METRIC_LABELS[m.metric]} by {formatDate(m.dueOn)}
            </Text>
            <Badge variant="light" color={MILESTONE_STATUS[m.status].color} tt="none">
              {MILESTONE_STATUS[m.status].label}
            </Badge>
          </Group>
          <Progress
            value={Math.min(100, (m.value / m.target) * 100)}
            color={MILESTONE_STATUS[m.status].color}
            aria-label={`${m.title}: ${m.value} of ${m.target}`}
            size="sm"
          />
        </Stack>
      ))}
    </Stack>
  );
}

function Material({ membership }: { membership: Membership }) {
  const adopt = useAction(adoptMaterial, {
    stale: materialAdopted,
    success: (adopted) => `Copied into ${adopted.where}. It is yours to change.`,
  });
  if (membership.material.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Material from {membership.centerName}
      </Text>
      {membership.material.map((item) => (
        <Group key={item.id} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm">
              {item.title}{" "}
              <Text span size="xs" c="dimmed">
                ({MATERIAL_WORDS[item.kind]})
              </Text>
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {item.body}
            </Text>
          </Stack>
          <Button
            size="xs"
            variant="light"
            onClick={() => adopt.mutate(item.id)}
            loading={adopt.isPending && adopt.variables === item.id}
            aria-label={`Adopt ${item.title}`}
            style={{ flexShrink: 0 }}
          >
            Adopt
          </Button>
        </Group>
      ))}
    </Stack>
  );
}

export function MembershipCard({ membership }: { membership: Membership }) {
  const headingId = `program-${membership.programId}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Title order={2} size="h4" id={headingId}>
              {membership.programName}
            </Title>
            <LeaveProgram membership={membership} />
          </Group>
          <Text size="sm" c="dimmed">
            {membership.centerName} · {formatDate(membership.startsOn)} to{" "}
            {formatDate(membership.endsOn)} · joined {formatDate(membership.joinedAt)}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Why they ask to see:
            </Text>{" "}
            {membership.purpose}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Coaches:
            </Text>{" "}
            {membership.coaches.length > 0
              ? membership.coaches.map((c) => c.name).join(", ")
              : "none yet"}
          </Text>
        </Stack>
        <Milestones membership={membership} />
        <Divider />
        <GrantsSection membership={membership} />
        {membership.material.length > 0 && <Divider />}
        <Material membership={membership} />
      </Stack>
    </Card>
  );
}
