// One organization: the people there, what we learned about it, the targets that aim at it,
// and the warm paths that lead in.
import { Anchor, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, useLocation, useParams } from "wouter";
import { industriesApi } from "../../api/industries";
import { insightsApi } from "../../api/insights";
import { organizationRemoved, organizationsApi } from "../../api/organizations";
import { peopleApi } from "../../api/people";
import { useAll, useOne } from "../../api/resource";
import { targetsApi } from "../../api/targets";
import { ConfirmDelete } from "../../components/ConfirmDelete";
import { Icon } from "../../components/icons";
import { InsightList } from "../../components/insights/InsightList";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { StatusBadge } from "../../components/StatusBadge";
import { useAction } from "../../hooks/useAction";
import { RELATION_LABEL } from "../../lib/labels";
import { OrganizationModal } from "./OrganizationModal";

export function OrganizationPage() {
  const { id = "" } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const organization = useOne(organizationsApi, id);
  const industry = useOne(industriesApi, organization.data?.industryId);
  const people = useAll(peopleApi, { organizationId: id });
  const insights = useAll(insightsApi, { organizationId: id, area: "company" });
  const targets = useAll(targetsApi);
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const remove = useAction(() => organizationsApi.remove(id), {
    success: "Organization deleted.",
    stale: organizationRemoved,
    onDone: () => navigate("/organizations"),
    leaves: true,
    gone: [organizationsApi.keys.one(id)],
  });
  if (organization.isError) return <ErrorState error={organization.error} />;
  if (!organization.data) return <LoadingRows rows={5} />;
  const o = organization.data;
  const aimedBy = (targets.data ?? []).filter((t) => t.organizationIds.includes(o.id));
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href="/organizations" size="sm">
            ← Organizations & targets
          </Anchor>
        }
        title={o.name}
        description={[RELATION_LABEL[o.relation], industry.data?.name].filter(Boolean).join(" · ")}
        actions={
          <>
            <Button
              component={Link}
              href={`/network?organization=${o.id}`}
              leftSection={<Icon name="network" size={16} />}
            >
              Warm paths in
            </Button>
            <Button variant="default" onClick={edit.open}>
              Edit
            </Button>
            <Button variant="subtle" color="red" onClick={del.open}>
              Delete
            </Button>
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SectionCard id="people-here" title="People here" count={people.data?.length}>
            {!people.data ? (
              <LoadingRows rows={2} />
            ) : people.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                No one yet. Look at the staff page, alumni lists and second-degree connections.
              </Text>
            ) : (
              <Stack gap={6}>
                {people.data.map((p) => (
                  <Group key={p.id} justify="space-between" wrap="nowrap">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor component={Link} href={`/people/${p.id}`} fw={600} size="sm">
                        {p.fullName}
                      </Anchor>
                      <Text size="xs" c="dimmed" className="truncate">
                        {p.title}
                      </Text>
                    </Stack>
                    <StatusBadge status={p.stage} size="xs" />
                  </Group>
                ))}
              </Stack>
            )}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <SectionCard id="company-insights" title="What I learned about it">
              <InsightList
                area="company"
                insights={insights.data ?? []}
                links={{ organizationId: o.id }}
                hint="Nothing yet. Read their website and news, then note what people tell you."
              />
            </SectionCard>
            <SectionCard id="aimed-by" title="Targets aiming here">
              {aimedBy.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No target includes this organization.
                </Text>
              ) : (
                <Stack gap={4}>
                  {aimedBy.map((t) => (
                    <Anchor key={t.id} component={Link} href={`/targets/${t.id}`} size="sm">
                      {t.role}
                    </Anchor>
                  ))}
                </Stack>
              )}
              {o.website && (
                <Text size="sm" mt="sm">
                  <Anchor href={o.website} target="_blank" rel="noreferrer">
                    {o.website}
                  </Anchor>
                </Text>
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
      <OrganizationModal
        key={`${editing}-${o.updatedAt}`}
        opened={editing}
        onClose={edit.close}
        organization={o}
        industryName={industry.data?.name ?? ""}
      />
      <ConfirmDelete
        opened={deleting}
        title={`Delete ${o.name}?`}
        onClose={del.close}
        onConfirm={() => remove.mutate(undefined)}
        busy={remove.isPending}
      >
        People who work there stay in your network, without an organization.
      </ConfirmDelete>
    </>
  );
}
