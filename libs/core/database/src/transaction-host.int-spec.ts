import { DataSource, QueryFailedError } from 'typeorm';

import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { dataSourceOptions } from './data-source.options';
import { isUniqueViolation, TransactionHost } from './transaction-host';

// PostgreSQL asks callers to retry a transaction that failed with a serialization failure or a
// deadlock (perf-security.md T20). The whole unit of work runs again; anything else fails at once.
describe('TransactionHost retries (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tx: TransactionHost;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions(
        {
          url: db.adminUrl,
          role: TEST_ROLES.app,
          poolSize: 4,
          statementTimeoutMs: 10_000,
          applicationName: 'tx-retry',
        },
        [],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  function failWith(sqlstate: string): Promise<unknown> {
    return tx.manager.query(`DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '${sqlstate}'; END $$`);
  }

  it.each(['40001', '40P01'])('runs the work again after SQLSTATE %s and the caller sees success', async (sqlstate) => {
    let attempts = 0;
    const result = await tx.run(
      async () => {
        attempts += 1;
        if (attempts === 1) await failWith(sqlstate);
        return 'done';
      },
      { requireAudit: false },
    );
    expect(result).toBe('done');
    expect(attempts).toBe(2);
  });

  it('rolls back the failed attempt: only the successful attempt’s writes remain', async () => {
    const key = 'r'.repeat(64);
    let attempts = 0;
    await tx.run(
      async () => {
        attempts += 1;
        await tx.manager.query(
          `INSERT INTO login_attempt (account_key, client_address, succeeded) VALUES ($1, $2, false)`,
          [key, `attempt-${attempts}`],
        );
        if (attempts === 1) await failWith('40001');
      },
      { requireAudit: false },
    );
    const rows = await dataSource.query<Array<{ client_address: string }>>(
      'SELECT client_address FROM login_attempt WHERE account_key = $1',
      [key],
    );
    expect(rows).toEqual([{ client_address: 'attempt-2' }]);
  });

  it('retries a real serialization failure at SERIALIZABLE: of two write-skewing transactions one wins, the other re-runs and sees it', async () => {
    // The invariant "at most one attempt row per key", checked by reading then inserting: at READ
    // COMMITTED both would insert. Both read before either writes (a barrier on the first try).
    const key = 's'.repeat(64);
    let attempts = 0;
    let arrived = 0;
    let release = (): void => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const tried = new Set<string>();
    const claim = (name: string) =>
      tx.run(
        async () => {
          attempts += 1;
          const [{ n }] = await tx.manager.query<Array<{ n: number }>>(
            'SELECT count(*)::int AS n FROM login_attempt WHERE account_key = $1',
            [key],
          );
          if (!tried.has(name)) {
            tried.add(name);
            arrived += 1;
            if (arrived === 2) release();
            await bothRead;
          }
          if (n > 0) return 'refused';
          await tx.manager.query(
            'INSERT INTO login_attempt (account_key, client_address, succeeded) VALUES ($1, $2, false)',
            [key, name],
          );
          return 'inserted';
        },
        { requireAudit: false, isolation: 'SERIALIZABLE' },
      );
    const results = await Promise.all([claim('a'), claim('b')]);
    expect([...results].sort()).toEqual(['inserted', 'refused']);
    // The loser failed with 40001 and ran once more.
    expect(attempts).toBe(3);
    const rows = await dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM login_attempt WHERE account_key = $1',
      [key],
    );
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('gives up after three attempts', async () => {
    let attempts = 0;
    await expect(
      tx.run(
        async () => {
          attempts += 1;
          await failWith('40001');
        },
        { requireAudit: false },
      ),
    ).rejects.toThrow(/forced/);
    expect(attempts).toBe(3);
  });

  it('does not retry other failures', async () => {
    let attempts = 0;
    await expect(
      tx.run(
        async () => {
          attempts += 1;
          await failWith('23505');
        },
        { requireAudit: false },
      ),
    ).rejects.toThrow(/forced/);
    expect(attempts).toBe(1);
  });
});

describe('TransactionHost.prepared (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tx: TransactionHost;
  const logged: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, poolSize: 1, statementTimeoutMs: 10_000, applicationName: 'tx-prepared' },
        [],
        { ...silentTypeOrmLogger, logQuery: (query: string) => void logged.push(query) },
        true,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    await dataSource.query('CREATE TABLE prepared_probe (id int PRIMARY KEY, label text NOT NULL)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const SELECT = 'SELECT id, label FROM prepared_probe WHERE id = $1';

  it('prepares the statement once per connection and reuses it, logging every run', async () => {
    await dataSource.query("INSERT INTO prepared_probe VALUES (1, 'one'), (2, 'two')");
    logged.length = 0;
    expect(await tx.prepared('probe_select', SELECT, [1])).toEqual([{ id: 1, label: 'one' }]);
    expect(await tx.prepared('probe_select', SELECT, [2])).toEqual([{ id: 2, label: 'two' }]);
    expect(logged).toEqual([SELECT, SELECT]);
    // One pooled connection: the statement is still prepared on it, under its name.
    const prepared = await dataSource.query<Array<{ name: string }>>(
      "SELECT name FROM pg_prepared_statements WHERE name = 'probe_select'",
    );
    expect(prepared).toEqual([{ name: 'probe_select' }]);
  });

  it('runs in the current transaction, which a rollback undoes', async () => {
    await expect(
      tx.run(
        async () => {
          await tx.prepared('probe_insert', 'INSERT INTO prepared_probe VALUES ($1, $2)', [3, 'three']);
          expect(await tx.prepared('probe_select', SELECT, [3])).toEqual([{ id: 3, label: 'three' }]);
          throw new Error('roll back');
        },
        { requireAudit: false },
      ),
    ).rejects.toThrow('roll back');
    expect(await tx.prepared('probe_select', SELECT, [3])).toEqual([]);
  });

  it('fails like any other statement, with the SQLSTATE readable', async () => {
    const failure = await tx
      .prepared('probe_insert', 'INSERT INTO prepared_probe VALUES ($1, $2)', [1, 'again'])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(failure)).toBe(true);
  });
});
