// Transactions, opened for the application layer, which decides where one begins and ends
// but never sees the query builder behind it.
import { retryWhileBusy } from "./busy.js";
import type { Store } from "./database.js";
import { duplicateAsConflict } from "./duplicateKey.js";
import { handleFor, type Tx } from "./handle.js";

/**
 * Runs `work` as one transaction: all of it lands or none. When another process's write is in
 * the way, the whole transaction is run again (see busy.ts), so `work` must do nothing outside
 * the database.
 */
export function inTransaction<T>(store: Store, work: (tx: Tx) => Promise<T>): Promise<T> {
  return retryWhileBusy(() =>
    store.db
      .transaction()
      .execute((trx) => work(handleFor({ db: trx, engine: store.engine, sqlite: store.sqlite }))),
  ).catch(duplicateAsConflict);
}

/**
 * Runs `work` in one transaction that sees a consistent snapshot throughout (PostgreSQL needs
 * repeatable read for that; SQLite's transactions are snapshots already).
 */
export function inSnapshot<T>(store: Store, work: (tx: Tx) => Promise<T>): Promise<T> {
  return retryWhileBusy(() =>
    store.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute((trx) => work(handleFor({ db: trx, engine: store.engine, sqlite: store.sqlite }))),
  );
}
