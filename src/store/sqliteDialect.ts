// SQLite as Kysely drives it, with one change: a write transaction takes the write lock when it
// begins (BEGIN IMMEDIATE). A deferred transaction that reads first and writes later cannot wait
// for the lock once another process has written since its read (SQLITE_BUSY_SNAPSHOT): it can
// only fail. Taken up front, the lock is waited for (busy_timeout) like any other.
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type TransactionSettings,
} from "kysely";

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    // A transaction that asks for an isolation level is a read-only snapshot (inSnapshot):
    // SQLite's deferred transaction already is one, and it need not hold the write lock.
    const begin = settings?.isolationLevel ? "begin deferred" : "begin immediate";
    await connection.executeQuery(CompiledQuery.raw(begin));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
