// The keys under one resource's root. Apart from keys.ts so that the app's first script (the
// people prefetch) needs no more than this.
export type ListQuery = Record<string, string | number | boolean | undefined>;

/** The keys under one resource's root: lists, whole lists, pages and single records. */
export function resourceKeys(plural: string) {
  return {
    root: [plural] as const,
    list: (query: ListQuery = {}) => [plural, "list", query] as const,
    every: (query: ListQuery = {}) => [plural, "all", query] as const,
    page: (query: ListQuery, page: number) => [plural, "page", query, page] as const,
    one: (id: string | null | undefined) => [plural, "one", id] as const,
  };
}
