// Sending one reminder, once. The send is claimed by writing its record (owner, kind, day or
// conversation) and the mail goes out inside that same transaction: if the mail server
// refuses, the claim is rolled back and a later run tries again; if the record is already
// there, another run sent it and this one sends nothing. The only gap is a crash between the
// mail server's "accepted" and the commit, which can repeat a mail, never lose one.
import { isNudgeDue } from "../../domain/reminders.js";
import type { Store } from "../../store/database.js";
import {
  claimReminder,
  emailOfOwner,
  heldWithoutThankYou,
} from "../../store/repositories/reminders.repository.js";
import { type AppContext, type Clock, inTransaction } from "../context.js";
import { composeDigest, renderDigest } from "../mail/digestMail.js";
import type { Mailer } from "../mail/mailer.js";
import { nudgeMail } from "../mail/nudgeMail.js";
import { today } from "../today.js";
import { loadReminderSettings } from "./settings.js";
import { newUnsubscribeToken, unsubscribeUrl } from "./unsubscribe.js";

export interface ReminderDeps {
  store: Store;
  clock: Clock;
  mailer: Mailer;
  /** Where links in the mail point: the app's public address, no trailing slash. */
  publicUrl: string;
  /** Server mode: links to unsubscribe with one click. Local mode has none (cron decides). */
  unsubscribeLinks: boolean;
}

export type Outcome = "sent" | "already_sent" | "nothing_due" | "off" | "no_address" | "not_due";

/**
 * The digest for `day` (the owner's date): sent at most once, to `to` or the account's address.
 * A day with nothing due is recorded as such and sends nothing.
 */
export async function sendDigest(
  deps: ReminderDeps,
  ownerId: string,
  day: string,
  options: { to?: string; ignoreSettings?: boolean } = {},
): Promise<Outcome> {
  const ctx: AppContext = { store: deps.store, clock: deps.clock, ownerId };
  const to = options.to ?? (await emailOfOwner(deps.store.handle, ownerId));
  if (!to) return "no_address";
  if (!options.ignoreSettings && !(await loadReminderSettings(deps.store.handle, ownerId)).digest) {
    return "off";
  }
  // Read before the claim: on SQLite the claim holds the one connection.
  const digest = composeDigest(await today(ctx), deps.publicUrl);
  return inTransaction(ctx, async (tx) => {
    const now = deps.clock.now();
    const claimed = await claimReminder(tx, {
      owner_id: ownerId,
      kind: "digest",
      subject: day,
      outcome: digest ? "sent" : "nothing_due",
      at: now,
    });
    if (!claimed) return "already_sent";
    if (!digest) return "nothing_due";
    const token = deps.unsubscribeLinks
      ? await newUnsubscribeToken(tx, ownerId, "digest", now)
      : undefined;
    await deps.mailer.send(
      renderDigest(digest, {
        to,
        unsubscribeUrl: token ? unsubscribeUrl(deps.publicUrl, token) : undefined,
        settingsUrl: `${deps.publicUrl}/settings#reminders`,
      }),
    );
    return "sent";
  });
}

/** The thank-you nudge for one conversation, if it is still due: at most once, ever. */
export async function sendNudge(
  deps: ReminderDeps,
  ownerId: string,
  conversationId: string,
): Promise<Outcome> {
  const ctx: AppContext = { store: deps.store, clock: deps.clock, ownerId };
  const to = await emailOfOwner(deps.store.handle, ownerId);
  if (!to) return "no_address";
  const settings = await loadReminderSettings(deps.store.handle, ownerId);
  if (!settings.nudge) return "off";
  return inTransaction(ctx, async (tx) => {
    // Checked inside the claim: a thank-you recorded a moment ago means no nudge.
    const [held] = await heldWithoutThankYou(tx, ownerId, conversationId);
    const now = deps.clock.now();
    if (!held?.heldAt) return "nothing_due";
    if (!isNudgeDue(held.heldAt, settings.nudgeAfterHours, now)) return "not_due";
    const claimed = await claimReminder(tx, {
      owner_id: ownerId,
      kind: "nudge",
      subject: conversationId,
      outcome: "sent",
      at: now,
    });
    if (!claimed) return "already_sent";
    const token = await newUnsubscribeToken(tx, ownerId, "nudge", now);
    await deps.mailer.send(
      nudgeMail({
        to,
        personName: held.personName,
        url: `${deps.publicUrl}/conversations/${conversationId}/after`,
        unsubscribeUrl: unsubscribeUrl(deps.publicUrl, token),
      }),
    );
    return "sent";
  });
}
