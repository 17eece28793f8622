import { DataSource, type ObjectLiteral } from 'typeorm';

import { entityRows, ownerDataSource } from '@app/core/database';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { seedDemoData } from '../demo/demo-seed';
import { allEntities } from './entities';

// entityRows must hydrate every entity exactly as the query builder does (same property
// names, same JavaScript types: Date, strings for dates and bigints, arrays, JSON), so that a
// repository can switch a hot read to it without any caller noticing. Checked on every table
// entity over the demo municipality's rows.
describe('entityRows', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = ownerDataSource(db.adminUrl, TEST_ROLES, allEntities);
    await ds.initialize();
    await seedDemoData(ds, createLogger('silent'));
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('reads every table entity exactly as the query builder does', async () => {
    const compared: string[] = [];
    for (const metadata of ds.entityMetadatas) {
      if (metadata.tableType !== 'regular' || metadata.primaryColumns.length !== 1) continue;
      const target = metadata.target as new () => ObjectLiteral;
      const key = metadata.primaryColumns[0]?.databaseName ?? 'id';
      const expected = await ds.getRepository(target).createQueryBuilder('x').orderBy(`x.${key}`).limit(40).getMany();
      if (expected.length === 0) continue;
      const ids = expected.map((row) =>
        String(row[metadata.primaryColumns[0]?.propertyName ?? 'id'] as string | number),
      );
      const actual = await entityRows(ds.manager, target, 'x').where(
        ds.manager,
        `CAST(x.${key} AS text) = ANY(CAST(:ids AS text[])) ORDER BY x.${key}`,
        { ids },
      );
      expect({ entity: metadata.name, rows: actual }).toStrictEqual({ entity: metadata.name, rows: expected });
      compared.push(metadata.name);
    }
    // The demo municipality fills the register, plans, consents and the logs; if it stops doing
    // so, this test would quietly compare little.
    expect(compared).toEqual(
      expect.arrayContaining([
        'YoungPersonEntity',
        'OrganizationEntity',
        'UserEntity',
        'MembershipEntity',
        'KaaEnrollmentEntity',
        'ContactAttemptEntity',
        'MeasureEntity',
        'ActionPlanEntity',
        'ConsentEntity',
        'AuditEventEntity',
      ]),
    );
  });

  it('refuses an alias that is not a plain identifier', () => {
    expect(() => entityRows(ds.manager, allEntities[0] as new () => ObjectLiteral, 'x; DROP')).toThrow('Invalid alias');
  });
});
