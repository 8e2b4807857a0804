// The people list, virtualised: it draws only the rows on screen, so 30,000 people scroll as
// smoothly as 30.
import { Badge, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { peopleApi } from "../../api/people";
import type { ListQuery } from "../../api/resource";
import type { PersonListItem } from "../../api/types";
import { StatusBadge } from "../../components/StatusBadge";
import { pagesFor, usePagedList } from "../../hooks/usePagedList";
import { countText } from "../../lib/countText";
import { HOW_KNOWN_LABEL } from "../../lib/labels";

const ROW_HEIGHT = 64;

const PRIORITY_COLOR = { A: "brand", B: "blue", C: "gray" } as const;

function PersonRow({ person }: { person: PersonListItem }) {
  const subtitle = [person.title, person.organizationName].filter(Boolean).join(" · ");
  return (
    <>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} size="sm" className="truncate">
          {person.fullName}
        </Text>
        <Text size="xs" c="dimmed" className="truncate">
          {subtitle || HOW_KNOWN_LABEL[person.howKnown]}
        </Text>
      </Stack>
      <Group gap={6} wrap="nowrap" visibleFrom="xs">
        <Text size="xs" c="dimmed" visibleFrom="md" w={140} className="truncate">
          {HOW_KNOWN_LABEL[person.howKnown]}
        </Text>
        <Badge size="sm" variant="light" color={PRIORITY_COLOR[person.priority]} w={28} p={0}>
          {person.priority}
        </Badge>
      </Group>
      <StatusBadge status={person.stage} />
    </>
  );
}

export function PeopleList({
  query,
  height,
  onEndOfBound,
}: {
  query: ListQuery;
  height: string;
  /** Scrolled to the end of a total that is only "at least": time to ask for the exact count. */
  onEndOfBound: () => void;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  // The virtualiser needs the count before rows exist; the first page gives it. Pages further
  // down are asked for once the rows that need them come on screen.
  const [pages, setPages] = useState<number[]>([]);
  const list = usePagedList(peopleApi, query, pages);
  // The same search counted exactly is the same list: it keeps its place.
  const queryKey = JSON.stringify({ ...query, count: undefined });
  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  // A new search starts at the top of its results.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the query
  useEffect(() => virtualizer.scrollToOffset(0), [queryKey]);
  const items = virtualizer.getVirtualItems();
  const needed = pagesFor(items.map((item) => item.index));
  const neededKey = needed.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the list
  useEffect(() => setPages(needed), [neededKey]);
  const atEnd = (items.at(-1)?.index ?? 0) >= list.total - 1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per reaching the end
  useEffect(() => {
    if (atEnd && list.totalIsLowerBound) onEndOfBound();
  }, [atEnd, list.totalIsLowerBound]);
  const count = countText(list.total, list.totalIsLowerBound);
  return (
    <div
      ref={viewport}
      className="virtual-viewport"
      style={{ height }}
      aria-busy={list.isFetching}
      data-testid="people-list"
    >
      <ul
        className="virtual-list"
        aria-label={`People, ${count} in all`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const person = list.row(item.index);
          return (
            <li
              key={item.key}
              // -1: the size is not known yet (ARIA's word for it)
              aria-setsize={list.totalIsLowerBound ? -1 : list.total}
              aria-posinset={item.index + 1}
            >
              {person ? (
                <Link
                  href={`/people/${person.id}`}
                  className="virtual-row"
                  style={{ top: item.start, height: ROW_HEIGHT }}
                >
                  <PersonRow person={person} />
                </Link>
              ) : (
                <div className="virtual-row" style={{ top: item.start, height: ROW_HEIGHT }}>
                  <Skeleton height={14} width="40%" />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
