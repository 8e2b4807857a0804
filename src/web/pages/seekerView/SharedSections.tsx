// What a seeker shares, read-only, one section a scope: progress (counts and rates, milestones),
// pipeline (their Today, conversations and coverage) and notes (preparation, notes, insights).
// People appear as the server names them: by name only with `contacts`, else "Person 3, …".
import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { SeekerView } from "../../api/centers";
import { SectionCard } from "../../components/SectionCard";
import { formatDate, METRIC_LABELS, MILESTONE_STATUS } from "../../lib/coachingWords";
import { formatDay, formatInstant } from "../../lib/dates";
import { AREA_LABEL, FOLLOW_UP_LABEL, INSIGHT_KIND_LABEL, STATUS_LABEL } from "../../lib/labels";

const label = (table: Record<string, string>, key: string) => table[key] ?? key;

function Stat({ name, value }: { name: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="xs">
      <Text size="xs" c="dimmed">
        {name}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

export function ProgressSection({ progress }: { progress: NonNullable<SeekerView["progress"]> }) {
  const f = progress.facts;
  return (
    <SectionCard id="progress" title="Progress" description="Counts and rates only.">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Stat name="People added" value={String(f.peopleAdded)} />
          <Stat
            name="Asks sent (1st · 2nd · 3rd)"
            value={`${f.asksSent} (${f.asksByAttempt.join(" · ")})`}
          />
          <Stat name="Conversations held" value={String(f.conversationsHeld)} />
          <Stat
            name="Thank-yous within 24 h"
            value={f.thankYouOnTimePercent === null ? "none yet" : `${f.thankYouOnTimePercent} %`}
          />
          <Stat name="Thank-yous sent" value={String(f.thankYousSent)} />
          <Stat name="Referrals" value={String(f.referrals)} />
          <Stat
            name="Referral yield"
            value={f.referralYield === null ? "none yet" : f.referralYield.toFixed(1)}
          />
          <Stat
            name="Last active"
            value={f.lastActiveAt ? formatDate(f.lastActiveAt) : "not yet"}
          />
        </SimpleGrid>
        {progress.milestones.length > 0 && (
          <Stack gap={4}>
            {progress.milestones.map((m) => (
              <Group key={m.id} gap="xs" justify="space-between">
                <Text size="sm">
                  {m.title}: {m.value} of {m.target} {METRIC_LABELS[m.metric]} by{" "}
                  {formatDate(m.dueOn)}
                </Text>
                <Badge variant="light" color={MILESTONE_STATUS[m.status].color} tt="none">
                  {MILESTONE_STATUS[m.status].label}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}

function TodaySummary({ today }: { today: NonNullable<SeekerView["pipeline"]>["today"] }) {
  const due = [...today.followUps.overdue, ...today.followUps.dueToday];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Their Today, {formatDay(today.date)}
      </Text>
      <Group gap={6}>
        <Badge variant="light" color={today.followUps.overdue.length > 0 ? "red" : "gray"}>
          {today.followUps.overdue.length} overdue
        </Badge>
        <Badge variant="light" color="gray">
          {today.followUps.dueToday.length} due today
        </Badge>
        <Badge variant="light" color="gray">
          {today.retries.length} to ask again
        </Badge>
        <Badge variant="light" color="gray">
          {today.upcoming.length} coming up
        </Badge>
        <Badge variant="light" color="gray">
          {today.toAskTotal} waiting to be asked
        </Badge>
      </Group>
      {due.length > 0 && (
        <List size="sm" spacing={2}>
          {due.slice(0, 8).map((item) => (
            <List.Item key={item.id}>
              {label(FOLLOW_UP_LABEL, item.kind)} with {item.personName}, due{" "}
              {formatDay(item.dueOn)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

type Conversation = NonNullable<SeekerView["pipeline"]>["conversations"][number];

function when(c: Conversation): string {
  if (c.heldAt) return `held ${formatDate(c.heldAt)}`;
  return c.scheduledAt ? formatInstant(c.scheduledAt) : "not scheduled";
}

/** A table at desktop width; on a phone a list, since a table there would scroll sideways. */
function ConversationLines({ conversations }: { conversations: Conversation[] }) {
  const phone = useMediaQuery("(max-width: 37.5em)");
  if (phone) {
    return (
      <Stack gap={6} component="ul" className="plain-list" aria-label="Conversations">
        {conversations.map((c) => (
          <Text key={c.id} component="li" size="sm">
            <Text span fw={600}>
              {c.person}
            </Text>
            : {label(STATUS_LABEL, c.status)}, {when(c)}
            {c.target ? ` · ${c.target}` : ""}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing={4} fz="sm" aria-label="Conversations">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>With</Table.Th>
          <Table.Th>Stage</Table.Th>
          <Table.Th>When</Table.Th>
          <Table.Th>Target</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {conversations.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{c.person}</Table.Td>
            <Table.Td>{label(STATUS_LABEL, c.status)}</Table.Td>
            <Table.Td>{when(c)}</Table.Td>
            <Table.Td>{c.target ?? "none"}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function PipelineSection({ pipeline }: { pipeline: NonNullable<SeekerView["pipeline"]> }) {
  return (
    <SectionCard
      id="pipeline"
      title="Pipeline"
      description="Today, conversations and their stages, follow-ups, coverage."
    >
      <Stack gap="md">
        <TodaySummary today={pipeline.today} />
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Conversations ({pipeline.conversations.length})
          </Text>
          <ConversationLines conversations={pipeline.conversations} />
        </Stack>
        {pipeline.coverage.map((target) => (
          <Stack key={target.targetId} gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                Coverage of {target.role}
              </Text>
              <Badge variant="light" color={target.complete ? "green" : "orange"} tt="none">
                {target.complete ? "Complete" : `${target.gaps.length} gaps`}
              </Badge>
            </Group>
            <List size="sm" spacing={2}>
              {target.gaps.map((gap) => (
                <List.Item key={gap.code}>{gap.message}</List.Item>
              ))}
            </List>
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}

export function NotesSection({ notes }: { notes: NonNullable<SeekerView["notes"]> }) {
  const written = notes.conversations.filter((c) => c.notes.trim() || c.researchNotes.trim());
  return (
    <SectionCard id="notes" title="Notes" description="Preparation, notes and insights.">
      <Stack gap="sm">
        {written.length === 0 && notes.insights.length === 0 && (
          <Text size="sm" c="dimmed">
            No notes written yet.
          </Text>
        )}
        {written.map((c) => (
          <Paper key={c.id} withBorder radius="md" p="xs">
            <Text size="sm" fw={600}>
              {c.person}
            </Text>
            {c.researchNotes.trim() && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                Preparation: {c.researchNotes}
              </Text>
            )}
            {c.notes.trim() && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                Notes: {c.notes}
              </Text>
            )}
          </Paper>
        ))}
        {notes.insights.length > 0 && (
          <List size="sm" spacing={2}>
            {notes.insights.map((i) => (
              <List.Item key={i.id}>
                {label(AREA_LABEL, i.area)} · {label(INSIGHT_KIND_LABEL, i.kind)}: {i.text}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </SectionCard>
  );
}
