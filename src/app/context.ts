// What every use case receives: the store, whose data it acts on, and the clock. The clock is
// passed in so tests and demos can pin "now" (INROADS_NOW) and rules never read it themselves.
import type { Store } from "../store/database.js";
import type { Tx } from "../store/handle.js";
import { inTransaction as transaction } from "../store/transaction.js";

export type { Tx };

export interface Clock {
  /** The current instant, ISO-8601 UTC with milliseconds. */
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock stopped at one instant, for tests and reproducible demos. */
export function fixedClock(instant: string): Clock {
  const stored = new Date(instant);
  if (Number.isNaN(stored.getTime())) throw new Error(`not an ISO instant: ${instant}`);
  return { now: () => stored.toISOString() };
}

/** A job for later, caused by a change and written in that change's own transaction. */
export interface LaterJob {
  name: string;
  data: Record<string, string>;
  /** Not before this instant. */
  startAfter: string;
  /** At most one such job waiting at a time. */
  singletonKey: string;
}

/** Server mode on PostgreSQL queues jobs; elsewhere the scheduler finds the work by itself. */
export interface JobQueue {
  enqueue(tx: Tx, job: LaterJob): Promise<void>;
}

export interface AppContext {
  store: Store;
  ownerId: string;
  clock: Clock;
  jobs?: JobQueue;
}

/** Runs a use case's reads and writes as one transaction: all of it lands or none. */
export function inTransaction<T>(ctx: AppContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(ctx.store, work);
}
