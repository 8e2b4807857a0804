// Who introduced whom, as a picture and as a list, and the warm paths into an organization.
import { Anchor, Badge, Grid, Group, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { PIPELINE_ORDER } from "../../../domain/vocabulary.js";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { STATUS_HEX, STATUS_LABEL } from "../../lib/labels";
import { ReferralGraph } from "./ReferralGraph";
import { useNetwork } from "./useNetwork";
import { WarmPaths } from "./WarmPaths";

function Legend() {
  return (
    <Group gap="sm" mt="xs" aria-label="Colors">
      {PIPELINE_ORDER.map((status) => (
        <Group key={status} gap={4}>
          <span
            aria-hidden="true"
            style={{
              width: 10,
              height: 10,
              borderRadius: 5,
              background: STATUS_HEX[status],
              display: "inline-block",
            }}
          />
          <Text size="xs">{STATUS_LABEL[status]}</Text>
        </Group>
      ))}
      <Group gap={4}>
        <span
          aria-hidden="true"
          style={{
            width: 10,
            height: 10,
            borderRadius: 5,
            background: STATUS_HEX.none,
            display: "inline-block",
          }}
        />
        <Text size="xs">Not asked</Text>
      </Group>
    </Group>
  );
}

export function NetworkPage() {
  const network = useNetwork();
  if (network.isError) return <ErrorState error={network.error} retry={() => network.refetch()} />;
  const data = network.data;
  return (
    <>
      <PageHeader
        title="Network"
        description="Each conversation should lead to the next: here is who led you to whom."
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SectionCard id="graph" title="Referrals" count={data?.links.length}>
            {!data ? (
              <LoadingRows rows={6} />
            ) : data.links.length === 0 ? (
              <Empty icon="network" title="No introductions yet">
                Close every conversation by asking who else you should talk to. The names you
                capture appear here, linked to whoever gave them.
              </Empty>
            ) : (
              <>
                <ReferralGraph network={data} />
                <Legend />
              </>
            )}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <SectionCard id="warm" title="Warm paths in">
              {data ? <WarmPaths network={data} /> : <LoadingRows rows={2} />}
            </SectionCard>
            {data && data.links.length > 0 && (
              <SectionCard id="list" title="Introductions">
                <Stack gap={6} data-testid="introductions">
                  {data.links.map((l) => {
                    const from = data.people.get(l.from);
                    const to = data.people.get(l.to);
                    return (
                      <Group key={`${l.from}-${l.to}`} gap={6} wrap="wrap">
                        <Anchor component={Link} href={`/people/${l.from}`} size="sm">
                          {from?.fullName ?? "…"}
                        </Anchor>
                        <Text span size="sm" c="dimmed">
                          introduced
                        </Text>
                        <Anchor component={Link} href={`/people/${l.to}`} size="sm" fw={600}>
                          {to?.fullName ?? "…"}
                        </Anchor>
                        {to?.stage && (
                          <Badge size="xs" variant="dot" color="gray">
                            {STATUS_LABEL[to.stage]}
                          </Badge>
                        )}
                      </Group>
                    );
                  })}
                </Stack>
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
