// One center: its staff and their roles, its programs, and the material it shares.
import { Anchor, Badge, SimpleGrid, Stack } from "@mantine/core";
import { Link, useParams } from "wouter";
import { useCenter } from "../../api/centers";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { ROLE_WORDS } from "../../lib/coachingWords";
import { MaterialCard } from "./MaterialCard";
import { ProgramsCard } from "./ProgramsCard";
import { StaffCard } from "./StaffCard";

export function CenterPage() {
  const { id = "" } = useParams<{ id: string }>();
  const center = useCenter(id);
  if (center.isError) return <ErrorState error={center.error} retry={() => center.refetch()} />;
  if (!center.data) return <LoadingRows rows={4} />;
  const c = center.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href="/centers" size="sm">
            Centers
          </Anchor>
        }
        title={c.name}
        description={`Your role here: ${ROLE_WORDS[c.role].label.toLowerCase()}, who ${ROLE_WORDS[c.role].sees}.`}
        actions={<Badge variant="light">{ROLE_WORDS[c.role].label}</Badge>}
      />
      <Stack gap="md">
        <ProgramsCard center={c} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <StaffCard center={c} />
          <MaterialCard center={c} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
