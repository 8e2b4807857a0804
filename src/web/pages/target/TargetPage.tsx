// A target: the job aimed at. Its three areas of research, the industry's words, the pitch,
// and the checklist of whom to talk to first.
import { Anchor, Badge, Grid, Group, Stack, Text } from "@mantine/core";
import { Link, useParams } from "wouter";
import { industriesApi } from "../../api/industries";
import { organizationsApi } from "../../api/organizations";
import { useAll, useOne } from "../../api/resource";
import { targetsApi } from "../../api/targets";
import { Glossary } from "../../components/insights/Glossary";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { CoverageChecklist } from "./CoverageChecklist";
import { PitchEditor } from "./PitchEditor";
import { TargetActions } from "./TargetActions";
import { ThreeAreas } from "./ThreeAreas";

export function TargetPage() {
  const { id = "" } = useParams<{ id: string }>();
  const target = useOne(targetsApi, id);
  const industry = useOne(industriesApi, target.data?.industryId);
  const organizations = useAll(organizationsApi);
  if (target.isError) return <ErrorState error={target.error} retry={() => target.refetch()} />;
  if (!target.data) return <LoadingRows rows={6} />;
  const t = target.data;
  const orgs = (organizations.data ?? []).filter((o) => t.organizationIds.includes(o.id));
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href="/organizations" size="sm">
            ← Organizations & targets
          </Anchor>
        }
        title={t.role}
        description={
          <Group gap={6} component="span">
            <span>{industry.data?.name ?? "No industry yet"}</span>
            {orgs.map((o) => (
              <Badge
                key={o.id}
                component={Link}
                href={`/organizations/${o.id}`}
                variant="light"
                color="gray"
                style={{ cursor: "pointer", textTransform: "none" }}
              >
                {o.name}
              </Badge>
            ))}
          </Group>
        }
        actions={<TargetActions target={t} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <SectionCard
              id="areas"
              title="Three areas of research"
              description="Industry first, then the companies, then the job."
            >
              <ThreeAreas target={t} />
            </SectionCard>
            <SectionCard
              id="pitch"
              title="Your 30-second pitch"
              description="Who you are, what you did, what you want next, how they can help."
            >
              <PitchEditor targetId={t.id} />
            </SectionCard>
            <SectionCard
              id="why"
              title="Why this field, why this company"
              description="Short answers for when they ask (Edit to change them)."
            >
              <Stack gap="xs">
                <Text size="sm">
                  <strong>Why this field?</strong> {t.whyField || "Not answered yet."}
                </Text>
                <Text size="sm">
                  <strong>Why this company?</strong> {t.whyCompany || "Not answered yet."}
                </Text>
              </Stack>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <SectionCard
              id="coverage"
              title="Whom to talk to first"
              description="Three views of the job from at least two organizations."
            >
              <CoverageChecklist targetId={t.id} />
            </SectionCard>
            <SectionCard
              id="glossary"
              title={industry.data ? `Glossary: ${industry.data.name}` : "Glossary"}
            >
              {t.industryId ? (
                <Glossary industryId={t.industryId} />
              ) : (
                <Text size="sm" c="dimmed">
                  Name this target's industry (Edit) to keep a glossary of its words.
                </Text>
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
