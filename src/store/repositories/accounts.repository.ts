// What server mode keeps beside better-auth's own tables: server-wide settings (the shared
// secret, open sign-up) and the count of failed sign-ins that locks an account or an address
// for a while. Shared through the database, so every instance sees the same.
import type { Store } from "../database.js";
import { dbOf, handleOf, type Tx } from "../handle.js";
import { searchRangeOf } from "../searchRows.js";

/** The database better-auth should use: the store's own connection and engine. */
export function authDatabaseOf(store: Store) {
  return { db: store.db, type: store.engine };
}

export async function serverSetting(tx: Tx, name: string): Promise<string | undefined> {
  const row = await dbOf(tx)
    .selectFrom("server_settings")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.value;
}

/** Sets a value unless one is there already, and answers the one that is kept (first wins). */
export async function serverSettingOnce(tx: Tx, name: string, value: string): Promise<string> {
  await dbOf(tx)
    .insertInto("server_settings")
    .values({ name, value })
    .onConflict((c) => c.column("name").doNothing())
    .execute();
  return (await serverSetting(tx, name)) ?? value;
}

export async function setServerSetting(tx: Tx, name: string, value: string): Promise<void> {
  await dbOf(tx)
    .insertInto("server_settings")
    .values({ name, value })
    .onConflict((c) => c.column("name").doUpdateSet({ value }))
    .execute();
}

export interface FailureCount {
  count: number;
  firstAt: string;
  lockedUntil: string | null;
}

export async function signInFailures(tx: Tx, key: string): Promise<FailureCount | undefined> {
  const row = await dbOf(tx)
    .selectFrom("sign_in_failures")
    .selectAll()
    .where("key", "=", key)
    .executeTakeFirst();
  return row
    ? { count: row.count, firstAt: row.first_at, lockedUntil: row.locked_until }
    : undefined;
}

export async function saveSignInFailures(tx: Tx, key: string, value: FailureCount): Promise<void> {
  const row = { count: value.count, first_at: value.firstAt, locked_until: value.lockedUntil };
  await dbOf(tx)
    .insertInto("sign_in_failures")
    .values({ key, ...row })
    .onConflict((c) => c.column("key").doUpdateSet(row))
    .execute();
}

export async function clearSignInFailures(tx: Tx, key: string): Promise<void> {
  await dbOf(tx).deleteFrom("sign_in_failures").where("key", "=", key).execute();
}

/** Accounts in server mode, for the admin's list. */
export async function listAccounts(tx: Tx) {
  const rows = await dbOf(tx)
    .selectFrom("user")
    .select(["id", "email", "name", "role", "banned", "emailVerified", "createdAt"])
    .orderBy("email")
    .execute();
  // An invited person has no password yet: no credential account.
  const withPassword = new Set(
    (
      await dbOf(tx)
        .selectFrom("account")
        .select("userId")
        .where("providerId", "=", "credential")
        .execute()
    ).map((row) => row.userId),
  );
  return rows.map((row) => ({ ...row, hasPassword: withPassword.has(row.id) }));
}

/**
 * Every row an owner has, gone: the owner row cascades to everything it owns, and on SQLite the
 * FTS rows of their people (a virtual table has no foreign key) go by their range.
 */
export async function deleteOwner(tx: Tx, ownerId: string): Promise<void> {
  const range = handleOf(tx).engine === "sqlite" ? await searchRangeOf(tx, ownerId) : null;
  if (range) {
    await dbOf(tx)
      .deleteFrom("people_fts")
      .where("rowid", ">=", range.low)
      .where("rowid", "<=", range.high)
      .execute();
  }
  await dbOf(tx).deleteFrom("owners").where("id", "=", ownerId).execute();
}
