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

/** Creates organizations known only by name (an import's), with every other field empty. */
export function insertNamedOrganizations(
  tx: Tx,
  ownerId: string,
  organizations: readonly { id: string; name: string }[],
  now: string,
): Promise<void> {
  return insertRows(
    tx,
    "organizations",
    organizations.map(({ id, name }) => ({
      id,
      owner_id: ownerId,
      name,
      industry_id: null,
      relation: "other",
      website: null,
      notes: "",
      created_at: now,
      updated_at: now,
    })),
  );
}
