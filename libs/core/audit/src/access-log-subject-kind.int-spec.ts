import { randomUUID } from 'node:crypto';

import { Client, type PoolClient, Pool } from 'pg';
import { DataSource } from 'typeorm';

import { dataSourceOptions, migrateDatabase, ownerDataSource, TransactionHost } from '@app/core/database';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { accessChainHash } from './access-chain';
import { GENESIS_HASH } from './audit-chain';
import { AccessGround, AccessLogService, verifyAccessChains, type AccessReader } from './index';

const MIGRATION = 'AccessLogSubjectKind1796830000000';

// The access log's subject kind (migration 1796830000000) on a log written before it: the old
// rows, among them an early-warning read that named a pupil in young_person_ids, keep verifying;
// new rows of young people and of pupils chain on after them; the view gives every entry its
// kind; and a kind or pupil list changed afterwards breaks the chain where it was changed.
describe('access log subject kind (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Pool;
  let dataSource: DataSource;
  let writer: AccessLogService;
  const municipalityId = randomUUID();
  const youngPersonId = randomUUID();
  const legacyPupilId = randomUUID();
  const pupilIds = [randomUUID(), randomUUID()].sort();
  const oldIds: string[] = [];

  const reader = (secrecyDomain: string, role: string): AccessReader => ({
    userId: randomUUID(),
    membershipId: randomUUID(),
    municipalityId,
    organizationId: randomUUID(),
    secrecyDomain,
    role,
    today: '2026-12-07',
    emergencyYoungPersonIds: [],
    standInForUserIds: [],
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Pool({ connectionString: db.adminUrl, max: 2 });
    // Back to just before the migration under test (later migrations first).
    const ds = ownerDataSource(db.adminUrl, TEST_ROLES);
    await ds.initialize();
    try {
      for (;;) {
        const last = await ds.query<Array<{ name: string }>>(
          'SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1',
        );
        if (!last[0]) throw new Error(`${MIGRATION} was never applied`);
        await ds.undoLastMigration({ transaction: 'each' });
        if (last[0].name === MIGRATION) break;
      }
    } finally {
      await ds.destroy();
    }

    // Two rows as the code before the migration wrote them: a caseload read of a young person
    // and a school's early-warning read that put a pupil's id in young_person_ids.
    let prevHash = GENESIS_HASH;
    for (const [index, [subject, ground]] of [
      [youngPersonId, 'CASELOAD'],
      [legacyPupilId, 'SCHOOL'],
    ].entries()) {
      const fields = {
        municipalityId,
        seq: String(index + 1),
        occurredAt: new Date(Date.UTC(2026, 10, 20, 8, index)),
        userId: randomUUID(),
        role: ground === 'SCHOOL' ? 'SCHOOL_STAFF' : 'COORDINATOR',
        organizationId: randomUUID(),
        youngPersonIds: [subject ?? ''],
        subjectKind: null,
        schoolPupilIds: [],
        categories: [ground === 'SCHOOL' ? 'ABSENCE' : 'IDENTITY'],
        ground: ground ?? '',
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
        operation: 'query x',
        requestId: null,
      };
      const hash = accessChainHash(prevHash, fields);
      const inserted = await admin.query<{ id: string }>(
        `INSERT INTO access_log (municipality_id, seq, occurred_at, user_id, role, organization_id, young_person_ids,
           categories, ground, consent_ids, emergency_access_id, disclosure_id, operation, request_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '{}', NULL, NULL, $10, NULL, $11, $12) RETURNING id`,
        [
          municipalityId,
          fields.seq,
          fields.occurredAt,
          fields.userId,
          fields.role,
          fields.organizationId,
          fields.youngPersonIds,
          fields.categories,
          fields.ground,
          fields.operation,
          prevHash,
          hash,
        ],
      );
      oldIds.push(inserted.rows[0]?.id ?? '');
      prevHash = hash;
    }

    const outcome = await migrateDatabase(db.adminUrl, TEST_ROLES);
    expect(outcome.applied[0]).toBe(MIGRATION);

    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 2, statementTimeoutMs: 15_000, applicationName: 'kind' },
        [],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    writer = new AccessLogService(dataSource, new TransactionHost(dataSource));
    // New rows after the old ones: a young person's read and a school's read of two pupils.
    await writer.append(
      reader('KAA', 'COORDINATOR'),
      [
        {
          youngPersonId,
          categories: ['PLAN'],
          ground: AccessGround.CASELOAD,
          consentIds: [],
          emergencyAccessId: null,
          disclosureId: null,
        },
      ],
      'query youngPerson',
    );
    await writer.appendSchoolPupilReads(
      reader('SCHOOL', 'SCHOOL_STAFF'),
      [pupilIds[1] ?? '', pupilIds[0] ?? '', pupilIds[1] ?? ''],
      ['ABSENCE'],
      'query schoolPupils',
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  async function breaks() {
    const result = await verifyAccessChains(db.adminUrl);
    return result.breaks.filter((b) => b.municipalityId === municipalityId);
  }

  // With the append-only trigger switched off for one transaction, as only a superuser can; the
  // tampering is undone at the end (a savepoint would not outlive the verifier's own connection).
  async function whileTampered(work: (client: PoolClient) => Promise<unknown>, check: () => Promise<void>) {
    const client = await admin.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete');
      await work(client);
      await client.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_delete');
      await client.query('COMMIT');
      await check();
    } finally {
      client.release();
    }
  }

  it('writes the kind and the pupils in their own column, and verifies the old and new rows as one chain', async () => {
    const { rows } = await admin.query<{
      seq: string;
      subject_kind: string | null;
      young_person_ids: string[];
      school_pupil_ids: string[];
      ground: string;
    }>(
      `SELECT seq, subject_kind::text, young_person_ids, school_pupil_ids, ground::text
         FROM access_log WHERE municipality_id = $1 ORDER BY seq`,
      [municipalityId],
    );
    expect(rows).toEqual([
      { seq: '1', subject_kind: null, young_person_ids: [youngPersonId], school_pupil_ids: [], ground: 'CASELOAD' },
      { seq: '2', subject_kind: null, young_person_ids: [legacyPupilId], school_pupil_ids: [], ground: 'SCHOOL' },
      {
        seq: '3',
        subject_kind: 'YOUNG_PERSON',
        young_person_ids: [youngPersonId],
        school_pupil_ids: [],
        ground: 'CASELOAD',
      },
      { seq: '4', subject_kind: 'SCHOOL_PUPIL', young_person_ids: [], school_pupil_ids: pupilIds, ground: 'SCHOOL' },
    ]);
    expect(await breaks()).toEqual([]);
  });

  it('gives every entry of the view its kind, old SCHOOL rows as pupils, and never a pupil as a young person', async () => {
    const client = new Client({ connectionString: db.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{
        seq: string;
        subject_kind: string;
        subject_id: string;
        young_person_id: string | null;
        school_pupil_id: string | null;
      }>(
        `SELECT seq, subject_kind::text, subject_id, young_person_id, school_pupil_id
           FROM access_log_entry WHERE municipality_id = $1 ORDER BY seq, subject_id`,
        [municipalityId],
      );
      expect(rows).toEqual([
        {
          seq: '1',
          subject_kind: 'YOUNG_PERSON',
          subject_id: youngPersonId,
          young_person_id: youngPersonId,
          school_pupil_id: null,
        },
        {
          seq: '2',
          subject_kind: 'SCHOOL_PUPIL',
          subject_id: legacyPupilId,
          young_person_id: null,
          school_pupil_id: legacyPupilId,
        },
        {
          seq: '3',
          subject_kind: 'YOUNG_PERSON',
          subject_id: youngPersonId,
          young_person_id: youngPersonId,
          school_pupil_id: null,
        },
        ...pupilIds.map((id) => ({
          seq: '4',
          subject_kind: 'SCHOOL_PUPIL',
          subject_id: id,
          young_person_id: null,
          school_pupil_id: id,
        })),
      ]);
      // The old rows keep their entry ids (the row's id for a row of one subject).
      const ids = await client.query<{ id: string }>(
        'SELECT id FROM access_log_entry WHERE municipality_id = $1 AND seq <= 2 ORDER BY seq',
        [municipalityId],
      );
      expect(ids.rows.map((row) => row.id)).toEqual(oldIds);
    } finally {
      await client.end();
    }
  });

  it('refuses a row that names pupils as young people or names no subject', async () => {
    await expect(
      admin.query(
        `INSERT INTO access_log (municipality_id, seq, occurred_at, user_id, role, organization_id, young_person_ids,
           subject_kind, school_pupil_ids, categories, ground, consent_ids, operation, prev_hash, hash)
         VALUES ($1, 99, now(), $2, 'X', $2, ARRAY[$2]::uuid[], 'SCHOOL_PUPIL', ARRAY[$2]::uuid[], '{}', 'SCHOOL', '{}',
                 'x', repeat('0', 64), repeat('0', 64))`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/ck_access_log_subjects/);
    await expect(
      admin.query(
        `INSERT INTO access_log (municipality_id, seq, occurred_at, user_id, role, organization_id, young_person_ids,
           categories, ground, consent_ids, operation, prev_hash, hash)
         VALUES ($1, 99, now(), $2, 'X', $2, '{}', '{}', 'CASELOAD', '{}', 'x', repeat('0', 64), repeat('0', 64))`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/ck_access_log_subjects/);
  });

  it.each([
    [
      'a new row’s kind cleared',
      '4',
      "subject_kind = NULL, school_pupil_ids = '{}', young_person_ids = school_pupil_ids",
    ],
    ['a new row’s pupils changed', '4', 'school_pupil_ids = ARRAY[gen_random_uuid()]'],
    ['a new row’s kind cleared, as an old row’s', '3', 'subject_kind = NULL'],
    [
      'an old row given a kind',
      '2',
      "subject_kind = 'SCHOOL_PUPIL', school_pupil_ids = young_person_ids, young_person_ids = '{}'",
    ],
  ])('detects %s as a hash mismatch at that row', async (_name, seq, change) => {
    const { rows } = await admin.query<{
      id: string;
      subject_kind: string | null;
      young_person_ids: string[];
      school_pupil_ids: string[];
    }>(
      'SELECT id, subject_kind::text, young_person_ids, school_pupil_ids FROM access_log WHERE municipality_id = $1 AND seq = $2',
      [municipalityId, seq],
    );
    const before = rows[0];
    if (!before) throw new Error('no such row');
    await whileTampered(
      (client) => client.query(`UPDATE access_log SET ${change} WHERE id = $1`, [before.id]),
      async () => {
        expect(await breaks()).toEqual([{ municipalityId, id: before.id, seq, reason: 'hash-mismatch' }]);
      },
    );
    // Put the row back as it was; the chain verifies again.
    await whileTampered(
      (client) =>
        client.query(
          `UPDATE access_log SET subject_kind = $2::access_subject_kind, young_person_ids = $3, school_pupil_ids = $4
            WHERE id = $1`,
          [before.id, before.subject_kind, before.young_person_ids, before.school_pupil_ids],
        ),
      async () => {
        expect(await breaks()).toEqual([]);
      },
    );
  });
});
