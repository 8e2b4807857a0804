// One-click unsubscribe (RFC 8058). Each reminder mail carries its own opaque token in an HTTPS
// link; only its SHA-256 hash is stored, so a copy of the database hands out no working links.
// Posting to the link turns that kind of mail off — no session needed: the token is the key.
// Turning the mail back on in Settings revokes the old links.
import { createHash, randomBytes } from "node:crypto";
import type { Store } from "../../store/database.js";
import type { Tx } from "../../store/handle.js";
import {
  activeUnsubscribeLink,
  insertUnsubscribeLink,
} from "../../store/repositories/unsubscribe.repository.js";
import { type Clock, inTransaction } from "../context.js";
import { loadReminderSettings, saveReminderSettings } from "./settings.js";

export type ReminderKind = "digest" | "nudge";

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new link's token, stored (hashed) in the same transaction as the send it goes with. */
export async function newUnsubscribeToken(
  tx: Tx,
  ownerId: string,
  kind: ReminderKind,
  now: string,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await insertUnsubscribeLink(tx, {
    token_hash: hashToken(token),
    owner_id: ownerId,
    kind,
    created_at: now,
    revoked_at: null,
  });
  return token;
}

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/unsubscribe/${token}`;
}

/** Turns off the mail a token belongs to; null when the token is unknown or revoked. */
export async function unsubscribe(
  store: Store,
  clock: Clock,
  token: string,
): Promise<ReminderKind | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return null;
  return inTransaction({ store, clock, ownerId: "" }, async (tx) => {
    const link = await activeUnsubscribeLink(tx, hashToken(token));
    if (!link) return null;
    const kind = link.kind as ReminderKind;
    const settings = await loadReminderSettings(tx, link.owner_id);
    await saveReminderSettings(tx, link.owner_id, { ...settings, [kind]: false }, clock.now());
    return kind;
  });
}
