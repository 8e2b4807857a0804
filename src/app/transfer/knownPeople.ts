// The owner's people with their organization's name, loaded at once: an import matches 30,000
// rows with map look-ups rather than 30,000 queries, and an export writes them as contacts.
import type { Degree, HowKnown } from "../../domain/vocabulary.js";
import type { Tx } from "../context.js";
import { organizationKey } from "./normalise.js";
import type { KnownPerson } from "./planImport.js";

function list(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

export async function loadKnownPeople(tx: Tx, ownerId: string): Promise<KnownPerson[]> {
  const rows = await tx
    .selectFrom("people as p")
    .leftJoin("organizations as o", "o.id", "p.organization_id")
    .select([
      "p.id",
      "p.full_name",
      "p.title",
      "o.name as organization_name",
      "p.emails",
      "p.phones",
      "p.mailing_address",
      "p.profile_url",
      "p.how_known",
      "p.degree",
      "p.tags",
      "p.notes",
    ])
    .where("p.owner_id", "=", ownerId)
    // Oldest first, so when two people share a key the first one entered keeps it.
    .orderBy("p.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    title: row.title,
    organizationName: row.organization_name,
    emails: list(row.emails),
    phones: list(row.phones),
    mailingAddress: row.mailing_address,
    profileUrl: row.profile_url,
    howKnown: row.how_known as HowKnown,
    degree: row.degree as Degree,
    tags: list(row.tags),
    notes: row.notes,
  }));
}

/** Organization key (case-insensitive name) → id. The oldest of equal names wins. */
export async function loadOrganizationIds(tx: Tx, ownerId: string): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("owner_id", "=", ownerId)
    .orderBy("id")
    .execute();
  const byKey = new Map<string, string>();
  for (const row of rows) {
    const key = organizationKey(row.name);
    if (!byKey.has(key)) byKey.set(key, row.id);
  }
  return byKey;
}
