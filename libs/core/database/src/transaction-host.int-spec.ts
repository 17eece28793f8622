import { DataSource } from 'typeorm';

import { createTestDatabase, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { dataSourceOptions } from './data-source.options';
import { TransactionHost } from './transaction-host';

const silent = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

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
        silent,
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
