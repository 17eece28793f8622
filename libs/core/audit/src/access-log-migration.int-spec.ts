import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { migrateDatabase, ownerDataSource } from '@app/core/database';
import { createTestDatabase, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { GENESIS_HASH, linkHash } from './audit-chain';
import { verifyAccessChains } from './audit-verifier';

// A log written before rows could name several young people (one young_person_id per row) is
// migrated in place: every row becomes a row of one young person, the chain still verifies, and
// readers see each read through access_log_entry with the row's id.
describe('access log migration to rows of several young people (PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('keeps earlier rows verifiable and readable per young person', async () => {
    const ds = ownerDataSource(db.adminUrl, TEST_ROLES);
    await ds.initialize();
    try {
      // Back to just before the migration under test (later migrations first).
      for (;;) {
        const last = await ds.query<Array<{ name: string }>>(
          'SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1',
        );
        await ds.undoLastMigration({ transaction: 'each' });
        if (last[0]?.name === 'AccessLogGroupedRows1795593972663') break;
        if (!last[0]) throw new Error('AccessLogGroupedRows1795593972663 was never applied');
      }
    } finally {
      await ds.destroy();
    }

    // Two rows in the earlier format, hashed as the earlier code hashed them.
    const client = new Client({ connectionString: db.adminUrl });
    await client.connect();
    const municipalityId = randomUUID();
    const people = [randomUUID(), randomUUID()];
    const ids: string[] = [];
    try {
      let prevHash = GENESIS_HASH;
      for (const [index, youngPersonId] of people.entries()) {
        const fields = {
          municipalityId,
          seq: String(index + 1),
          occurredAt: new Date(Date.UTC(2026, 10, 20, 8, index)),
          userId: randomUUID(),
          role: 'COORDINATOR',
          organizationId: randomUUID(),
          youngPersonId,
          categories: ['IDENTITY'],
          ground: 'CASELOAD',
          consentIds: [] as string[],
          emergencyAccessId: null,
          disclosureId: null,
          operation: 'query youngPerson',
          requestId: null,
        };
        const hash = linkHash(prevHash, { kind: 'access', ...fields, occurredAt: fields.occurredAt.toISOString() });
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO access_log (municipality_id, seq, occurred_at, user_id, role, organization_id, young_person_id,
             categories, ground, consent_ids, emergency_access_id, disclosure_id, operation, request_id, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL, $11, NULL, $12, $13) RETURNING id`,
          [
            municipalityId,
            fields.seq,
            fields.occurredAt,
            fields.userId,
            fields.role,
            fields.organizationId,
            youngPersonId,
            fields.categories,
            fields.ground,
            fields.consentIds,
            fields.operation,
            prevHash,
            hash,
          ],
        );
        ids.push(inserted.rows[0].id);
        prevHash = hash;
      }
    } finally {
      await client.end();
    }

    const outcome = await migrateDatabase(db.adminUrl, TEST_ROLES);
    expect(outcome.applied[0]).toBe('AccessLogGroupedRows1795593972663');
    const verification = await verifyAccessChains(db.adminUrl);
    expect(verification.breaks).toEqual([]);
    expect(verification.rows).toBe(2);

    const reader = new Client({ connectionString: db.adminUrl });
    await reader.connect();
    try {
      const rows = await reader.query<{
        id: string;
        log_id: string;
        young_person_id: string;
        young_person_ids: string[];
      }>(
        'SELECT id, log_id, young_person_id, young_person_ids FROM access_log_entry WHERE municipality_id = $1 ORDER BY seq',
        [municipalityId],
      );
      expect(rows.rows).toEqual(
        people.map((youngPersonId, index) => ({
          id: ids[index],
          log_id: ids[index],
          young_person_id: youngPersonId,
          young_person_ids: [youngPersonId],
        })),
      );
    } finally {
      await reader.end();
    }
  });
});
