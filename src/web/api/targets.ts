// Targets with their coverage and pitch.
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";
import { conversationsApi } from "./conversations";
import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type { Coverage, Pitch, Target, TargetCreate } from "./types";

export const targetsApi = resourceClient<Target, TargetCreate, Partial<TargetCreate>>("targets");

export type PitchParts = Pick<Pitch, "whoIAm" | "whatIDid" | "whatIWant" | "howYouCanHelp">;

export const targetKeys = {
  coverage: (id: string | null | undefined) => [...roots.targets, "coverage", id] as const,
  pitch: (id: string | null | undefined) => [...roots.targets, "pitch", id] as const,
};

/** Today lists each active target's coverage gaps; organizations pages list their targets. */
export const targetChanged: Stale = [roots.targets, roots.today, roots.organizations];

/** Saving a target from its form may create the industry and organizations it names. */
export const targetSaved: Stale = [...targetChanged, roots.industries];

/** Its conversations and insights lose their link to it. */
export const targetRemoved: Stale = [...targetChanged, roots.conversations, roots.insights];

export const getPitch = (targetId: string) => api.get<Pitch>(`/api/targets/${targetId}/pitch`);

export const savePitch = (targetId: string, parts: Partial<PitchParts>) =>
  api.put<Pitch>(`/api/targets/${targetId}/pitch`, parts);

export const useCoverage = (targetId: string | null | undefined) =>
  useQuery({
    queryKey: targetKeys.coverage(targetId),
    queryFn: () => api.get<Coverage>(`/api/targets/${targetId}/coverage`),
    enabled: Boolean(targetId),
  });

export const usePitch = (targetId: string | null | undefined) =>
  useQuery({
    queryKey: targetKeys.pitch(targetId),
    queryFn: () => getPitch(targetId as string),
    enabled: Boolean(targetId),
  });

/** The target of the conversation filed most recently, for "the last one used". */
export async function lastUsedTargetId(): Promise<string | null> {
  const { total } = await conversationsApi.list({ limit: 1 });
  if (total === 0) return null;
  const last = await conversationsApi.list({ limit: 20, offset: Math.max(0, total - 20) });
  return [...last.items].reverse().find((c) => c.targetId)?.targetId ?? null;
}
