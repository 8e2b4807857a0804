// A write that meets a row already there with the same key: a restored backup whose ids another
// account holds, or a name that must be unique. That is a conflict with what the database holds
// (409, nothing changed), not a failure of the server.
import { Conflict } from "../domain/errors.js";

const SQLITE_DUPLICATE = /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/;
const POSTGRES_DUPLICATE = "23505";

export function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === "string" && (SQLITE_DUPLICATE.test(code) || code === POSTGRES_DUPLICATE);
}

export function duplicateAsConflict(error: unknown): never {
  if (isDuplicateKey(error)) {
    throw new Conflict(
      "a record with the same id or key is already in the database; nothing was changed",
      [{ field: "id", message: "already taken" }],
    );
  }
  throw error;
}
