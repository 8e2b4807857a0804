// Sign-in anti-automation (ASVS V2.2.1): after a few failed sign-ins for one account, or from
// one address, further attempts answer 429 with Retry-After for a while, whatever the password.
// The counts are in the database, so every instance enforces the same lock.
import type { Clock } from "../../app/context.js";
import type { Store } from "../../store/database.js";
import {
  clearSignInFailures,
  saveSignInFailures,
  signInFailures,
} from "../../store/repositories/accounts.repository.js";

export const LOCKOUT = {
  /** Failures allowed within the window before the lock. */
  perAccount: 5,
  perAddress: 20,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

const keys = (email: string, address: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${address}`,
});

/** Seconds until the lock ends, or 0 when sign-in may be tried. */
export async function lockedFor(
  store: Store,
  clock: Clock,
  email: string,
  address: string,
): Promise<number> {
  const now = Date.parse(clock.now());
  let wait = 0;
  for (const key of Object.values(keys(email, address))) {
    const until = (await signInFailures(store.handle, key))?.lockedUntil;
    if (until) wait = Math.max(wait, Math.ceil((Date.parse(until) - now) / 1000));
  }
  return wait;
}

export async function recordFailure(
  store: Store,
  clock: Clock,
  email: string,
  address: string,
): Promise<void> {
  const now = clock.now();
  const limits = { account: LOCKOUT.perAccount, address: LOCKOUT.perAddress };
  for (const [kind, key] of Object.entries(keys(email, address)) as [
    keyof typeof limits,
    string,
  ][]) {
    const previous = await signInFailures(store.handle, key);
    const fresh =
      !previous || Date.parse(now) - Date.parse(previous.firstAt) > LOCKOUT.windowSeconds * 1000;
    const count = fresh ? 1 : previous.count + 1;
    const lockedUntil =
      count >= limits[kind]
        ? new Date(Date.parse(now) + LOCKOUT.lockSeconds * 1000).toISOString()
        : null;
    await saveSignInFailures(store.handle, key, {
      count,
      firstAt: fresh ? now : previous.firstAt,
      lockedUntil,
    });
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function recordSuccess(store: Store, email: string): Promise<void> {
  await clearSignInFailures(store.handle, keys(email, "").account);
}
