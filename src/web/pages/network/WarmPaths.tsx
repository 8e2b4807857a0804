// For one organization, the chains of introductions that lead from people the seeker knows to
// people who work there.
import { Anchor, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { Fragment } from "react";
import { Link, useSearchParams } from "wouter";
import type { HowKnown } from "../../../domain/vocabulary.js";
import { organizationsApi } from "../../api/organizations";
import { peopleApi } from "../../api/people";
import { useAll } from "../../api/resource";
import type { Person } from "../../api/types";
import { LoadingRows } from "../../components/PageStates";
import { warmPaths } from "../../lib/warmPaths";
import type { Network } from "./useNetwork";

const CLOSE: HowKnown[] = [
  "friend",
  "family",
  "former_coworker",
  "former_boss",
  "classmate_or_alumni",
  "community",
];

/** Someone the seeker can write to warmly: a close relation, a first-degree tie, or a past talk. */
function isKnown(p: Person): boolean {
  return (
    p.degree === "first" ||
    CLOSE.includes(p.howKnown) ||
    p.stage === "held" ||
    p.stage === "thanked" ||
    p.stage === "in_touch"
  );
}

export function WarmPaths({ network }: { network: Network }) {
  const [params, setParams] = useSearchParams();
  const organizationId = params.get("organization");
  const organizations = useAll(organizationsApi);
  const insiders = useAll(
    peopleApi,
    { organizationId: organizationId ?? "" },
    Boolean(organizationId),
  );
  const people = new Map(network.people);
  for (const p of insiders.data ?? []) people.set(p.id, p);
  const known = new Set([...people.values()].filter(isKnown).map((p) => p.id));
  const paths = insiders.data
    ? warmPaths(
        network.links,
        known,
        insiders.data.map((p) => p.id),
      )
    : [];
  const name = organizations.data?.find((o) => o.id === organizationId)?.name;
  return (
    <Stack gap="sm">
      <Select
        label="Organization"
        placeholder="Pick an organization"
        searchable
        data={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={organizationId}
        onChange={(v) =>
          setParams(
            (p) => {
              if (v) p.set("organization", v);
              else p.delete("organization");
              return p;
            },
            { replace: true },
          )
        }
      />
      {!organizationId ? (
        <Text size="sm" c="dimmed">
          Pick an organization to see who could introduce you there.
        </Text>
      ) : insiders.isPending ? (
        <LoadingRows rows={2} />
      ) : paths.length === 0 ? (
        <Text size="sm" c="dimmed">
          No warm path into {name} yet. Ask the people you talk to whom they know there.
        </Text>
      ) : (
        <Stack gap="xs" data-testid="warm-paths">
          {paths.map((path) => (
            <Paper key={path.join(">")} withBorder p="xs" radius="md">
              <Group gap={6}>
                {path.map((id, i) => (
                  <Fragment key={id}>
                    {i > 0 && (
                      <Text span c="dimmed" aria-label="who knows">
                        →
                      </Text>
                    )}
                    <Anchor
                      component={Link}
                      href={`/people/${id}`}
                      size="sm"
                      fw={i === path.length - 1 ? 700 : 500}
                    >
                      {people.get(id)?.fullName ?? "…"}
                    </Anchor>
                  </Fragment>
                ))}
              </Group>
              {path.length === 1 && (
                <Text size="xs" c="dimmed">
                  You know them already.
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
