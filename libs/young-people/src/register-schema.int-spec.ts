import { Pool } from 'pg';

import { createTestDatabase, TEST_ROLES, type TestDatabase } from '@app/core/testing';

// The KAA register may hold only what SFS 2006:39 4 § allows (identity, contact details,
// occupation, planned measure) plus what the register itself needs to exist and be reported
// (registration, status, end). These tests pin the register record's columns, so a new column
// is a deliberate, reviewed change, and check that the histories are append-only for the
// application role.
describe('KAA register schema (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Pool({ connectionString: db.adminUrl, max: 2 });
  });

  afterAll(async () => {
    await admin?.end();
    await db?.drop();
  });

  async function columns(table: string): Promise<string[]> {
    const { rows } = await admin.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
      [table],
    );
    return rows.map((row) => row.column_name);
  }

  it('stores on the register record only registration, status and end', async () => {
    expect(await columns('kaa_enrollment')).toEqual([
      'created_at',
      'end_reason',
      'ended_on',
      'id',
      'municipality_id',
      'registered_on',
      'registration_reason',
      'status',
      'updated_at',
      'version',
      'young_person_id',
    ]);
  });

  it('keeps the young person to identity, contact details and responsibility (no free text, no sensitive data)', async () => {
    expect(await columns('young_person')).toEqual([
      'city',
      'coordination_number',
      'coordinator_id',
      'created_at',
      'date_of_birth',
      'email',
      'family_name',
      'given_name',
      'id',
      'kaa_unit_id',
      'last_contact_at',
      'municipality_id',
      'personal_identity_number',
      'phone',
      'postal_code',
      'protected_identity',
      'protected_named_user_ids',
      'street_address',
      'updated_at',
      'version',
    ]);
  });

  it('lets the application role append to the histories but never change or delete them', async () => {
    const app = await admin.connect();
    try {
      await app.query(`SET ROLE ${TEST_ROLES.app}`);
      for (const table of ['kaa_enrollment_status_change', 'occupation', 'contact_attempt']) {
        const { rows } = await app.query<{ insert: boolean; select: boolean; update: boolean; delete: boolean }>(
          `SELECT has_table_privilege(current_user, $1, 'INSERT') AS insert,
                  has_table_privilege(current_user, $1, 'SELECT') AS select,
                  has_table_privilege(current_user, $1, 'UPDATE') AS update,
                  has_table_privilege(current_user, $1, 'DELETE') AS delete`,
          [table],
        );
        expect({ table, ...rows[0] }).toEqual({ table, insert: true, select: true, update: false, delete: false });
      }
      await expect(app.query('DELETE FROM contact_attempt')).rejects.toThrow(/permission denied/);
      await expect(app.query('UPDATE occupation SET category = category')).rejects.toThrow(/permission denied/);
      // Young people and registrations are never deleted by the application either.
      await expect(app.query('DELETE FROM young_person')).rejects.toThrow(/permission denied/);
      await expect(app.query('DELETE FROM kaa_enrollment')).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('RESET ROLE');
      app.release();
    }
  });
});
