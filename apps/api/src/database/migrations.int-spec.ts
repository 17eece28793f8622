import { Client } from 'pg';

import { allMigrations, migrateDatabase, ownerDataSource, revertAllMigrations } from '@app/core/database';
import { createTestDatabase, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { allEntities } from './entities';

async function pendingSchemaChanges(db: TestDatabase): Promise<string[]> {
  const ds = ownerDataSource(db.adminUrl, TEST_ROLES, allEntities);
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('produce exactly the schema the entities describe (no forgotten migration)', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('run down completely and up again to the same schema', async () => {
    const reverted = await revertAllMigrations(db.adminUrl, TEST_ROLES);
    expect(reverted).toBe(allMigrations.length);
    const client = new Client({ connectionString: db.adminUrl });
    await client.connect();
    const tables = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
    );
    await client.end();
    expect(tables.rows).toEqual([]);

    const outcome = await migrateDatabase(db.adminUrl, TEST_ROLES);
    expect(outcome.applied).toHaveLength(allMigrations.length);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('leave every table owned by the owner role, not the login that ran them', async () => {
    const client = new Client({ connectionString: db.adminUrl });
    await client.connect();
    const owners = await client.query<{ tableowner: string }>(
      `SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`,
    );
    await client.end();
    expect(owners.rows.map((r) => r.tableowner)).toEqual([TEST_ROLES.owner]);
  });
});
