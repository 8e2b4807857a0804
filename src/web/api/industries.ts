import { api } from "./client";
import { fetchAll } from "./queries";
import type { Industry } from "./types";

/** The industry with this name, created when it is new. */
export async function industryIdFor(name: string): Promise<string | null> {
  const wanted = name.trim();
  if (!wanted) return null;
  const all = await fetchAll<Industry>("industries");
  const found = all.find(
    (i) => i.name.localeCompare(wanted, undefined, { sensitivity: "base" }) === 0,
  );
  if (found) return found.id;
  return (await api.post<Industry>("/api/industries", { name: wanted })).id;
}
