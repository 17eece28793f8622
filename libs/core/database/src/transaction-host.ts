import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { DataSource, EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';

interface TransactionStore {
  manager: EntityManager;
  auditEvents: number;
}

const storage = new AsyncLocalStorage<TransactionStore>();

const MAX_ATTEMPTS = 3;

// A stricter level than PostgreSQL's default (READ COMMITTED), for a unit of work whose invariant
// spans rows (e.g. "at most one of these"): PostgreSQL then refuses one of two transactions that
// would break it with a serialization failure (40001), and `run` runs that one again.
export type IsolationLevel = 'REPEATABLE READ' | 'SERIALIZABLE';

export interface RunOptions {
  requireAudit: boolean;
  isolation?: IsolationLevel;
}
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

// The SQLSTATE of a failed statement, whether pg's error or TypeORM's wrapper of it.
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

// A unique index refused the statement; with `constraint`, that index in particular (the caller
// turns it into its domain error, e.g. a duplicate identity number).
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlStateOf(error) !== '23505') return false;
  if (constraint === undefined) return true;
  const candidate = error as { constraint?: unknown; driverError?: { constraint?: unknown } } | null;
  return (candidate?.driverError?.constraint ?? candidate?.constraint) === constraint;
}

// Runs one of the fixed statements that every request runs (the principal lookup, the access
// log's insert) as a named prepared statement: PostgreSQL parses and plans it once per
// connection instead of on every call, which was most of its cost (the principal lookup:
// 0.26 ms of parsing and planning against 0.03 ms of execution). Only for statements whose
// text never varies; `name` must be unique to the text. Counted and logged like every other
// statement (TypeORM's logger), and failures are TypeORM's QueryFailedError as usual.
export async function preparedQuery<T extends QueryResultRow>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const logger = manager.connection.logger;
  const run = async (client: Pick<Pool, 'query'>, runner?: QueryRunner): Promise<T[]> => {
    logger.logQuery(text, values, runner);
    try {
      return (await client.query<T>({ name, text, values })).rows;
    } catch (error) {
      // Keeps the error's own fields (its SQLSTATE or errno `code`) when it comes from another
      // realm (jest's sandbox), where Node's errors are not `instanceof Error`.
      const cause =
        error instanceof Error
          ? error
          : Object.assign(new Error((error as { message?: string } | null)?.message ?? String(error)), error);
      logger.logQueryError(cause, text, values, runner);
      throw new QueryFailedError(text, values, cause);
    }
  };
  const inTransaction = manager.queryRunner;
  if (inTransaction) return run((await inTransaction.connect()) as PoolClient, inTransaction);
  // Outside a transaction straight from the driver's pool: a TypeORM query runner per statement
  // (created, connected, released) cost about as much as the statement's own client work.
  const pool = poolOf(manager);
  if (pool) return run(pool);
  const runner = manager.connection.createQueryRunner();
  try {
    return await run((await runner.connect()) as PoolClient, runner);
  } finally {
    await runner.release();
  }
}

// Statement texts that shapedQuery has named in this process. Bounded: past the limit a new
// shape runs unnamed (parsed every time) rather than growing every connection's server-side
// cache without end.
const shapeNames = new Map<string, string>();
const MAX_SHAPES = 500;

// Runs a generated statement (a list page built by the query builder) as a named prepared
// statement keyed by its text, so PostgreSQL parses it once per connection and shape instead
// of on every request. The text of such a statement depends only on the query's shape (its
// filters, sort and the caller's kind of access), never on values, which travel as parameters;
// a page of a few shapes is asked thousands of times a day.
export function shapedQuery<T extends QueryResultRow>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = shapeNames.get(text);
  if (name === undefined && shapeNames.size < MAX_SHAPES) {
    name = `brygga_shape_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    shapeNames.set(text, name);
  }
  if (name === undefined) return manager.query<T[]>(text, values);
  return preparedQuery<T>(manager, name, text, values);
}

// The pg pool behind TypeORM's PostgreSQL driver (`master`), when there is one.
function poolOf(manager: EntityManager): Pool | undefined {
  const { master } = manager.connection.driver as unknown as { master?: unknown };
  return master instanceof Pool ? master : undefined;
}

function isRetryable(error: unknown): boolean {
  return RETRYABLE_SQLSTATES.has(sqlStateOf(error) ?? '');
}

// The manager a statement outside the query builder should use: the current transaction's when
// one runs on this data source, else the pool's (what TransactionHost.manager gives, for code
// that holds only a query builder).
export function currentManager(dataSource: DataSource): EntityManager {
  const manager = storage.getStore()?.manager;
  return manager && manager.connection === dataSource ? manager : dataSource.manager;
}

// Holds the current mutation's transaction so repositories, the audit writer and the event
// publisher all use the same one without passing a manager by hand. Outside a transaction,
// `manager` is the pool's (autocommit) manager, which is what queries want.
@Injectable()
export class TransactionHost {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return storage.getStore() !== undefined;
  }

  // Runs `work` in one transaction. `requireAudit` makes a transaction that recorded no audit
  // event fail and roll back, so a mutation cannot forget its audit row. A serialization failure
  // or a deadlock (SQLSTATE 40001, 40P01) rolls everything back, so the whole work is run again,
  // up to three attempts with a random pause, as PostgreSQL asks of its callers.
  // Retried attempts wait 10-30 ms, then 20-60 ms (random jitter, so the two that collided do not
  // collide again). A transaction nested in another runs in the outer one (and its isolation).
  async run<T>(work: () => Promise<T>, options: RunOptions): Promise<T> {
    if (storage.getStore()) return work();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.once(work, options);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20 * attempt));
      }
    }
  }

  private once<T>(work: () => Promise<T>, options: RunOptions): Promise<T> {
    const unit = async (manager: EntityManager): Promise<T> => {
      const store: TransactionStore = { manager, auditEvents: 0 };
      const result = await storage.run(store, work);
      if (options.requireAudit && store.auditEvents === 0) {
        throw new Error('A mutation completed without recording an audit event; rolled back');
      }
      return result;
    };
    // The default level needs no statement of its own.
    return options.isolation ? this.dataSource.transaction(options.isolation, unit) : this.dataSource.transaction(unit);
  }

  // Runs `work` outside the current transaction: timers and background work started from inside
  // a mutation (a job queue woken by an enqueue) must not inherit its transaction, which will
  // have ended by the time they run.
  outside<T>(work: () => T): T {
    return storage.exit(work);
  }

  // `preparedQuery` in the current transaction when there is one.
  prepared<T extends QueryResultRow>(name: string, text: string, values: unknown[]): Promise<T[]> {
    return preparedQuery<T>(this.manager, name, text, values);
  }

  // Called by the audit writer for each event in the current transaction.
  countAuditEvent(): void {
    const store = storage.getStore();
    if (!store) throw new Error('Audit events are written only inside a transaction');
    store.auditEvents += 1;
  }
}
