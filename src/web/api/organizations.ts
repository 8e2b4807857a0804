// Organizations: the five routes; forms name them by typing, and a new name becomes a new one.
import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type { Organization, OrganizationCreate } from "./types";

export const organizationsApi = resourceClient<
  Organization,
  OrganizationCreate,
  Partial<OrganizationCreate>
>("organizations");

/** People lists show their organization's name; targets list the organizations aimed at. */
export const organizationChanged: Stale = [roots.organizations, roots.people, roots.targets];

export const organizationRemoved: Stale = [
  ...organizationChanged,
  roots.insights,
  roots.leads,
  roots.today,
];

export async function organizationIdFor(
  name: string,
  fields: Partial<Pick<Organization, "industryId" | "relation">> = {},
): Promise<string | null> {
  const wanted = name.trim();
  if (!wanted) return null;
  const all = await organizationsApi.all();
  const found = all.find(
    (o) => o.name.localeCompare(wanted, undefined, { sensitivity: "base" }) === 0,
  );
  if (found) return found.id;
  return (await organizationsApi.create({ name: wanted, ...fields })).id;
}
