// Where a list's pages start, remembered between requests on SQLite. A page at offset 20,000
// of 30,000 people would otherwise cost a count(*) over every row plus an OFFSET that steps
// over 20,000 index entries, on every request. Instead, for each list (table, owner and filter)
// we keep its total and the sort key of every STRIDE-th row, and read a page by seeking to the
// nearest such anchor (keyset) and skipping fewer than STRIDE rows.
//
// What is remembered is dropped as soon as the data may have changed: the version is SQLite's
// total_changes() on our connection (every INSERT, UPDATE or DELETE we run, committed or rolled
// back) with PRAGMA data_version (commits by other connections, e.g. `inroads import` while
// `inroads serve` runs). Nothing is remembered inside a transaction. PostgreSQL has no such
// version, so there every page is counted and read as asked.
import type SqliteDatabase from "better-sqlite3";
import type { Kysely } from "kysely";

/** Rows between two anchors: the most a page read skips with OFFSET. */
export const STRIDE = 256;
const MAX_LISTS = 32;

export interface Anchor {
  key: unknown;
  id: string;
}

export interface ListState {
  total: number;
  /** Sort key of rows 0, STRIDE, 2·STRIDE…; read when first needed. */
  anchors?: Anchor[];
}

export class ListPositions {
  readonly #sqlite: SqliteDatabase.Database;
  readonly #lists = new Map<string, ListState>();
  readonly #derived = new Map<string, unknown>();
  #version = "";
  #versionStatement: SqliteDatabase.Statement | null = null;

  constructor(sqlite: SqliteDatabase.Database) {
    this.#sqlite = sqlite;
  }

  /** The remembered state of a list, or null when it must be read afresh. */
  get(key: string): ListState | null {
    if (!this.#current()) return null;
    const state = this.#lists.get(key);
    if (!state) return null;
    // Most recently used last, so the oldest list is the one dropped.
    this.#lists.delete(key);
    this.#lists.set(key, state);
    return state;
  }

  /** Remembers a list's state read at the current version (ignored inside a transaction). */
  set(key: string, state: ListState): void {
    if (!this.#current()) return;
    this.#lists.set(key, state);
    for (const oldest of this.#lists.keys()) {
      if (this.#lists.size <= MAX_LISTS) break;
      this.#lists.delete(oldest);
    }
  }

  /**
   * A value worked out from the data (e.g. every organization's name), read once and kept until
   * the data changes. Read afresh inside a transaction, or when the data changed while reading.
   */
  async derived<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (!this.#current()) return read();
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    const version = this.#version;
    const value = await read();
    if (this.#current() && this.#version === version) this.#derived.set(key, value);
    return value;
  }

  /** True when remembering is safe now; forgets everything when the data changed. */
  #current(): boolean {
    if (this.#sqlite.inTransaction || !this.#sqlite.open) return false;
    this.#versionStatement ??= this.#sqlite.prepare(
      "select total_changes() as changes, (select data_version from pragma_data_version) as version",
    );
    const row = this.#versionStatement.get() as { changes: number; version: number };
    const version = `${row.changes}:${row.version}`;
    if (version !== this.#version) {
      this.#lists.clear();
      this.#derived.clear();
      this.#version = version;
    }
    return true;
  }
}

const positions = new WeakMap<object, ListPositions>();

/** Lists read through this database handle (not its transactions) remember their positions. */
// biome-ignore lint/suspicious/noExplicitAny: any database schema
export function rememberPositions(db: Kysely<any>, sqlite: SqliteDatabase.Database): void {
  positions.set(db, new ListPositions(sqlite));
}

export function positionsOf(db: object): ListPositions | undefined {
  return positions.get(db);
}
