// Unsubscribe links: the hashes of the tokens in reminder mails, and when they were revoked.
import { dbOf, type Tx } from "../handle.js";
import type { UnsubscribeLinkTable } from "../schema.js";

export async function insertUnsubscribeLink(tx: Tx, row: UnsubscribeLinkTable): Promise<void> {
  await dbOf(tx).insertInto("unsubscribe_links").values(row).execute();
}

/** Whose link a token's hash is, and for which mail, while it is not revoked. */
export async function activeUnsubscribeLink(
  tx: Tx,
  tokenHash: string,
): Promise<UnsubscribeLinkTable | undefined> {
  return dbOf(tx)
    .selectFrom("unsubscribe_links")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
}

export async function revokeUnsubscribeLinks(
  tx: Tx,
  ownerId: string,
  kind: string,
  now: string,
): Promise<void> {
  await dbOf(tx)
    .updateTable("unsubscribe_links")
    .set({ revoked_at: now })
    .where("owner_id", "=", ownerId)
    .where("kind", "=", kind)
    .where("revoked_at", "is", null)
    .execute();
}
