// What the seeker aims at (targets) and where the people work (organizations).
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useMemo } from "react";
import { Link, useLocation } from "wouter";
import { industriesApi } from "../../api/industries";
import { organizationsApi } from "../../api/organizations";
import { useAll } from "../../api/resource";
import { targetSaved, targetsApi } from "../../api/targets";
import { Icon } from "../../components/icons";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { saveTarget, TargetForm } from "../../components/target/TargetForm";
import { useAction } from "../../hooks/useAction";
import { usePageAdd } from "../../hooks/useShortcuts";
import { RELATION_LABEL } from "../../lib/labels";
import { OrganizationModal } from "./OrganizationModal";

export function OrganizationsPage() {
  const [, navigate] = useLocation();
  const targets = useAll(targetsApi);
  const organizations = useAll(organizationsApi);
  const industries = useAll(industriesApi);
  const [addingTarget, targetModal] = useDisclosure(false);
  const [addingOrg, orgModal] = useDisclosure(false);
  const narrow = useMediaQuery("(max-width: 37.5em)");
  usePageAdd(targetModal.open);
  const industryName = useMemo(
    () => new Map((industries.data ?? []).map((i) => [i.id, i.name])),
    [industries.data],
  );
  const create = useAction((draft: Parameters<typeof saveTarget>[0]) => saveTarget(draft), {
    success: (t) => `Target "${t.role}" created.`,
    stale: targetSaved,
    onDone: (t) => {
      targetModal.close();
      navigate(`/targets/${t.id}`);
    },
  });
  if (targets.isError) return <ErrorState error={targets.error} retry={() => targets.refetch()} />;
  return (
    <>
      <PageHeader
        title="Organizations & targets"
        description="A target is a job, in an industry, at some organizations."
        actions={
          <>
            <Button variant="default" onClick={orgModal.open}>
              New organization
            </Button>
            <Button onClick={targetModal.open} leftSection={<Icon name="plus" size={16} />}>
              New target
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <section aria-labelledby="targets-title">
          <Text id="targets-title" component="h2" fw={650} size="lg" mb="xs">
            Targets
          </Text>
          {!targets.data ? (
            <LoadingRows rows={2} />
          ) : targets.data.length === 0 ? (
            <Empty
              icon="organizations"
              title="No target yet"
              action={<Button onClick={targetModal.open}>Create a target</Button>}
            >
              Name the job you want, its industry and two or more organizations. Everything else
              (coverage, pitch, questions) hangs off it.
            </Empty>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {targets.data.map((t) => (
                <Card key={t.id} withBorder radius="md" padding="md">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap">
                      <Anchor component={Link} href={`/targets/${t.id}`} fw={650} size="lg">
                        {t.role}
                      </Anchor>
                      {!t.active && (
                        <Badge color="gray" variant="light">
                          Paused
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t.industryId ? industryName.get(t.industryId) : "No industry yet"} ·{" "}
                      {t.organizationIds.length} organization
                      {t.organizationIds.length === 1 ? "" : "s"}
                    </Text>
                    {t.notes && (
                      <Text size="sm" lineClamp={2}>
                        {t.notes}
                      </Text>
                    )}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )}
        </section>
        <SectionCard id="organizations" title="Organizations" count={organizations.data?.length}>
          {!organizations.data ? (
            <LoadingRows rows={3} />
          ) : organizations.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              None yet. Organizations are added as you name them for a target or a person.
            </Text>
          ) : narrow ? (
            // Under 600 px a table would scroll sideways and hide the industry: a list instead.
            <Stack gap={0} component="ul" className="org-list" data-testid="organization-list">
              {organizations.data.map((o) => (
                <li key={o.id}>
                  <Anchor component={Link} href={`/organizations/${o.id}`} fw={600}>
                    {o.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {RELATION_LABEL[o.relation]}
                    {o.industryId ? ` · ${industryName.get(o.industryId) ?? ""}` : ""}
                  </Text>
                </li>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Relation</Table.Th>
                    <Table.Th>Industry</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organizations.data.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Anchor component={Link} href={`/organizations/${o.id}`} fw={600}>
                          {o.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{RELATION_LABEL[o.relation]}</Table.Td>
                      <Table.Td>{o.industryId ? industryName.get(o.industryId) : "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </SectionCard>
      </Stack>
      <Modal opened={addingTarget} onClose={targetModal.close} title="New target" size="lg">
        {addingTarget && (
          <TargetForm
            submitLabel="Create target"
            onSubmit={(draft) => create.mutate(draft)}
            onCancel={targetModal.close}
            busy={create.isPending}
          />
        )}
      </Modal>
      <OrganizationModal key={String(addingOrg)} opened={addingOrg} onClose={orgModal.close} />
    </>
  );
}
