import { Client, type ClientConfig } from 'pg';
import { DataSourceOptions, Logger as TypeOrmLogger, MixedList, EntitySchema } from 'typeorm';

import { roleOption } from './database-roles';
import { allMigrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type EntityList = MixedList<string | (new () => object) | EntitySchema>;

export interface ConnectionSettings {
  // URL of the login; `role` is assumed at connect when given.
  url: string;
  role?: string;
  // Set on migration connections so migrations can grant to the application role by name.
  appRole?: string;
  poolSize: number;
  statementTimeoutMs: number;
  // idle_in_transaction_session_timeout (default: twice the statement timeout).
  idleInTransactionTimeoutMs?: number;
  // How long a caller waits for a pooled connection or a new one (default 5 s).
  connectTimeoutMs?: number;
  applicationName: string;
  // pg's pool emits 'error' when an idle connection dies (database restart, network); without
  // a handler that would crash the process. The pool replaces the connection on next use.
  onPoolError?: (error: Error) => void;
}

// The pool's connections, each listening for its own 'error' for its whole life. pg-pool listens
// only while a connection is idle in the pool; TypeORM listens on the pool. A connection that the
// server ends while TypeORM holds it between statements (pg_terminate_backend, a restart, a
// failover) emitted 'error' with no listener, and an unhandled 'error' ends the process: the
// database-outage e2e spec hit it under load. With this listener the api keeps running, the
// statement in flight (if any) fails through its own callback, and pg-pool discards the broken
// connection when it is released.
export function listenedClient(onError: (error: Error) => void): typeof Client {
  return class ListenedClient extends Client {
    constructor(config?: string | ClientConfig) {
      super(config);
      this.on('error', onError);
    }
  };
}

// One place for every TypeORM setting, shared by the api, the CLI commands and the tests,
// so what is tested is what runs. `synchronize` is off everywhere: migrations only.
export function dataSourceOptions(
  settings: ConnectionSettings,
  entities: EntityList,
  logger?: TypeOrmLogger,
  logEveryQuery = false,
): DataSourceOptions {
  const options = [
    settings.role ? roleOption(settings.role) : '',
    settings.appRole ? `-c brygga.app_role=${settings.appRole}` : '',
    `-c statement_timeout=${settings.statementTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${settings.idleInTransactionTimeoutMs ?? settings.statementTimeoutMs * 2}`,
    '-c TimeZone=UTC',
    // Our data is served from memory or SSD: PostgreSQL's default (4, for spinning disks) makes
    // it prefer scanning a whole table to probing an index, so a caseload page would cost more
    // as the register grows. Session-level, so it holds on an external server too.
    '-c random_page_cost=1.1',
  ]
    .filter((o) => o.length > 0)
    .join(' ');
  return {
    type: 'postgres',
    url: settings.url,
    entities,
    migrations: allMigrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension is created, so the
    // application role never needs CREATE privileges.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: settings.applicationName,
    poolErrorHandler: settings.onPoolError ?? (() => undefined),
    // TypeORM calls the logger for every statement only when 'query' logging is on; that is
    // needed to count statements and skipped otherwise.
    ...(logger
      ? { logger, logging: logEveryQuery ? (['query', 'error', 'warn'] as const) : (['error', 'warn'] as const) }
      : { logging: false }),
    maxQueryExecutionTime: 1000,
    extra: {
      max: settings.poolSize,
      options,
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      Client: listenedClient(settings.onPoolError ?? (() => undefined)),
    },
  };
}
