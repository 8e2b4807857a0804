// Organizations read by name (referrals and imports find them that way) and created in bulk.
import { insertRows } from "../bulk.js";
import { dbOf, type Tx } from "../handle.js";

/** Every organization of the owner, id and name, in no particular order. */
export async function organizationNamesOf(
  tx: Tx,
  ownerId: string,
): Promise<{ id: string; name: string }[]> {
  return dbOf(tx)
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("owner_id", "=", ownerId)
    .execute();
}

/** Every organization of the owner, id and name, oldest first. */
export async function organizationNamesInIdOrder(
  tx: Tx,
  ownerId: string,
): Promise<{ id: string; name: string }[]> {
  return dbOf(tx)
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("owner_id", "=", ownerId)
    .orderBy("id")
    .execute();
}

/** Every organization of the owner with what an import may add to, oldest first. */
export async function organizationsForImport(
  tx: Tx,
  ownerId: string,
): Promise<{ id: string; name: string; website: string | null; notes: string }[]> {
  return dbOf(tx)
    .selectFrom("organizations")
    .select(["id", "name", "website", "notes"])
    .where("owner_id", "=", ownerId)
    .orderBy("id")
    .execute();
}

/** Writes what an import adds to organizations already known: a website, more notes. */
export async function updateImportedOrganizations(
  tx: Tx,
  ownerId: string,
  updates: readonly { id: string; website?: string; notes?: string }[],
  now: string,
): Promise<void> {
  for (const { id, ...values } of updates) {
    await dbOf(tx)
      .updateTable("organizations")
      .set({ ...values, updated_at: now })
      .where("owner_id", "=", ownerId)
      .where("id", "=", id)
      .execute();
  }
}

/**
 * Creates organizations an import names: by name only for people's employers, with a website
 * and notes for a file's own organization entries; every other field empty.
 */
export function insertNamedOrganizations(
  tx: Tx,
  ownerId: string,
  organizations: readonly { id: string; name: string; website?: string | null; notes?: string }[],
  now: string,
): Promise<void> {
  return insertRows(
    tx,
    "organizations",
    organizations.map(({ id, name, website, notes }) => ({
      id,
      owner_id: ownerId,
      name,
      industry_id: null,
      relation: "other",
      website: website ?? null,
      notes: notes ?? "",
      created_at: now,
      updated_at: now,
    })),
  );
}
