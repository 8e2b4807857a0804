// Reading from the API with TanStack Query. Keys start with the resource so that a change can
// refresh everything that shows it.
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { api } from "./client";
import type {
  Coverage,
  Page,
  Pitch,
  PracticeSettings,
  Preparation,
  Progress,
  Today,
} from "./types";

export type ListQuery = Record<string, string | number | boolean | undefined>;

export function listKey(resource: string, query: ListQuery = {}) {
  return [resource, "list", query] as const;
}

export function useList<T>(resource: string, query: ListQuery = {}, enabled = true) {
  return useQuery({
    queryKey: listKey(resource, query),
    queryFn: () => api.get<Page<T>>(`/api/${resource}`, query),
    enabled,
  });
}

/** Every row, page by page. For the small lists (organizations, targets, referrals…). */
export async function fetchAll<T>(resource: string, query: ListQuery = {}): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api.get<Page<T>>(`/api/${resource}`, { ...query, limit: 500, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

export function useAll<T>(resource: string, query: ListQuery = {}, enabled = true) {
  return useQuery({
    queryKey: [resource, "all", query] as const,
    queryFn: () => fetchAll<T>(resource, query),
    enabled,
  });
}

export function useEntity<T>(resource: string, id: string | null | undefined) {
  return useQuery({
    queryKey: [resource, "one", id] as const,
    queryFn: () => api.get<T>(`/api/${resource}/${id}`),
    enabled: Boolean(id),
  });
}

export const useToday = () =>
  useQuery({ queryKey: ["today"], queryFn: () => api.get<Today>("/api/today") });

export const useProgress = () =>
  useQuery({ queryKey: ["progress"], queryFn: () => api.get<Progress>("/api/progress") });

export const useSettings = () =>
  useQuery({
    queryKey: ["settings"],
    queryFn: () => api.get<PracticeSettings>("/api/settings"),
    staleTime: 60_000,
  });

export const usePreparation = (conversationId: string) =>
  useQuery({
    queryKey: ["conversations", "preparation", conversationId],
    queryFn: () => api.get<Preparation>(`/api/conversations/${conversationId}/preparation`),
  });

export const useCoverage = (targetId: string | null | undefined) =>
  useQuery({
    queryKey: ["targets", "coverage", targetId],
    queryFn: () => api.get<Coverage>(`/api/targets/${targetId}/coverage`),
    enabled: Boolean(targetId),
  });

export const usePitch = (targetId: string | null | undefined) =>
  useQuery({
    queryKey: ["targets", "pitch", targetId],
    queryFn: () => api.get<Pitch>(`/api/targets/${targetId}/pitch`),
    enabled: Boolean(targetId),
  });

/** After a change anything on screen may be stale: the pipeline moves several things at once. */
export function refreshAll(client: QueryClient): Promise<void> {
  return client.invalidateQueries();
}
