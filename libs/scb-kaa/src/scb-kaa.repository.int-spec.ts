import { randomUUID } from 'node:crypto';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

import { encodePerson } from './layout/encoder';
import { codeTableFor } from './layout/code-tables';
import { parseHalfYear } from './layout/half-year';
import { checkPerson } from './layout/validation';
import { ScbKaaRepository } from './scb-kaa.repository';

// The SCB file's reads on a real PostgreSQL, through the views the migration defines: days are
// the municipality's (a contact at 00:30 Swedish time on 1 July belongs to the second half-year),
// measures running into the half-year are carried, and the history of files is append-only for
// the application's role.
describe('ScbKaaRepository (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Client;
  let dataSource: DataSource;
  let repository: ScbKaaRepository;
  const municipalityId = randomUUID();
  const person = { a: randomUUID(), b: randomUUID(), gone: randomUUID() };
  const pin = {
    a: makeIdentityNumber('2008-02-01', 11),
    b: makeIdentityNumber('2007-05-20', 12),
    gone: makeIdentityNumber('2007-01-01', 13),
  };
  const typeId = randomUUID();
  const H1 = parseHalfYear('2026H1')!;
  const H2 = parseHalfYear('2026H2')!;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, '1480', 'Testkommun')`, [municipalityId]);
    for (const [key, dob] of [
      ['a', '2008-02-01'],
      ['b', '2007-05-20'],
      ['gone', '2007-01-01'],
    ] as const) {
      await admin.query(
        `INSERT INTO young_person (id, municipality_id, personal_identity_number, coordination_number, date_of_birth,
           given_name, family_name) VALUES ($1, $2, $3, false, $4, 'Test', $5)`,
        [person[key], municipalityId, pin[key], dob, key],
      );
    }
    const enroll = (yp: string, on: string, endedOn: string | null = null, endReason: string | null = null) =>
      admin.query(
        `INSERT INTO kaa_enrollment (municipality_id, young_person_id, registered_on, registration_reason, status,
           ended_on, end_reason) VALUES ($1, $2, $3, 'DROPPED_OUT', 'IN_DIALOGUE', $4, $5)`,
        [municipalityId, yp, on, endedOn, endReason],
      );
    await enroll(person.a, '2025-10-01');
    await enroll(person.b, '2026-03-01', '2026-08-15', 'MOVED');
    // Ended before the half-year: not in its file.
    await enroll(person.gone, '2025-03-01', '2025-12-31', 'MOVED');
    const contact = (yp: string, at: string, occupation: string | null, outcome = 'REACHED') =>
      admin.query(
        `INSERT INTO contact_attempt (municipality_id, young_person_id, channel, occurred_at, performed_by_id, outcome,
           occupation_learned) VALUES ($1, $2, 'PHONE', $3, $4, $5, $6)`,
        [municipalityId, yp, at, randomUUID(), outcome, occupation],
      );
    // 00:30 on 1 January in Stockholm (H1), and 00:30 on 1 July (H2).
    await contact(person.a, '2025-12-31T23:30:00Z', 'WORK');
    await contact(person.a, '2026-06-30T22:30:00Z', 'NONE');
    await contact(person.a, '2026-03-01T10:00:00Z', null, 'NOT_REACHED');
    await contact(person.b, '2026-04-01T10:00:00Z', null, 'DECLINED');
    await admin.query(
      `INSERT INTO measure_type (id, municipality_id, code, name, scb_category, default_tier)
       VALUES ($1, $2, 'PRAKTIK', 'Praktik', 'WORK_PLACEMENT', 'REMEDIAL')`,
      [typeId, municipalityId],
    );
    const measure = (
      yp: string,
      status: string,
      offered: string,
      responded: string | null,
      started: string | null,
      ended: string | null,
      after: string | null,
    ) =>
      admin.query(
        `INSERT INTO measure (municipality_id, young_person_id, measure_type_id, tier, level, status, offered_on,
           responded_on, started_on, ended_on, occupation_after, created_by_id)
         VALUES ($1, $2, $3, 'REMEDIAL', 'INDIVIDUAL', $4, $5, $6, $7, $8, $9, $10)`,
        [municipalityId, yp, typeId, status, offered, responded, started, ended, after, randomUUID()],
      );
    // Running into H1 from 2025, ending in H2; declined in 2025 (not in H1); declined in H1; only offered.
    await measure(person.a, 'ENDED', '2025-11-01', '2025-11-02', '2025-11-10', '2026-09-01', 'WORK');
    await measure(person.a, 'DECLINED', '2025-11-20', '2025-11-21', null, null, null);
    await measure(person.a, 'DECLINED', '2026-02-01', '2026-02-03', null, null, null);
    await measure(person.b, 'OFFERED', '2026-05-01', null, null, null, null);
    await admin.query(
      `INSERT INTO occupation (municipality_id, young_person_id, kind, category, valid_from, source)
       VALUES ($1, $2, 'CURRENT', 'WORK', '2026-01-01', 'CONTACT_ATTEMPT'),
              ($1, $2, 'CURRENT', 'NONE', '2026-07-01', 'CONTACT_ATTEMPT')`,
      [municipalityId, person.a],
    );
    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 2, statementTimeoutMs: 10_000, applicationName: 'scb' },
        [],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    repository = new ScbKaaRepository(new TransactionHost(dataSource));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  it('reads the half-year’s young people with their events on the municipality’s days', async () => {
    const people = await repository.people(municipalityId, H1, 'Europe/Stockholm');
    expect(people.map((p) => p.personalIdentityNumber)).toEqual([pin.b, pin.a].sort());
    const a = people.find((p) => p.youngPersonId === person.a)!;
    expect(a.contacts).toEqual([{ on: '2026-01-01', occupation: 'WORK' }]);
    expect(a.occupationAtEnd).toBe('WORK');
    expect(a.measures.map((m) => [m.status, m.startedOn, m.respondedOn])).toEqual([
      ['ENDED', '2025-11-10', '2025-11-02'],
      ['DECLINED', null, '2026-02-03'],
    ]);
    const b = people.find((p) => p.youngPersonId === person.b)!;
    expect(b.contacts).toEqual([{ on: '2026-04-01', occupation: null }]);
    expect(b.registrations).toEqual([
      { registeredOn: '2026-03-01', reason: 'DROPPED_OUT', endedOn: '2026-08-15', endReason: 'MOVED' },
    ]);
    expect(b.measures).toEqual([]);
    expect(b.occupationAtEnd).toBeNull();

    const ctx = { period: H1, table: codeTableFor('2026H1')!, municipalityCode: '1480' };
    expect(encodePerson(a, ctx).split('\r\n')).toEqual([
      `1;1480;${pin.a};20251001;2`,
      `2;1480;${pin.a};20260101;2`,
      `3;1480;${pin.a};20251110;05;1`,
      `3;1480;${pin.a};20260203;05;2`,
      '',
    ]);
    expect(checkPerson(b, H1, ctx.table).map((i) => i.code)).toEqual([
      'CONTACT_OCCUPATION_MISSING',
      'OCCUPATION_UNKNOWN',
    ]);
  });

  it('puts the contact at 00:30 on 1 July, the measure’s end and the registration’s end in the second half-year', async () => {
    const people = await repository.people(municipalityId, H2, 'Europe/Stockholm');
    const a = people.find((p) => p.youngPersonId === person.a)!;
    expect(a.contacts).toEqual([{ on: '2026-07-01', occupation: 'NONE' }]);
    expect(a.occupationAtEnd).toBe('NONE');
    const ctx = { period: H2, table: codeTableFor('2026H2')!, municipalityCode: '1480' };
    const lines = encodePerson(a, ctx).split('\r\n');
    expect(lines).toContain(`4;1480;${pin.a};20260901;05;2`);
    const b = people.find((p) => p.youngPersonId === person.b)!;
    expect(encodePerson(b, ctx)).toContain(`5;1480;${pin.b};20260815;4\r\n`);
  });

  it('keeps the history of files append-only for the application’s role', async () => {
    const id = await repository.insertFile({
      municipalityId,
      period: '2026H1',
      sequence: 1,
      fileId: null,
      fileName: 'KAA_1480_2026H1_1.txt',
      byteSize: 10,
      sha256: '0'.repeat(64),
      codeTableVersion: 'KAA-2018H2',
      counts: { people: 2 },
      warningCount: 0,
      producedById: randomUUID(),
      producedAt: new Date(),
      replacesId: null,
    });
    expect((await repository.files(municipalityId, '2026H1')).map((f) => f.id)).toEqual([id]);
    await expect(dataSource.query('UPDATE scb_kaa_file SET sequence = 2')).rejects.toThrow(/permission denied/);
    await expect(dataSource.query('DELETE FROM scb_kaa_file')).rejects.toThrow(/permission denied/);
    await expect(
      repository.insertFile({
        municipalityId,
        period: '2026H1',
        sequence: 1,
        fileId: null,
        fileName: 'again',
        byteSize: 1,
        sha256: '1'.repeat(64),
        codeTableVersion: 'KAA-2018H2',
        counts: {},
        warningCount: 0,
        producedById: randomUUID(),
        producedAt: new Date(),
        replacesId: id,
      }),
    ).rejects.toThrow(/uq_scb_kaa_file_sequence/);
  });
});
