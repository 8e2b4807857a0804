// The first mix of conversations for a target: someone who does the job, someone who manages
// it, a hiring manager, two organizations, and someone who can hire. Each slot shows who fills
// it: people already talked to, and people on the way.
import { Anchor, Badge, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { Link } from "wouter";
import { useCoverage } from "../../api/targets";
import type { CoveragePerson, TalkedAndPlanned } from "../../api/types";
import { Icon } from "../../components/icons";
import { LoadingRows } from "../../components/PageStates";

function Slot({
  label,
  done,
  children,
}: {
  label: string;
  done: boolean;
  children: React.ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="coverage-slot">
      <ThemeIcon
        size={24}
        radius="xl"
        color={done ? "brand" : "gray"}
        variant={done ? "filled" : "light"}
        aria-label={done ? "covered" : "not yet covered"}
        role="img"
      >
        {done ? <Icon name="check" size={14} /> : <span aria-hidden="true">·</span>}
      </ThemeIcon>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}

function People({ slot }: { slot: TalkedAndPlanned }) {
  const chip = (p: CoveragePerson, talked: boolean) => (
    <Badge
      key={`${p.id}-${talked}`}
      component={Link}
      href={`/people/${p.id}`}
      variant={talked ? "light" : "outline"}
      color={talked ? "brand" : "gray"}
      style={{ cursor: "pointer", textTransform: "none" }}
    >
      {p.fullName}
      {talked ? "" : " (planned)"}
    </Badge>
  );
  if (slot.talked.length + slot.planned.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No one yet.{" "}
        <Anchor component={Link} href="/people" size="xs">
          Find someone
        </Anchor>
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {slot.talked.map((p) => chip(p, true))}
      {slot.planned.map((p) => chip(p, false))}
    </Group>
  );
}

export function CoverageChecklist({ targetId }: { targetId: string }) {
  const coverage = useCoverage(targetId);
  if (!coverage.data) return <LoadingRows rows={5} />;
  const c = coverage.data;
  return (
    <Stack gap="sm">
      <Slot label="Practitioner: does the job" done={c.roles.practitioner.talked.length > 0}>
        <People slot={c.roles.practitioner} />
      </Slot>
      <Slot label="Supervisor: manages the job" done={c.roles.supervisor.talked.length > 0}>
        <People slot={c.roles.supervisor} />
      </Slot>
      <Slot label="Hiring manager" done={c.roles.hiring_manager.talked.length > 0}>
        <People slot={c.roles.hiring_manager} />
      </Slot>
      <Slot label="At least two organizations" done={c.organizations.talked >= 2}>
        <Text size="xs" c="dimmed">
          Talked to people at {c.organizations.talked}; {c.organizations.planned} more planned.
        </Text>
      </Slot>
      <Slot label="Someone with hiring power" done={c.hiringPower.talked.length > 0}>
        <People slot={c.hiringPower} />
      </Slot>
      {c.complete && (
        <Text size="sm" c="brand.9" fw={600}>
          A good mix. Keep following the referrals.
        </Text>
      )}
    </Stack>
  );
}
