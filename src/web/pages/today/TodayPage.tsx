// The page a seeker opens every morning: what is late, what is due, whom to ask again, what
// to prepare, and where each target's plan still has holes.
import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link, Redirect } from "wouter";
import { useToday } from "../../api/today";
import { Icon } from "../../components/icons";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { useFirstRun } from "../../hooks/useFirstRun";
import { formatDay } from "../../lib/dates";
import { CoachCommentsCard } from "./CoachCommentsCard";
import { FollowUpRow } from "./FollowUpRow";
import { RetryRow } from "./RetryRow";
import { gapHref, ToAskRow } from "./ToAskRow";
import { UpcomingRow } from "./UpcomingRow";

export function TodayPage() {
  const firstRun = useFirstRun();
  const today = useToday();
  if (firstRun.empty) return <Redirect to="/welcome" />;
  if (today.isError) return <ErrorState error={today.error} retry={() => today.refetch()} />;
  if (!today.data || firstRun.loading) {
    return (
      <>
        <PageHeader title="Today" />
        <LoadingRows rows={5} />
      </>
    );
  }
  const t = today.data;
  const followUps = [
    ...t.followUps.overdue.map((item) => ({ item, overdue: true })),
    ...t.followUps.dueToday.map((item) => ({ item, overdue: false })),
    // Thank-yous due within the next 24 hours: held today, due tomorrow.
    ...t.thankYousSoon.map((item) => ({ item, overdue: false })),
  ];
  const nothing =
    followUps.length === 0 &&
    t.retries.length === 0 &&
    t.upcoming.length === 0 &&
    t.toRecord.length === 0 &&
    t.toAsk.length === 0;
  const overdueCount = t.followUps.overdue.length;
  return (
    <>
      <PageHeader
        title="Today"
        description={formatDay(t.date)}
        actions={
          <Group gap={6}>
            {overdueCount > 0 && (
              <Badge color="red" variant="light">
                {overdueCount} overdue
              </Badge>
            )}
            <Badge color="gray" variant="light">
              {followUps.length} follow-up{followUps.length === 1 ? "" : "s"}
            </Badge>
          </Group>
        }
      />
      <Stack gap="md">
        <CoachCommentsCard />
        {nothing && (
          <Empty icon="check" title="Nothing due today">
            You are up to date. A good day to find someone new to talk to, or to share something
            useful with a contact.
          </Empty>
        )}
        {followUps.length > 0 && (
          <SectionCard
            id="follow-ups"
            title="Follow-ups"
            count={followUps.length}
            description="Thank-yous first: they have a 24-hour deadline, so those due by this time tomorrow are here too."
          >
            <Stack gap="xs">
              {followUps.map(({ item, overdue }) => (
                <FollowUpRow
                  key={item.id}
                  item={item}
                  overdue={overdue}
                  today={t.date}
                  timeZone={t.timeZone}
                />
              ))}
            </Stack>
          </SectionCard>
        )}
        {t.toRecord.length > 0 && (
          <SectionCard
            id="to-record"
            title="How did it go?"
            count={t.toRecord.length}
            description="These conversations are past their time. Record them while you remember."
          >
            <Stack gap="xs">
              {t.toRecord.map((item) => (
                <UpcomingRow key={item.id} item={item} timeZone={t.timeZone} past />
              ))}
            </Stack>
          </SectionCard>
        )}
        {t.toAsk.length > 0 && (
          <SectionCard
            id="to-ask"
            title="People to ask"
            count={t.toAskTotal}
            description="Referrals first: someone already vouched for you."
          >
            <Stack gap="xs">
              {t.toAsk.map((item) => (
                <ToAskRow key={item.conversationId} item={item} />
              ))}
              {t.toAskTotal > t.toAsk.length && (
                <Anchor component={Link} href="/outreach" size="sm">
                  All {t.toAskTotal} waiting, on Outreach
                </Anchor>
              )}
            </Stack>
          </SectionCard>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SectionCard
            id="retries"
            title="Ask again"
            count={t.retries.length}
            description="No answer is normal. Three attempts, then let it go."
          >
            {t.retries.length === 0 ? (
              <Text size="sm" c="dimmed">
                No request is waiting for another try.
              </Text>
            ) : (
              <Stack gap="xs">
                {t.retries.map((item) => (
                  <RetryRow key={item.id} item={item} today={t.date} />
                ))}
              </Stack>
            )}
          </SectionCard>
          <SectionCard
            id="upcoming"
            title="Coming up"
            count={t.upcoming.length}
            description="Prepare: research, your pitch, a few questions."
          >
            {t.upcoming.length === 0 ? (
              <Text size="sm" c="dimmed">
                No conversation scheduled in the next days.{" "}
                <Anchor component={Link} href="/outreach" underline="always">
                  Ask someone
                </Anchor>
                .
              </Text>
            ) : (
              <Stack gap="xs">
                {t.upcoming.map((item) => (
                  <UpcomingRow key={item.id} item={item} timeZone={t.timeZone} />
                ))}
              </Stack>
            )}
          </SectionCard>
        </SimpleGrid>
        {t.coverageGaps.map((target) => (
          <SectionCard
            key={target.targetId}
            id={`gaps-${target.targetId}`}
            title={`Gaps for ${target.role}`}
            actions={
              <Button
                size="xs"
                variant="light"
                component={Link}
                href={`/targets/${target.targetId}`}
                rightSection={<Icon name="arrowRight" size={14} />}
              >
                Open target
              </Button>
            }
          >
            <List spacing={6} size="sm">
              {target.gaps.map((gap) => (
                <List.Item key={gap.code}>
                  {gap.message}{" "}
                  <Anchor
                    component={Link}
                    href={gapHref(target.targetId, gap)}
                    size="sm"
                    fw={600}
                    underline="always"
                    data-testid="gap-action"
                  >
                    {gap.action.label} <span aria-hidden="true">→</span>
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </SectionCard>
        ))}
      </Stack>
    </>
  );
}
