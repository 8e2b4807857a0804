// The owner's people with their organization's name, loaded at once: an import matches 30,000
// rows with map look-ups rather than 30,000 queries, and an export writes them as contacts.
import { organizationNamesInIdOrder } from "../../store/repositories/organizations.repository.js";
import { peopleAsContacts } from "../../store/repositories/people.repository.js";
import type { Tx } from "../context.js";
import { organizationKey } from "./normalise.js";
import type { KnownPerson } from "./planImport.js";

export function loadKnownPeople(tx: Tx, ownerId: string): Promise<KnownPerson[]> {
  return peopleAsContacts(tx, ownerId);
}

/** Organization key (case-insensitive name) → id. The oldest of equal names wins. */
export async function loadOrganizationIds(tx: Tx, ownerId: string): Promise<Map<string, string>> {
  const rows = await organizationNamesInIdOrder(tx, ownerId);
  const byKey = new Map<string, string>();
  for (const row of rows) {
    const key = organizationKey(row.name);
    if (!byKey.has(key)) byKey.set(key, row.id);
  }
  return byKey;
}
