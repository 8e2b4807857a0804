// The cohort on a phone: a card a seeker, name first, then what they share, the flags in words,
// and the facts as a short list of label and value (a wide table would scroll sideways).
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import type { CohortRow } from "../../api/centers";
import { AttentionFlags, Fact, SharingBadges } from "./CohortRowParts";
import { coverageText, FACT_COLUMNS } from "./cohortColumns";

export function CohortCards({ programId, rows }: { programId: string; rows: CohortRow[] }) {
  return (
    <Stack gap="xs" component="ul" className="plain-list" aria-label="Cohort">
      {rows.map((row) => (
        <Paper
          key={row.seekerId}
          withBorder
          radius="md"
          p="sm"
          component="li"
          data-testid="cohort-row"
        >
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <Anchor
                component={Link}
                href={`/programs/${programId}/seekers/${row.seekerId}`}
                fw={600}
              >
                {row.name}
              </Anchor>
              <SharingBadges row={row} />
            </Group>
            <AttentionFlags row={row} />
            {row.scopes.length > 0 && (
              <SimpleGrid cols={2} spacing={4} verticalSpacing={2}>
                {FACT_COLUMNS.map((column) => (
                  <Text key={column.sort} size="xs" c="dimmed">
                    {column.label}: <Fact value={column.value(row)} />
                  </Text>
                ))}
                <Text size="xs" c="dimmed" style={{ gridColumn: "1 / -1" }}>
                  Coverage: <Fact value={coverageText(row)} />
                </Text>
              </SimpleGrid>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
