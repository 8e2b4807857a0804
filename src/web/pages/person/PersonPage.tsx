// One person: who they are, how we met them, who introduced them and whom they introduced,
// everything that happened between us, and what to do next.
import { Anchor, Grid, Group, Stack, Text } from "@mantine/core";
import { Link, useParams } from "wouter";
import { saidYes } from "../../../domain/attempts.js";
import { organizationsApi } from "../../api/organizations";
import { peopleApi } from "../../api/people";
import { useOne } from "../../api/resource";
import { useSettings } from "../../api/settings";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { StatusBadge } from "../../components/StatusBadge";
import { ContactCard } from "./ContactCard";
import { ConversationsCard } from "./ConversationsCard";
import { NameTheyGave } from "./NameTheyGave";
import { PersonActions } from "./PersonActions";
import { ReferralsCard } from "./ReferralsCard";
import { TimelineCard } from "./TimelineCard";
import { TouchpointForm } from "./TouchpointForm";
import { useTimeline } from "./useTimeline";

export function PersonPage() {
  const { id = "" } = useParams<{ id: string }>();
  const person = useOne(peopleApi, id);
  const organization = useOne(organizationsApi, person.data?.organizationId);
  const timeline = useTimeline(id);
  const settings = useSettings();
  if (person.isError) return <ErrorState error={person.error} retry={() => person.refetch()} />;
  if (!person.data) return <LoadingRows rows={6} />;
  const p = person.data;
  const zone = settings.data?.timeZone;
  // Their furthest step is "asked", but a yes to it means the calendar is next.
  const yes =
    p.stage === "asked" &&
    (timeline.data?.conversations ?? []).some((c) =>
      saidYes(
        c.status,
        (timeline.data?.attempts ?? []).filter((a) => a.conversationId === c.id),
      ),
    );
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href="/people" size="sm">
            ← People
          </Anchor>
        }
        title={
          <Group gap="sm" component="span">
            <span>{p.fullName}</span>
            <StatusBadge status={p.stage} size="md" saidYes={yes} />
          </Group>
        }
        description={
          <>
            {p.title}
            {p.title && organization.data ? " at " : ""}
            {organization.data && (
              <Anchor
                component={Link}
                href={`/organizations/${organization.data.id}`}
                inherit
                underline="always"
              >
                {organization.data.name}
              </Anchor>
            )}
            {!p.title && !organization.data && `Priority ${p.priority}`}
          </>
        }
        actions={
          <PersonActions
            person={p}
            organizationName={organization.data?.name ?? ""}
            conversations={timeline.data?.conversations ?? []}
            saidYes={yes}
          />
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <TimelineCard
              events={timeline.data?.events}
              loading={timeline.isPending}
              timeZone={zone}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ConversationsCard conversations={timeline.data?.conversations ?? []} timeZone={zone} />
            <SectionCard
              id="touchpoint"
              title="Log a touchpoint"
              description="Give as well as take: pass on news that helps them."
            >
              <TouchpointForm personId={p.id} name={p.fullName} />
            </SectionCard>
            <ReferralsCard person={p} />
            <SectionCard
              id="name-they-gave"
              title="A name they gave you"
              description="Asked them who else to talk to? Add the name here, introduced by them."
            >
              <NameTheyGave person={p} />
            </SectionCard>
            <ContactCard person={p} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed" mt="lg">
        Added {new Date(p.createdAt).toLocaleDateString("en")}
      </Text>
    </>
  );
}
