// The five routes every entity has, typed by its schemas, with their query keys, and the hooks
// that read them (`useOne(peopleApi, id)`). Each resource module (people.ts, targets.ts…) starts
// from one of these.
import { useQuery } from "@tanstack/react-query";
import type { Page } from "../../app/views/page.js";
import { api } from "./client";
import { type ListQuery, resourceKeys } from "./resourceKeys";

export type { ListQuery };

/** The API's largest page: "every row" is read in pages of this size. */
const MAX_PAGE = 500;

export function resourceClient<Entity, Create, Update, Item = Entity>(plural: string) {
  const path = `/api/${plural}`;
  const keys = resourceKeys(plural);
  const list = (query: ListQuery = {}) => api.get<Page<Item>>(path, query);
  const get = (id: string) => api.get<Entity>(`${path}/${id}`);

  /** Every row, page by page. For the small lists (organizations, targets, referrals…). */
  async function all(query: ListQuery = {}): Promise<Item[]> {
    const items: Item[] = [];
    for (let offset = 0; ; offset += MAX_PAGE) {
      const page = await list({ ...query, limit: MAX_PAGE, offset });
      items.push(...page.items);
      // A total that is only "at least" (a search) does not say where the list ends.
      const complete = !page.totalIsLowerBound && items.length >= page.total;
      if (complete || page.items.length < MAX_PAGE) return items;
    }
  }

  return {
    keys,
    list,
    all,
    get,
    create: (body: Create) => api.post<Entity>(path, body),
    update: (id: string, body: Update, keepalive = false) =>
      api.patch<Entity>(`${path}/${id}`, body, keepalive),
    remove: (id: string) => api.delete(`${path}/${id}`),
  };
}

export type ResourceClient<Entity, Create, Update, Item = Entity> = ReturnType<
  typeof resourceClient<Entity, Create, Update, Item>
>;

type Reads<Entity, Item> = ResourceClient<Entity, never, never, Item>;

export function useList<Entity, Item>(
  resource: Reads<Entity, Item>,
  query: ListQuery = {},
  enabled = true,
) {
  return useQuery({
    queryKey: resource.keys.list(query),
    queryFn: () => resource.list(query),
    enabled,
  });
}

/** Every row; for the small lists. */
export function useAll<Entity, Item>(
  resource: Reads<Entity, Item>,
  query: ListQuery = {},
  enabled = true,
) {
  return useQuery({
    queryKey: resource.keys.every(query),
    queryFn: () => resource.all(query),
    enabled,
  });
}

export function useOne<Entity, Item>(resource: Reads<Entity, Item>, id: string | null | undefined) {
  return useQuery({
    queryKey: resource.keys.one(id),
    queryFn: () => resource.get(id as string),
    enabled: Boolean(id),
  });
}
