// Conflicts with another process's write that a retry resolves: SQLite's busy codes (the file is
// locked past busy_timeout) and PostgreSQL's serialization failure and deadlock. A transaction
// that failed with one of them was rolled back whole, so running it again is safe.
import { TryAgainLater } from "../domain/errors.js";

const SQLITE_BUSY = /^SQLITE_(BUSY|LOCKED)/;
const POSTGRES_RETRYABLE = new Set(["40001", "40P01"]);

export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === "string" && (SQLITE_BUSY.test(code) || POSTGRES_RETRYABLE.has(code));
}

const ATTEMPTS = 4;

/**
 * Runs `work` again, a bounded number of times with a growing pause, while it fails only because
 * another writer was in the way; then gives up with TryAgainLater (HTTP 503 and Retry-After).
 */
export async function retryWhileBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt >= ATTEMPTS) throw new TryAgainLater();
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt + Math.random() * 50));
    }
  }
}
