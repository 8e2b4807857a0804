// One program, for its staff: the cohort dashboard, invitations, milestones and the report.
// An analyst sees the report only: aggregates, de-identified, never a person.
import { Anchor, Button, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link, useParams } from "wouter";
import { reportHref, useProgram } from "../../api/centers";
import { Icon } from "../../components/icons";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { formatDate } from "../../lib/coachingWords";
import { CohortCard } from "./CohortCard";
import { InvitationsCard } from "./InvitationsCard";
import { MilestonesCard } from "./MilestonesCard";

export function ProgramPage() {
  const { id = "" } = useParams<{ id: string }>();
  const program = useProgram(id);
  if (program.isError) return <ErrorState error={program.error} retry={() => program.refetch()} />;
  if (!program.data) return <LoadingRows rows={5} />;
  const p = program.data;
  const analystOnly = p.yourRole === "analyst" && !p.youCoach;
  const report = (
    <Button
      component="a"
      href={reportHref(p.id)}
      download
      variant="default"
      leftSection={<Icon name="download" size={16} />}
    >
      Download report (CSV)
    </Button>
  );
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href={`/centers/${p.centerId}`} size="sm">
            {p.centerName}
          </Anchor>
        }
        title={p.name}
        description={`${formatDate(p.startsOn)} to ${formatDate(p.endsOn)} · ${p.seekers} seeker${p.seekers === 1 ? "" : "s"}${p.coaches.length > 0 ? ` · coached by ${p.coaches.map((c) => c.name || c.email).join(", ")}` : ""}`}
        actions={report}
      />
      <Stack gap="md">
        <SectionCard id="purpose" title="Purpose">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {p.purpose}
          </Text>
        </SectionCard>
        {analystOnly ? (
          <SectionCard
            id="report"
            title="Report"
            description="As an analyst you see the program's aggregates only: counts and rates across the cohort, with no seeker named."
          >
            {report}
          </SectionCard>
        ) : (
          <>
            <CohortCard programId={p.id} />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <InvitationsCard programId={p.id} invitations={p.invitations} />
              <MilestonesCard programId={p.id} milestones={p.milestones} />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </>
  );
}
