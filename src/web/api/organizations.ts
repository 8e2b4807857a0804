// Organizations are named in forms by typing; a name not seen before becomes a new one.
import { api } from "./client";
import { fetchAll } from "./queries";
import type { Organization } from "./types";

export async function organizationIdFor(
  name: string,
  fields: Partial<Pick<Organization, "industryId" | "relation">> = {},
): Promise<string | null> {
  const wanted = name.trim();
  if (!wanted) return null;
  const all = await fetchAll<Organization>("organizations");
  const found = all.find(
    (o) => o.name.localeCompare(wanted, undefined, { sensitivity: "base" }) === 0,
  );
  if (found) return found.id;
  const created = await api.post<Organization>("/api/organizations", { name: wanted, ...fields });
  return created.id;
}
