// Asking one person for a conversation: the request, the attempts so far, and, once they say
// yes, the date.

import { Alert, Anchor, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { Link, useLocation, useParams } from "wouter";
import { realAttemptCount, saidYes as saidYesTo } from "../../../domain/attempts.js";
import { DEFAULT_SETTINGS } from "../../../domain/settings.js";
import { pipeline, stepTaken } from "../../api/conversations";
import { useSettings } from "../../api/settings";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { ScheduleForm } from "../../components/ScheduleForm";
import { SectionCard } from "../../components/SectionCard";
import { StatusBadge } from "../../components/StatusBadge";
import { useAction } from "../../hooks/useAction";
import { formatInstant } from "../../lib/dates";
import { AttemptsPanel } from "./AttemptsPanel";
import { RequestComposer } from "./RequestComposer";
import { useOutreach } from "./useOutreach";

function EndControls({
  id,
  status,
  exhausted,
  saidYes,
}: {
  id: string;
  status: string;
  exhausted: boolean;
  saidYes: boolean;
}) {
  const letGo = useAction(() => pipeline.markNoResponse(id), {
    success: "Let go. You can ask again later.",
    stale: stepTaken,
    undo: () => pipeline.reopen(id),
  });
  const reopen = useAction(() => pipeline.reopen(id), {
    success: "Open again: write a fresh request.",
    stale: stepTaken,
  });
  if (status === "declined" || status === "no_response" || status === "cancelled") {
    return (
      <Button variant="light" onClick={() => reopen.mutate(undefined)} loading={reopen.isPending}>
        Ask again later
      </Button>
    );
  }
  if (status !== "asked" || saidYes) return null;
  return (
    <Button
      variant={exhausted ? "filled" : "subtle"}
      color={exhausted ? undefined : "gray"}
      onClick={() => letGo.mutate(undefined)}
      loading={letGo.isPending}
    >
      Let it go (no response)
    </Button>
  );
}

export function ComposePage() {
  const { id = "" } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const outreach = useOutreach(id);
  const settings = useSettings().data ?? DEFAULT_SETTINGS;
  if (outreach.isError)
    return <ErrorState error={outreach.error} retry={() => outreach.refetch()} />;
  if (!outreach.data) return <LoadingRows rows={6} />;
  const facts = outreach.data;
  const { conversation: c, person } = facts;
  // They said yes to the last request: the page moves on to putting it on the calendar.
  const saidYes = saidYesTo(c.status, facts.attempts);
  const canAsk =
    !saidYes &&
    (c.status === "identified" || c.status === "asked") &&
    realAttemptCount(facts.attempts) < settings.maxAttempts;
  const canSchedule = c.status === "identified" || c.status === "asked" || c.status === "cancelled";
  const exhausted = realAttemptCount(facts.attempts) >= settings.maxAttempts;
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href={`/people/${person.id}`} size="sm">
            ← {person.fullName}
          </Anchor>
        }
        title={
          <Group gap="sm" component="span">
            <span>Ask {person.fullName}</span>
            <StatusBadge status={c.status} size="md" saidYes={saidYes} />
          </Group>
        }
        description={`A ${c.requestedMinutes}-minute conversation${
          facts.target ? ` for ${facts.target.role}` : ""
        }. Email first: it carries no pressure.`}
        actions={
          <EndControls id={c.id} status={c.status} exhausted={exhausted} saidYes={saidYes} />
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {saidYes ? (
            <SectionCard
              id="schedule"
              title="They said yes: put it on the calendar"
              description="When, how long and where. Preparation starts from there."
            >
              <ScheduleForm
                conversation={c}
                timeZone={settings.timeZone}
                onDone={() => navigate(`/conversations/${c.id}/prepare`)}
              />
            </SectionCard>
          ) : canAsk ? (
            <SectionCard
              id="request"
              title={`Request, attempt ${realAttemptCount(facts.attempts) + 1}`}
            >
              <RequestComposer facts={facts} maxAttempts={settings.maxAttempts} />
            </SectionCard>
          ) : c.scheduledAt && c.status === "scheduled" ? (
            <Alert color="blue" title="Scheduled">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{formatInstant(c.scheduledAt, settings.timeZone)}</Text>
                <Button component={Link} href={`/conversations/${c.id}/prepare`}>
                  Prepare the conversation
                </Button>
              </Stack>
            </Alert>
          ) : exhausted && c.status === "asked" ? (
            <Alert color="gray" title={`${settings.maxAttempts} attempts sent`}>
              Silence is not a verdict. Let it go for now; you can come back to it later.
            </Alert>
          ) : (
            <Alert color="gray" title="Nothing to send">
              This request is {c.status.replace("_", " ")}.
            </Alert>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <SectionCard id="attempts" title="Attempts">
              <AttemptsPanel
                attempts={facts.attempts}
                maxAttempts={settings.maxAttempts}
                retry={facts.retry}
                timeZone={settings.timeZone}
                answerable={c.status === "asked"}
              />
            </SectionCard>
            {canSchedule && !saidYes && (
              <SectionCard
                id="schedule"
                title="They said yes?"
                description="Put it on the calendar; preparation starts from there."
              >
                <ScheduleForm
                  conversation={c}
                  timeZone={settings.timeZone}
                  onDone={() => navigate(`/conversations/${c.id}/prepare`)}
                />
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
