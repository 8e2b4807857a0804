// The user's settings: the practice's numbers, each a default they may change.
import { RuleViolation } from "../domain/errors.js";
import type { PracticeSettings } from "../domain/settings.js";
import { isValidTimeZone } from "../domain/time.js";
import { loadSettings, saveSettings } from "../store/repositories/settings.repository.js";
import { type AppContext, inTransaction } from "./context.js";

export { ensureOwner, loadSettings } from "../store/repositories/settings.repository.js";

export function getSettings(ctx: AppContext): Promise<PracticeSettings> {
  return loadSettings(ctx.store.handle, ctx.ownerId);
}

export async function updateSettings(
  ctx: AppContext,
  input: Partial<PracticeSettings>,
): Promise<PracticeSettings> {
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
    throw new RuleViolation("timeZone is not a known IANA time zone", [
      { field: "timeZone", message: `unknown time zone "${input.timeZone}"` },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const merged = { ...(await loadSettings(tx, ctx.ownerId)), ...input };
    await saveSettings(tx, ctx.ownerId, merged, ctx.clock.now());
    return merged;
  });
}

/** The zone this machine runs in, used as the first setting of a new local owner. */
export function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : "UTC";
}
