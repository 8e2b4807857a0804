// The cohort dashboard: how many joined, share and need attention; filters (needs attention,
// sharing, a name); the seekers as a table at desktop width and as cards on a phone; pages of
// 25. Each load is one read in every listed seeker's access log, so nothing refetches by itself.
import {
  Badge,
  Group,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { type CohortFilters, useCohort } from "../../api/centers";
import { Icon } from "../../components/icons";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { CohortCards } from "./CohortCards";
import { CohortTable, type SortState } from "./CohortTable";
import { type CohortSort, FACT_COLUMNS } from "./cohortColumns";

const PAGE = 25;

const SORT_OPTIONS = [
  { value: "flags", label: "Needs attention" },
  { value: "name", label: "Name" },
  { value: "joinedAt", label: "Joined" },
  ...FACT_COLUMNS.map((column) => ({ value: column.sort, label: column.label })),
];

export function CohortCard({ programId }: { programId: string }) {
  const phone = useMediaQuery("(max-width: 37.5em)");
  const [sort, setSort] = useState<SortState>({ sort: "flags", order: "desc" });
  const [attention, setAttention] = useState<"all" | "flagged">("all");
  const [sharing, setSharing] = useState<"all" | "sharing" | "not_sharing">("all");
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const filters: CohortFilters = {
    sort: sort.sort,
    order: sort.order,
    attention,
    sharing,
    q: q || undefined,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  };
  const cohort = useCohort(programId, filters);
  const sortBy = (next: CohortSort) => {
    // A new column starts with its most telling end: names A to Z, numbers and flags high first.
    setSort((current) =>
      current.sort === next
        ? { sort: next, order: current.order === "asc" ? "desc" : "asc" }
        : { sort: next, order: next === "name" ? "asc" : "desc" },
    );
    setPage(1);
  };
  const counts = cohort.data?.counts;
  return (
    <SectionCard
      id="cohort"
      title="Cohort"
      actions={
        counts && (
          <Group gap={6} data-testid="cohort-counts">
            <Badge variant="light" color="gray">
              {counts.joined} joined
            </Badge>
            <Badge variant="light" color="teal">
              {counts.sharing} sharing
            </Badge>
            <Badge variant="light" color={counts.flagged > 0 ? "orange" : "gray"}>
              {counts.flagged} need attention
            </Badge>
          </Group>
        )
      }
      description="Each seeker within what they chose to share with you; joining alone shares a name and an e-mail. Every look is written in the seekers' access logs."
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search by name"
            leftSection={<Icon name="search" size={16} />}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: "1 1 200px" }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="attention-filter">
              Show
            </Text>
            <SegmentedControl
              aria-labelledby="attention-filter"
              value={attention}
              onChange={(value) => {
                setAttention(value as "all" | "flagged");
                setPage(1);
              }}
              data={[
                { value: "all", label: "Everyone" },
                { value: "flagged", label: "Needs attention" },
              ]}
            />
          </Stack>
          <Select
            label="Sharing"
            value={sharing}
            allowDeselect={false}
            onChange={(value) => {
              setSharing((value ?? "all") as typeof sharing);
              setPage(1);
            }}
            data={[
              { value: "all", label: "Sharing or not" },
              { value: "sharing", label: "Sharing something" },
              { value: "not_sharing", label: "Sharing nothing" },
            ]}
            w={190}
          />
          {phone && (
            <Select
              label="Sort by"
              value={sort.sort}
              allowDeselect={false}
              onChange={(value) => value && sortBy(value as CohortSort)}
              data={SORT_OPTIONS}
              w={190}
            />
          )}
        </Group>
        {cohort.isError && <ErrorState error={cohort.error} retry={() => cohort.refetch()} />}
        {cohort.isPending && <LoadingRows rows={3} />}
        {cohort.data && cohort.data.rows.length === 0 && (
          <Empty
            icon="people"
            title={counts?.joined ? "No seeker matches" : "No seeker has joined yet"}
          >
            {counts?.joined
              ? "Change the filters or the search to see more."
              : "Invite seekers below: by e-mail, with a join link or with a list of addresses."}
          </Empty>
        )}
        {cohort.data &&
          cohort.data.rows.length > 0 &&
          (phone ? (
            <CohortCards programId={programId} rows={cohort.data.rows} />
          ) : (
            <CohortTable
              programId={programId}
              rows={cohort.data.rows}
              state={sort}
              onSort={sortBy}
            />
          ))}
        {cohort.data && cohort.data.total > PAGE && (
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {cohort.data.offset + 1}–{cohort.data.offset + cohort.data.rows.length} of{" "}
              {cohort.data.total}
            </Text>
            <Pagination
              total={Math.ceil(cohort.data.total / PAGE)}
              value={page}
              onChange={setPage}
              size="sm"
              getControlProps={(control) => ({
                "aria-label":
                  control === "previous"
                    ? "Previous page"
                    : control === "next"
                      ? "Next page"
                      : control,
              })}
            />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
