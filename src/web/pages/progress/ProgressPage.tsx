// Progress in pictures: how far conversations get, which channels get answers, how many names
// each conversation yields, the weekly rhythm and the network's growth.
import { Anchor, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import { Link } from "wouter";
import type { InsightKind, LeadStatus } from "../../../domain/vocabulary.js";
import { useProgress } from "../../api/progress";
import type { Progress } from "../../api/types";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { CHANNEL_LABEL, STATUS_HEX, STATUS_LABEL } from "../../lib/labels";
import { ChartCanvas } from "./ChartCanvas";
import { everyWeek } from "./weeks";

const TEAL = "#0c8599";

function countOf(list: Progress["leads"]["byStatus"], status: LeadStatus): number {
  return list.find((s) => s.status === status)?.count ?? 0;
}

function kindCount(p: Progress, kind: InsightKind): number {
  return p.insights.find((k) => k.kind === kind)?.count ?? 0;
}

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

function configs(p: Progress) {
  const funnel = p.funnel.filter((f) => f.stage !== "in_touch");
  const weekly = everyWeek(p.conversationsPerWeek, (week) => ({ week, count: 0 }));
  const growth = everyWeek(p.networkGrowth, (week, previous) => ({
    week,
    people: previous?.people ?? 0,
  }));
  const bar = (
    labels: string[],
    data: number[],
    colors: string | string[],
    horizontal = false,
  ): ChartConfiguration => ({
    type: "bar",
    data: {
      labels,
      datasets: [{ data, backgroundColor: colors, borderRadius: 6, maxBarThickness: 56 }],
    },
    options: {
      indexAxis: horizontal ? "y" : "x",
      maintainAspectRatio: false,
      plugins: { tooltip: { enabled: true } },
      scales: {
        x: { grid: { display: !horizontal } },
        y: { beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  });
  return {
    funnel: bar(
      funnel.map((f) => STATUS_LABEL[f.stage]),
      funnel.map((f) => f.count),
      funnel.map((f) => STATUS_HEX[f.stage]),
      true,
    ),
    response: {
      ...bar(
        p.responseRate.map((r) => CHANNEL_LABEL[r.channel]),
        p.responseRate.map((r) => Math.round(r.rate * 100)),
        TEAL,
      ),
      options: {
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, max: 100, ticks: { callback: (v) => `${v} %` } } },
      },
    } as ChartConfiguration,
    weekly: bar(
      weekly.map((w) => w.week),
      weekly.map((w) => w.count),
      TEAL,
    ),
    growth: {
      type: "line",
      data: {
        labels: growth.map((w) => w.week),
        datasets: [
          {
            data: growth.map((w) => w.people),
            pointRadius: 4,
            borderColor: TEAL,
            backgroundColor: "rgba(12,133,153,0.12)",
            fill: true,
            tension: 0.25,
          },
        ],
      },
      options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
    } satisfies ChartConfiguration,
  };
}

export function ProgressPage() {
  const progress = useProgress();
  const charts = useMemo(() => (progress.data ? configs(progress.data) : null), [progress.data]);
  if (progress.isError)
    return <ErrorState error={progress.error} retry={() => progress.refetch()} />;
  const p = progress.data;
  return (
    <>
      <PageHeader title="Progress" description="The search in numbers, week by week." />
      {!p || !charts ? (
        <LoadingRows rows={6} />
      ) : p.funnel[0]?.count === 0 ? (
        <Empty icon="progress" title="Nothing to count yet">
          Ask your first person for a conversation; the funnel starts there.
        </Empty>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <Stat
              label="Referrals"
              value={String(p.referralYield.referrals)}
              hint="names given to you"
            />
            <Stat
              label="Per conversation"
              value={p.referralYield.perConversation.toFixed(1)}
              hint="names per talk held"
            />
            <Stat
              label="Reached"
              value={String(p.referralYield.reached)}
              hint="referred people you have talked to"
            />
            <Stat
              label="Reach rate"
              value={`${Math.round(p.referralYield.reachRate * 100)} %`}
              hint="of referrals turned into talks"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <Anchor component={Link} href="/leads" underline="never" c="inherit">
              <Stat
                label="Open leads"
                value={String(p.leads.open)}
                hint={`of ${p.leads.total} heard of; ${countOf(p.leads.byStatus, "applied")} applied, ${countOf(p.leads.byStatus, "interviewing")} interviewing`}
              />
            </Anchor>
            <Stat
              label="Changed my mind"
              value={String(kindCount(p, "assumption_overturned"))}
              hint="assumptions overturned by a conversation"
            />
            <Stat
              label="Confirmed"
              value={String(kindCount(p, "assumption_confirmed"))}
              hint="assumptions a conversation confirmed"
            />
            <Stat
              label="Learned"
              value={String(kindCount(p, "learned"))}
              hint="insights in the three areas"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <SectionCard id="funnel" title="Funnel" description="How far conversations get.">
              <ChartCanvas
                config={charts.funnel}
                summary={p.funnel.map((f) => `${STATUS_LABEL[f.stage]}: ${f.count}`).join(", ")}
              />
            </SectionCard>
            <SectionCard
              id="response"
              title="Answers by channel"
              description="Share of attempts that got a yes or a no, in percent."
            >
              <ChartCanvas
                config={charts.response}
                summary={p.responseRate
                  .map((r) => `${CHANNEL_LABEL[r.channel]}: ${r.answered} of ${r.sent} answered`)
                  .join(", ")}
              />
            </SectionCard>
            <SectionCard id="weekly" title="Conversations per week">
              <ChartCanvas
                config={charts.weekly}
                summary={p.conversationsPerWeek
                  .map((w) => `week of ${w.week}: ${w.count}`)
                  .join(", ")}
              />
            </SectionCard>
            <SectionCard id="growth" title="Network growth" description="People in your network.">
              <ChartCanvas
                config={charts.growth}
                summary={p.networkGrowth.map((w) => `week of ${w.week}: ${w.people}`).join(", ")}
              />
            </SectionCard>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
