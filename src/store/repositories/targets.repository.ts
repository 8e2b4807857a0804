// Targets and the organizations each one aims at (a join table, written with the target).
import { insertRows } from "../bulk.js";
import { dbOf, type Tx } from "../handle.js";

export async function organizationIdsOf(
  tx: Tx,
  ownerId: string,
  targetId: string,
): Promise<string[]> {
  const rows = await dbOf(tx)
    .selectFrom("target_organizations")
    .select("organization_id")
    .where("owner_id", "=", ownerId)
    .where("target_id", "=", targetId)
    .execute();
  return rows.map((r) => r.organization_id);
}

/** Replaces the target's organizations with `organizationIds` (already checked and unique). */
export async function replaceTargetOrganizations(
  tx: Tx,
  ownerId: string,
  targetId: string,
  organizationIds: readonly string[],
): Promise<void> {
  const db = dbOf(tx);
  await db.deleteFrom("target_organizations").where("target_id", "=", targetId).execute();
  if (organizationIds.length > 0) {
    await db
      .insertInto("target_organizations")
      .values(
        organizationIds.map((id) => ({
          owner_id: ownerId,
          target_id: targetId,
          organization_id: id,
        })),
      )
      .execute();
  }
}

/** Every target's organization ids, for the backup. */
export async function organizationIdsByTarget(
  tx: Tx,
  ownerId: string,
): Promise<Map<string, string[]>> {
  const rows = await dbOf(tx)
    .selectFrom("target_organizations")
    .select(["target_id", "organization_id"])
    .where("owner_id", "=", ownerId)
    .execute();
  const byTarget = new Map<string, string[]>();
  for (const row of rows) {
    byTarget.set(row.target_id, [...(byTarget.get(row.target_id) ?? []), row.organization_id]);
  }
  return byTarget;
}

/** Restores the targets' organizations from a backup, in the caller's transaction. */
export function restoreTargetOrganizations(
  tx: Tx,
  ownerId: string,
  links: readonly { targetId: unknown; organizationId: string }[],
): Promise<void> {
  return insertRows(
    tx,
    "target_organizations",
    links.map((link) => ({
      owner_id: ownerId,
      target_id: link.targetId,
      organization_id: link.organizationId,
    })),
  );
}

/** The owner's active targets, by role. */
/** The active targets of several owners, each owner's in the order of activeTargetIds. */
export async function activeTargetsOf(
  tx: Tx,
  ownerIds: readonly string[],
): Promise<{ id: string; ownerId: string }[]> {
  if (ownerIds.length === 0) return [];
  return dbOf(tx)
    .selectFrom("targets")
    .select(["id", "owner_id as ownerId"])
    .where("owner_id", "in", [...ownerIds])
    .where("active", "=", 1)
    .orderBy("owner_id")
    .orderBy("role")
    .execute();
}

export async function activeTargetIds(tx: Tx, ownerId: string): Promise<string[]> {
  const rows = await dbOf(tx)
    .selectFrom("targets")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("active", "=", 1)
    .orderBy("role")
    .execute();
  return rows.map((t) => t.id);
}
