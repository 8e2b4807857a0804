// The cohort at desktop width: one row a seeker, every column sortable (the server sorts, so a
// sort covers every page), the sorted column marked for screen readers with aria-sort.
import { Anchor, Table, Text, UnstyledButton } from "@mantine/core";
import { Link } from "wouter";
import type { CohortRow } from "../../api/centers";
import { AttentionFlags, Fact, SharingBadges } from "./CohortRowParts";
import { type CohortSort, coverageText, FACT_COLUMNS } from "./cohortColumns";

export interface SortState {
  sort: CohortSort;
  order: "asc" | "desc";
}

function SortHeader({
  label,
  sort,
  state,
  onSort,
}: {
  label: string;
  sort: CohortSort;
  state: SortState;
  onSort: (sort: CohortSort) => void;
}) {
  const active = state.sort === sort;
  return (
    <Table.Th aria-sort={active ? (state.order === "asc" ? "ascending" : "descending") : undefined}>
      <UnstyledButton onClick={() => onSort(sort)} fz="sm" fw={600}>
        {label} <span aria-hidden="true">{active ? (state.order === "asc" ? "▲" : "▼") : "↕"}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

export function CohortTable({
  programId,
  rows,
  state,
  onSort,
}: {
  programId: string;
  rows: CohortRow[];
  state: SortState;
  onSort: (sort: CohortSort) => void;
}) {
  return (
    // No sideways scroll: the headers wrap instead, so every column stays in sight.
    <Table.ScrollContainer minWidth={0}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing={8}
        fz="sm"
        aria-label="Cohort"
      >
        <Table.Thead>
          <Table.Tr>
            <SortHeader label="Seeker" sort="name" state={state} onSort={onSort} />
            {FACT_COLUMNS.map((column) => (
              <SortHeader
                key={column.sort}
                label={column.short}
                sort={column.sort}
                state={state}
                onSort={onSort}
              />
            ))}
            <Table.Th>Coverage</Table.Th>
            <SortHeader label="Attention" sort="flags" state={state} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.seekerId} data-testid="cohort-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  href={`/programs/${programId}/seekers/${row.seekerId}`}
                  fw={600}
                  size="sm"
                >
                  {row.name}
                </Anchor>
                <Text size="xs" c="dimmed" mb={2}>
                  {row.email}
                </Text>
                <SharingBadges row={row} />
              </Table.Td>
              {FACT_COLUMNS.map((column) => (
                <Table.Td key={column.sort}>
                  <Fact value={column.value(row)} />
                </Table.Td>
              ))}
              <Table.Td>
                <Fact value={coverageText(row)} />
              </Table.Td>
              <Table.Td>
                <AttentionFlags row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
