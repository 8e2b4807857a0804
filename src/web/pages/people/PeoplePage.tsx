// Everyone in the network, searchable as you type and filterable; the filters live in the
// address so a filtered list can be bookmarked or shared with a coach.
import { Button, Collapse, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useSearchParams } from "wouter";
import { peopleApi } from "../../api/people";
import type { ListQuery } from "../../api/resource";
import { Icon } from "../../components/icons";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState } from "../../components/PageStates";
import { useAddPerson } from "../../hooks/useAddPerson";
import { usePagedList } from "../../hooks/usePagedList";
import { countText } from "../../lib/countText";
import { FILTER_KEYS, PeopleFilters } from "./PeopleFilters";
import { PeopleList } from "./PeopleList";

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(text, 200);
  const fromAddress = params.get("q") ?? "";
  // The header's search lands here with ?q=; take it into the box.
  useEffect(() => setText(fromAddress), [fromAddress]);
  const phone = useMediaQuery("(max-width: 48em)");
  const [showFilters, setShowFilters] = useState(false);
  const query: ListQuery = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  if (debounced.trim()) query.q = debounced.trim();
  // A search past 1,000 matches is counted only that far ("1,000+"); once the list is scrolled
  // to the end of those, this search is asked for again with its exact count.
  const searchKey = JSON.stringify(query);
  const [exactFor, setExactFor] = useState<string | null>(null);
  if (exactFor === searchKey) query.count = "exact";
  const summary = usePagedList(peopleApi, query, []);
  const activeFilters = FILTER_KEYS.filter((k) => params.get(k)).length;
  const setFilter = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const addPerson = useAddPerson();
  return (
    <>
      <PageHeader
        title="People"
        description={
          summary.isPending
            ? "Everyone you know, could ask, or were sent to."
            : `${countText(summary.total, summary.totalIsLowerBound)} ${summary.total === 1 ? "person" : "people"}${
                activeFilters || query.q ? " match" : " in your network"
              }`
        }
      />
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            data-search
            aria-label="Search people by name, title, organization, email, tag or note"
            placeholder="Search name, organization, tag…"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setFilter("q", e.currentTarget.value || null);
            }}
            leftSection={<Icon name="search" size={16} />}
            style={{ flex: 1 }}
          />
          {phone && (
            <Button
              variant={activeFilters ? "light" : "default"}
              onClick={() => setShowFilters((v) => !v)}
              aria-expanded={showFilters}
            >
              Filters{activeFilters ? ` (${activeFilters})` : ""}
            </Button>
          )}
        </Group>
        <Collapse expanded={!phone || showFilters}>
          <PeopleFilters values={params} onChange={setFilter} />
        </Collapse>
        {activeFilters > 0 && (
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {activeFilters} filter{activeFilters === 1 ? "" : "s"} on
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() =>
                setParams(
                  (p) => {
                    for (const key of FILTER_KEYS) p.delete(key);
                    return p;
                  },
                  { replace: true },
                )
              }
            >
              Clear filters
            </Button>
          </Group>
        )}
        {summary.error ? (
          <ErrorState error={summary.error} retry={() => summary.refetch()} />
        ) : !summary.isPending && summary.total === 0 ? (
          query.q || activeFilters ? (
            <Empty icon="search" title="No one matches">
              Try fewer words or clear a filter.
            </Empty>
          ) : (
            <Empty
              icon="people"
              title="No people yet"
              action={<Button onClick={addPerson}>Add the first person</Button>}
            >
              Start with the people who know your skills: former coworkers and bosses, classmates,
              friends and family.
            </Empty>
          )
        ) : (
          <PeopleList
            query={query}
            onEndOfBound={() => setExactFor(searchKey)}
            height={phone ? "calc(100dvh - 220px)" : "calc(100dvh - 300px)"}
          />
        )}
      </Stack>
    </>
  );
}
