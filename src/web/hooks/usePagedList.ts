// A long list read page by page, only where the user looks. The virtual list asks for rows by
// index; the pages holding them are fetched (and cached) as they scroll into view.
import { useQueries, useQuery } from "@tanstack/react-query";
import type { ListQuery, ResourceClient } from "../api/resource";

export const PAGE_SIZE = 100;

/** The pages holding these row indexes, without the first (always fetched). */
export function pagesFor(indexes: number[]): number[] {
  const pages = new Set(indexes.map((index) => Math.floor(index / PAGE_SIZE)));
  pages.delete(0);
  return [...pages].sort((a, b) => a - b);
}

/** The parts of a resource a paged list reads. */
type Pages<T> = Pick<ResourceClient<unknown, unknown, unknown, T>, "keys" | "list">;

export function usePagedList<T>(resource: Pages<T>, query: ListQuery, pageNumbers: number[]) {
  const first = useQuery({
    queryKey: resource.keys.page(query, 0),
    queryFn: () => resource.list({ ...query, limit: PAGE_SIZE, offset: 0 }),
    placeholderData: (previous) => previous,
  });
  const others = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: resource.keys.page(query, page),
      queryFn: () => resource.list({ ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
      staleTime: 30_000,
    })),
  });
  const rows = new Map<number, T[]>();
  if (first.data) rows.set(0, first.data.items);
  pageNumbers.forEach((page, i) => {
    const data = others[i]?.data;
    if (data) rows.set(page, data.items);
  });
  return {
    total: first.data?.total ?? 0,
    /** True when the total is "at least" (a search past 1,000 matches). */
    totalIsLowerBound: first.data?.totalIsLowerBound ?? false,
    isPending: first.isPending,
    isFetching: first.isFetching,
    isPlaceholder: first.isPlaceholderData,
    error: first.error,
    refetch: first.refetch,
    row(index: number): T | undefined {
      return rows.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
    },
  };
}
