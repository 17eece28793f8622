import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import {
  accessChainHash,
  AuditService,
  chainHash,
  checkAgainstAnchor,
  GENESIS_HASH,
  makeAnchor,
  verifyAccessChains,
  verifyAuditChains,
} from '@app/core/audit';
import { buildAbility, Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { FileStore, StoredFileChunkEntity, StoredFileEntity } from '@app/core/files';
import { JobRunEntity, JobRunner } from '@app/core/jobs';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

import { DisposalEntity } from './entities/disposal.entity';
import { LegalHoldEntity } from './entities/legal-hold.entity';
import { RetentionRuleEntity } from './entities/retention-rule.entity';
import { DisposalTrigger, RetentionClass } from './retention.enums';
import { retentionPolicy } from './retention.policy';
import { cutoffOf, RETENTION_JOB, RetentionService } from './retention.service';

// Retention on a real PostgreSQL with a moving clock: a rule at its limit and a day either side,
// legal holds, the archive committed before the delete, a failed batch leaving nothing behind,
// and the audit and access-log chains disposed as prefixes that still verify, while an ordinary
// delete is refused and a row deleted in the middle is still found.
describe('Retention (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Client;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let service: RetentionService;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00Z'));
  const municipalityId = randomUUID();
  const unitId = randomUUID();
  const adminId = randomUUID();
  const held = randomUUID();
  const free = randomUUID();
  const adminActor = { userId: adminId, role: 'ADMIN', organizationId: unitId, municipalityId };
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const DAY = 86_400_000;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, '1498', 'Gallringskommun')`, [
      municipalityId,
    ]);
    await admin.query(
      `INSERT INTO organization (id, municipality_id, name, kind, secrecy_domain) VALUES ($1, $2, 'KAA', 'KAA_UNIT', 'KAA')`,
      [unitId, municipalityId],
    );
    await admin.query(`INSERT INTO app_user (id, municipality_id, email, display_name) VALUES ($1, $2, $3, 'Admin')`, [
      adminId,
      municipalityId,
      'admin@gallring.test',
    ]);
    for (const [i, id] of [held, free].entries()) {
      await admin.query(
        `INSERT INTO young_person (id, municipality_id, personal_identity_number, coordination_number, date_of_birth,
           given_name, family_name, kaa_unit_id) VALUES ($1, $2, $3, false, '2008-03-01', 'Vendela', 'Gallrén', $4)`,
        [id, municipalityId, makeIdentityNumber('2008-03-01', 41 + i), unitId],
      );
    }
    dataSource = new DataSource(
      dataSourceOptions(
        {
          url: db.adminUrl,
          role: TEST_ROLES.app,
          poolSize: 4,
          statementTimeoutMs: 20_000,
          applicationName: 'gallring',
        },
        [JobRunEntity, RetentionRuleEntity, LegalHoldEntity, DisposalEntity, StoredFileEntity, StoredFileChunkEntity],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    const runner = new JobRunner(tx, clock, createLogger('info', {}, quiet));
    service = new RetentionService(tx, new AuditService(tx, clock), new FileStore(tx, clock), clock, runner);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  const inTx = <T>(work: () => Promise<T>) => tx.run(work, { requireAudit: false });
  // The admin's rules of their municipality (a hold is set and lifted through them).
  const abilityOf = (actor: { userId: string | null; organizationId: string | null; municipalityId: string }) =>
    buildAbility(
      {
        userId: actor.userId ?? '',
        membershipId: randomUUID(),
        municipalityId: actor.municipalityId,
        organizationId: actor.organizationId ?? '',
        secrecyDomain: 'MANAGEMENT',
        role: Role.ADMIN,
        emergencyYoungPersonIds: [],
        standInForUserIds: [],
        today: '2026-12-01',
      },
      [retentionPolicy],
    );
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await admin.query<{ n: string }>(sql, params)).rows[0]?.n);
  const enable = async (recordClass: RetentionClass, keepYears: number) => {
    const rules = await service.rules(municipalityId);
    const version = rules.find((rule) => rule.recordClass === recordClass)?.version ?? 0;
    return inTx(() => service.setRule(adminActor, { recordClass, enabled: true, keepYears, version }));
  };
  const disable = async (recordClass: RetentionClass) => {
    const rule = (await service.rules(municipalityId)).find((r) => r.recordClass === recordClass);
    if (rule && rule.version > 0) {
      await inTx(() =>
        service.setRule(adminActor, { recordClass, enabled: false, keepYears: rule.keepYears, version: rule.version }),
      );
    }
  };
  const dispose = () =>
    inTx(() => service.disposeAll(municipalityId, { actor: adminActor, trigger: DisposalTrigger.USER }));
  const proofs = async (recordClass: RetentionClass) =>
    (
      await admin.query<{
        disposed_count: number;
        archive_file_id: string;
        archive_sha256: string;
        oldest_at: Date;
        newest_at: Date;
        through_seq: string | null;
      }>(`SELECT * FROM disposal WHERE record_class = $1 ORDER BY disposed_at, oldest_at`, [recordClass])
    ).rows;
  const archiveText = async (fileId: string) =>
    Buffer.concat(
      (
        await admin.query<{ data: Buffer }>('SELECT data FROM stored_file_chunk WHERE file_id = $1 ORDER BY seq', [
          fileId,
        ])
      ).rows.map((row) => row.data),
    ).toString('utf8');

  describe('rules', () => {
    it('offers every class with its default, none enabled', async () => {
      const rules = await service.rules(municipalityId);
      expect(rules.map((r) => [r.recordClass, r.enabled, r.keepYears, r.version])).toEqual([
        ['SIGNAL', false, 2, 0],
        ['TARGET_GROUP_CHECK', false, 2, 0],
        ['NOTIFICATION', false, 1, 0],
        ['CONTACT_ATTEMPT', false, 5, 0],
        ['MEASURE', false, 5, 0],
        ['ACCESS_LOG', false, 5, 0],
        ['AUDIT_EVENT', false, 10, 0],
      ]);
      expect(await service.dryRun(municipalityId)).toEqual([]);
    });

    it('refuses years below the class floor or above 100 with stable codes, and a stale version', async () => {
      const set = (recordClass: RetentionClass, keepYears: number, version = 0) =>
        inTx(() => service.setRule(adminActor, { recordClass, enabled: true, keepYears, version }));
      await expect(set(RetentionClass.AUDIT_EVENT, 1)).rejects.toMatchObject({
        code: 'RETENTION_YEARS_BELOW_MINIMUM',
        details: { field: 'keepYears', min: 2 },
      });
      await expect(set(RetentionClass.SIGNAL, 101)).rejects.toMatchObject({ code: 'RETENTION_YEARS_INVALID' });
      await expect(set(RetentionClass.SIGNAL, 3, 4)).rejects.toMatchObject({ code: 'CONFLICT' });
      const rule = await set(RetentionClass.SIGNAL, 3);
      expect(rule).toMatchObject({ enabled: true, keepYears: 3, version: 1 });
      await expect(set(RetentionClass.SIGNAL, 3)).rejects.toMatchObject({ code: 'CONFLICT' });
      await disable(RetentionClass.SIGNAL);
      expect(
        await count(
          `SELECT count(*) AS n FROM audit_event WHERE action = 'retention.rule.set' AND municipality_id = $1`,
          [municipalityId],
        ),
      ).toBe(2);
    });
  });

  describe('a class of rows (notifications)', () => {
    const ids = { older: randomUUID(), atLimit: randomUUID(), younger: randomUUID() };

    beforeAll(async () => {
      const cutoff = cutoffOf(clock.now(), 1);
      for (const [id, at] of [
        [ids.older, new Date(cutoff.getTime() - DAY)],
        [ids.atLimit, cutoff],
        [ids.younger, new Date(cutoff.getTime() + DAY)],
      ] as const) {
        await admin.query(
          `INSERT INTO notification (id, municipality_id, user_id, kind, count, link, created_at)
           VALUES ($1, $2, $3, 'ALERT_OPENED', 1, '/larm', $4)`,
          [id, municipalityId, adminId, at],
        );
      }
      // Notes, at each deleted row, whether its archive was complete by then.
      await admin.query(`CREATE TABLE deleted_with_archive (id uuid, archived boolean)`);
      await admin.query(`CREATE FUNCTION note_archive() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
          INSERT INTO deleted_with_archive SELECT OLD.id, EXISTS (
            SELECT 1 FROM stored_file_chunk c JOIN stored_file f ON f.id = c.file_id
             WHERE f.purpose = 'RETENTION_ARCHIVE' AND f.complete
               AND position(OLD.id::text in convert_from(c.data, 'UTF8')) > 0);
          RETURN OLD;
        END $$`);
      await admin.query(
        `CREATE TRIGGER note_archive BEFORE DELETE ON notification FOR EACH ROW EXECUTE FUNCTION note_archive()`,
      );
    });

    afterAll(async () => {
      await disable(RetentionClass.NOTIFICATION);
    });

    it('disposes only what is older than the rule, archived before the delete, with a proof', async () => {
      await enable(RetentionClass.NOTIFICATION, 1);
      expect(await service.dryRun(municipalityId)).toEqual([{ recordClass: 'NOTIFICATION', count: 1 }]);
      expect(await count('SELECT count(*) AS n FROM notification')).toBe(3);

      expect(await dispose()).toEqual([{ recordClass: 'NOTIFICATION', count: 1 }]);
      const left = (await admin.query<{ id: string }>('SELECT id FROM notification ORDER BY created_at')).rows;
      expect(left.map((r) => r.id)).toEqual([ids.atLimit, ids.younger]);
      expect((await admin.query('SELECT * FROM deleted_with_archive')).rows).toEqual([
        { id: ids.older, archived: true },
      ]);

      const [proof] = await proofs(RetentionClass.NOTIFICATION);
      expect(proof).toMatchObject({ disposed_count: 1, through_seq: null });
      const text = await archiveText(proof?.archive_file_id ?? '');
      const { createHash } = await import('node:crypto');
      expect(createHash('sha256').update(text).digest('hex')).toBe(proof?.archive_sha256);
      const archive = JSON.parse(text) as { format: string; recordClass: string; rows: Array<{ id: string }> };
      expect(archive).toMatchObject({ format: 'brygga-retention-archive/1', recordClass: 'NOTIFICATION' });
      expect(archive.rows.map((r) => r.id)).toEqual([ids.older]);
      // The proof holds no personal data: only the rule, counts, times, hash and ids of files and users.
      const { rows } = await admin.query<Record<string, unknown>>('SELECT * FROM disposal');
      expect(JSON.stringify(rows)).not.toMatch(/Vendela|Gallrén|larm/);
    });

    it('is idempotent, and disposes the row at the limit once the clock moves a day on', async () => {
      expect(await dispose()).toEqual([{ recordClass: 'NOTIFICATION', count: 0 }]);
      expect(await proofs(RetentionClass.NOTIFICATION)).toHaveLength(1);
      clock.set(new Date(clock.now().getTime() + DAY));
      try {
        expect(await service.dryRun(municipalityId)).toEqual([{ recordClass: 'NOTIFICATION', count: 1 }]);
        expect(await dispose()).toEqual([{ recordClass: 'NOTIFICATION', count: 1 }]);
        expect((await admin.query('SELECT id FROM notification')).rows).toEqual([{ id: ids.younger }]);
      } finally {
        clock.set(new Date(clock.now().getTime() - DAY));
      }
    });

    it('leaves nothing half-done when a batch fails: rows, no proof, no archive, no audit row', async () => {
      const old = randomUUID();
      await admin.query(
        `INSERT INTO notification (id, municipality_id, user_id, kind, count, link, created_at)
         VALUES ($1, $2, $3, 'ALERT_OPENED', 1, '/larm', $4)`,
        [old, municipalityId, adminId, new Date('2020-01-01T00:00:00Z')],
      );
      await admin.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'disk on fire'; END $$`);
      await admin.query(`CREATE TRIGGER refuse BEFORE DELETE ON notification FOR EACH ROW EXECUTE FUNCTION refuse()`);
      const before = {
        proofs: await count('SELECT count(*) AS n FROM disposal'),
        files: await count(`SELECT count(*) AS n FROM stored_file WHERE purpose = 'RETENTION_ARCHIVE'`),
        audits: await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'retention.dispose'`),
      };
      try {
        await expect(dispose()).rejects.toThrow(/disk on fire/);
      } finally {
        await admin.query('DROP TRIGGER refuse ON notification');
      }
      expect(await count('SELECT count(*) AS n FROM notification WHERE id = $1', [old])).toBe(1);
      expect({
        proofs: await count('SELECT count(*) AS n FROM disposal'),
        files: await count(`SELECT count(*) AS n FROM stored_file WHERE purpose = 'RETENTION_ARCHIVE'`),
        audits: await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'retention.dispose'`),
      }).toEqual(before);
      // Run again, it resumes and finishes.
      expect(await dispose()).toEqual([{ recordClass: 'NOTIFICATION', count: 1 }]);
    });

    it('refuses a delete through the disposal function without its proof, and a direct delete by the app', async () => {
      const app = new Client({ connectionString: db.adminUrl });
      await app.connect();
      try {
        await app.query(`SET ROLE ${TEST_ROLES.app}`);
        await expect(
          app.query(`SELECT retention_dispose_rows('notification', $1, ARRAY[$2]::uuid[], $3)`, [
            municipalityId,
            ids.younger,
            randomUUID(),
          ]),
        ).rejects.toThrow(/no proof of disposal/);
        await expect(app.query('DELETE FROM notification WHERE id = $1', [ids.younger])).rejects.toThrow(
          /permission denied/,
        );
      } finally {
        await app.end();
      }
    });
  });

  describe('a closed case (contact attempts and measures)', () => {
    // clock 2026-12-01 08:00Z and 5 years: the cutoff is 2021-12-01 08:00Z.
    const people = { closed: randomUUID(), back: randomUUID(), recent: randomUUID(), edge: randomUUID() };
    const contacts = {
      closed: randomUUID(),
      closedLater: randomUUID(),
      back: randomUUID(),
      recent: randomUUID(),
      edge: randomUUID(),
    };
    const measures = { closed: randomUUID(), recent: randomUUID() };
    const typeId = randomUUID();
    const occupationId = randomUUID();

    beforeAll(async () => {
      for (const [i, id] of Object.values(people).entries()) {
        await admin.query(
          `INSERT INTO young_person (id, municipality_id, personal_identity_number, coordination_number, date_of_birth,
             given_name, family_name, kaa_unit_id) VALUES ($1, $2, $3, false, '2001-03-01', 'Vendela', 'Gallrén', $4)`,
          [id, municipalityId, makeIdentityNumber('2001-03-01', 51 + i), unitId],
        );
      }
      const enroll = (person: string, on: string, endedOn: string | null) =>
        admin.query(
          `INSERT INTO kaa_enrollment (municipality_id, young_person_id, registered_on, registration_reason, status,
             ended_on, end_reason) VALUES ($1, $2, $3, 'DROPPED_OUT', 'IN_DIALOGUE', $4, $5)`,
          [municipalityId, person, on, endedOn, endedOn ? 'TURNED_20' : null],
        );
      await enroll(people.closed, '2019-01-10', '2020-06-30');
      // Ended long ago, and registered again: the whole history stays while the case is open.
      await enroll(people.back, '2018-01-10', '2019-06-30');
      await enroll(people.back, '2024-02-01', null);
      await enroll(people.recent, '2021-01-10', '2023-01-01');
      // Ended on the cutoff's day: over at midnight in Stockholm, after the cutoff's 08:00Z.
      await enroll(people.edge, '2020-01-10', '2021-12-01');
      const contact = (id: string, person: string, at: string) =>
        admin.query(
          `INSERT INTO contact_attempt (id, municipality_id, young_person_id, channel, occurred_at, performed_by_id, outcome)
           VALUES ($1, $2, $3, 'PHONE', $4, $5, 'REACHED')`,
          [id, municipalityId, person, at, adminId],
        );
      await contact(contacts.closed, people.closed, '2020-05-01T10:00:00Z');
      // After the end (a late note): counted from itself.
      await contact(contacts.closedLater, people.closed, '2022-03-01T10:00:00Z');
      await contact(contacts.back, people.back, '2019-05-01T10:00:00Z');
      await contact(contacts.recent, people.recent, '2019-05-01T10:00:00Z');
      await contact(contacts.edge, people.edge, '2021-06-01T10:00:00Z');
      await admin.query(
        `INSERT INTO occupation (id, municipality_id, young_person_id, kind, category, valid_from, source, contact_attempt_id)
         VALUES ($1, $2, $3, 'CURRENT', 'WORK', '2020-05-01', 'CONTACT_ATTEMPT', $4)`,
        [occupationId, municipalityId, people.closed, contacts.closed],
      );
      await admin.query(
        `INSERT INTO measure_type (id, municipality_id, code, name, scb_category, default_tier)
         VALUES ($1, $2, 'PRAKTIK', 'Praktik', 'WORK_PLACEMENT', 'REMEDIAL')`,
        [typeId, municipalityId],
      );
      for (const [id, person] of [
        [measures.closed, people.closed],
        [measures.recent, people.recent],
      ] as const) {
        await admin.query(
          `INSERT INTO measure (id, municipality_id, young_person_id, measure_type_id, tier, level, status, offered_on,
             created_by_id, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'REMEDIAL', 'INDIVIDUAL', 'ENDED', '2019-03-01', $5, '2019-03-01', '2020-06-01')`,
          [id, municipalityId, person, typeId, adminId],
        );
      }
    });

    afterAll(async () => {
      await disable(RetentionClass.CONTACT_ATTEMPT);
      await disable(RetentionClass.MEASURE);
    });

    const ids = async (table: 'contact_attempt' | 'measure') =>
      (
        await admin.query<{ id: string }>(`SELECT id FROM ${table} WHERE municipality_id = $1 ORDER BY id`, [
          municipalityId,
        ])
      ).rows.map((row) => row.id);

    it('disposes only what is older than the rule counted from the case’s end, never an open case', async () => {
      await enable(RetentionClass.CONTACT_ATTEMPT, 5);
      await enable(RetentionClass.MEASURE, 5);
      expect(await service.dryRun(municipalityId)).toEqual([
        { recordClass: 'CONTACT_ATTEMPT', count: 1 },
        { recordClass: 'MEASURE', count: 1 },
      ]);
      expect(await dispose()).toEqual([
        { recordClass: 'CONTACT_ATTEMPT', count: 1 },
        { recordClass: 'MEASURE', count: 1 },
      ]);
      expect(await ids('contact_attempt')).toEqual(
        [contacts.closedLater, contacts.back, contacts.recent, contacts.edge].sort(),
      );
      expect(await ids('measure')).toEqual([measures.recent]);
      // The occupation learned in the disposed attempt stays, without its link.
      const occupation = await admin.query('SELECT category, contact_attempt_id FROM occupation WHERE id = $1', [
        occupationId,
      ]);
      expect(occupation.rows).toEqual([{ category: 'WORK', contact_attempt_id: null }]);
      const [proof] = await proofs(RetentionClass.CONTACT_ATTEMPT);
      const archive = JSON.parse(await archiveText(proof?.archive_file_id ?? '')) as {
        recordClass: string;
        rows: Array<{ id: string; young_person_id: string }>;
      };
      expect(archive.recordClass).toBe('CONTACT_ATTEMPT');
      expect(archive.rows.map((r) => [r.id, r.young_person_id])).toEqual([[contacts.closed, people.closed]]);
    });

    it('disposes the case that ended on the cutoff’s day once that day is over, unless a legal hold names it', async () => {
      clock.set(new Date(clock.now().getTime() + DAY));
      try {
        await inTx(() => service.setLegalHold(adminActor, abilityOf(adminActor), people.edge, 'Tillsyn pågår'));
        expect(await service.dryRun(municipalityId)).toEqual([
          { recordClass: 'CONTACT_ATTEMPT', count: 0 },
          { recordClass: 'MEASURE', count: 0 },
        ]);
        await inTx(() =>
          service.liftLegalHold(adminActor, abilityOf(adminActor), people.edge, 'Tillsynen är avslutad'),
        );
        expect(await dispose()).toEqual([
          { recordClass: 'CONTACT_ATTEMPT', count: 1 },
          { recordClass: 'MEASURE', count: 0 },
        ]);
        expect(await ids('contact_attempt')).not.toContain(contacts.edge);
      } finally {
        clock.set(new Date(clock.now().getTime() - DAY));
      }
    });
  });

  describe('legal hold (signals)', () => {
    const signals = { ofHeld: randomUUID(), ofFree: randomUUID() };

    beforeAll(async () => {
      for (const [id, person] of [
        [signals.ofHeld, held],
        [signals.ofFree, free],
      ] as const) {
        await admin.query(
          `INSERT INTO signal (id, municipality_id, school_id, kind, personal_identity_number, coordination_number,
             young_person_id, occurred_on, hash, created_at, decision, handled_by_id, handled_at)
           VALUES ($1, $2, $3, 'UNEXCUSED_ABSENCE', '200803010000', false, $4, '2022-01-10', $5, $6, 'NO_ACTION', $7, $6)`,
          [id, municipalityId, unitId, person, id.replace(/-/g, '').padEnd(64, '0'), new Date('2022-01-10'), adminId],
        );
      }
    });

    afterAll(async () => {
      await disable(RetentionClass.SIGNAL);
    });

    it('keeps a held young person’s records until the hold is lifted; setting and lifting are audited', async () => {
      await inTx(() => service.setLegalHold(adminActor, abilityOf(adminActor), held, 'Begäran om utlämnande pågår'));
      await expect(
        inTx(() => service.setLegalHold(adminActor, abilityOf(adminActor), held, 'En gång till')),
      ).rejects.toMatchObject({
        code: 'LEGAL_HOLD_EXISTS',
      });
      await expect(
        inTx(() => service.liftLegalHold(adminActor, abilityOf(adminActor), free, 'Inget att häva')),
      ).rejects.toMatchObject({
        code: 'LEGAL_HOLD_NOT_FOUND',
      });
      await enable(RetentionClass.SIGNAL, 2);
      expect(await service.dryRun(municipalityId)).toEqual([{ recordClass: 'SIGNAL', count: 1 }]);
      expect(await dispose()).toEqual([{ recordClass: 'SIGNAL', count: 1 }]);
      expect((await admin.query('SELECT id FROM signal')).rows).toEqual([{ id: signals.ofHeld }]);

      const lifted = await inTx(() =>
        service.liftLegalHold(adminActor, abilityOf(adminActor), held, 'Utlämnandet är avslutat'),
      );
      expect(lifted.liftedAt).not.toBeNull();
      expect(await dispose()).toEqual([{ recordClass: 'SIGNAL', count: 1 }]);
      expect(await count('SELECT count(*) AS n FROM signal')).toBe(0);
      const actions = (
        await admin.query<{ action: string; subject_id: string }>(
          `SELECT action, subject_id FROM audit_event
            WHERE action LIKE 'retention.legal-hold.%' AND subject_id = ANY($1) ORDER BY seq`,
          [[held, free]],
        )
      ).rows;
      expect(actions).toEqual([
        { action: 'retention.legal-hold.set', subject_id: held },
        { action: 'retention.legal-hold.lift', subject_id: held },
      ]);
      // Held again for the chains below.
      await inTx(() => service.setLegalHold(adminActor, abilityOf(adminActor), held, 'Tillsynsärende hos IVO'));
    });
  });

  describe('the chains', () => {
    // A municipality of its own, whose chains start with old rows.
    const other = randomUUID();
    const heldThere = randomUUID();
    const otherActor = { ...adminActor, municipalityId: other };
    const hashes = new Map<string, string>();

    // Appends a chain row at a chosen time, hashed as the writers hash it.
    const append = async (table: 'audit_event' | 'access_log', occurredAt: Date, person: string) => {
      const tail = (
        await admin.query<{ seq: string; hash: string }>(
          `SELECT seq, hash FROM ${table} WHERE municipality_id = $1 ORDER BY seq DESC LIMIT 1`,
          [other],
        )
      ).rows[0];
      const prevHash = tail?.hash ?? GENESIS_HASH;
      const seq = (BigInt(tail?.seq ?? '0') + 1n).toString();
      if (table === 'audit_event') {
        const fields = {
          municipalityId: other,
          seq,
          occurredAt,
          actorUserId: adminId,
          actorRole: 'ADMIN',
          actorOrganizationId: unitId,
          action: 'young_person.update',
          subjectType: 'YoungPerson',
          subjectId: person,
          summary: { fields: ['phone'] },
          requestId: null,
        };
        const hash = chainHash(prevHash, fields);
        await admin.query(
          `INSERT INTO audit_event (municipality_id, seq, occurred_at, actor_user_id, actor_role, actor_organization_id,
             action, subject_type, subject_id, summary, request_id, prev_hash, hash)
           VALUES ($1, $2, $3, $4, 'ADMIN', $5, $6, 'YoungPerson', $7, $8, NULL, $9, $10)`,
          [
            other,
            seq,
            occurredAt,
            adminId,
            unitId,
            fields.action,
            person,
            JSON.stringify(fields.summary),
            prevHash,
            hash,
          ],
        );
        hashes.set(`${table}:${seq}`, hash);
        return seq;
      }
      const fields = {
        municipalityId: other,
        seq,
        occurredAt,
        userId: adminId,
        role: 'COORDINATOR',
        organizationId: unitId,
        youngPersonIds: [person],
        // The column's default for a row that does not name its kind.
        subjectKind: 'YOUNG_PERSON',
        schoolPupilIds: [],
        categories: ['IDENTITY'],
        ground: 'CASELOAD',
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
        operation: 'query youngPerson',
        requestId: null,
      };
      const hash = accessChainHash(prevHash, fields);
      await admin.query(
        `INSERT INTO access_log (municipality_id, seq, occurred_at, user_id, role, organization_id, young_person_ids,
           categories, ground, consent_ids, emergency_access_id, disclosure_id, operation, request_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, 'COORDINATOR', $5, ARRAY[$6]::uuid[], ARRAY['IDENTITY'], 'CASELOAD', '{}', NULL, NULL,
                 'query youngPerson', NULL, $7, $8)`,
        [other, seq, occurredAt, adminId, unitId, person, prevHash, hash],
      );
      hashes.set(`${table}:${seq}`, hash);
      return seq;
    };
    const cutoff = () => cutoffOf(clock.now(), 2);
    const daysFromCutoff = (days: number) => new Date(cutoff().getTime() + days * DAY);
    const disposeOther = () =>
      inTx(() => service.disposeAll(other, { actor: otherActor, trigger: DisposalTrigger.USER }));
    const chainOf = async (verify: typeof verifyAuditChains) =>
      (await verify(db.adminUrl)).chains.find((chain) => chain.municipalityId === other);

    beforeAll(async () => {
      await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, '1499', 'Arkivkommun')`, [other]);
      await admin.query(
        `INSERT INTO young_person (id, municipality_id, personal_identity_number, coordination_number, date_of_birth,
           given_name, family_name) VALUES ($1, $2, $3, false, '2008-03-01', 'Vendela', 'Gallrén')`,
        [heldThere, other, makeIdentityNumber('2008-03-01', 61)],
      );
      // seq 1-3 old, 4 old but about the held young person, 5 a day past the limit, 6 at the limit,
      // 7 a day younger than the limit.
      for (const [table] of [['audit_event'], ['access_log']] as const) {
        for (const days of [-400, -300, -200]) await append(table, daysFromCutoff(days), free);
        await append(table, daysFromCutoff(-100), heldThere);
        await append(table, daysFromCutoff(-1), free);
        await append(table, daysFromCutoff(0), free);
        await append(table, daysFromCutoff(1), free);
      }
    });

    it('disposes an audit-trail prefix, stopping at a held row and at the limit; audit:verify passes', async () => {
      await inTx(() => service.setLegalHold(otherActor, abilityOf(otherActor), heldThere, 'Tvist om utlämnande pågår'));
      // Setting the hold wrote audit row 8 (now, young).
      for (const recordClass of [RetentionClass.AUDIT_EVENT]) {
        await inTx(() => service.setRule(otherActor, { recordClass, enabled: true, keepYears: 2, version: 0 }));
      }
      expect(await service.dryRun(other)).toEqual([{ recordClass: 'AUDIT_EVENT', count: 3 }]);
      const anchorAtTwo = makeAnchor(
        [{ table: 'audit_event', municipalityId: other, seq: '2', hash: hashes.get('audit_event:2') ?? '' }],
        clock.now(),
      );
      expect(await disposeOther()).toEqual([{ recordClass: 'AUDIT_EVENT', count: 3 }]);
      expect(await count('SELECT min(seq) AS n FROM audit_event WHERE municipality_id = $1', [other])).toBe(4);
      const [proof] = (
        await admin.query<{ through_seq: string; disposed_count: number; archive_sha256: string }>(
          `SELECT * FROM disposal WHERE municipality_id = $1`,
          [other],
        )
      ).rows;
      expect(proof).toMatchObject({ through_seq: '3', disposed_count: 3 });
      expect(
        (await admin.query(`SELECT through_seq, hash FROM chain_checkpoint WHERE municipality_id = $1`, [other])).rows,
      ).toEqual([{ through_seq: '3', hash: hashes.get('audit_event:3') }]);

      const result = await verifyAuditChains(db.adminUrl);
      expect(result.breaks).toEqual([]);
      expect(await chainOf(verifyAuditChains)).toMatchObject({ startsAfterSeq: '3', rows: 7 - 3 + 3 });
      // An anchor naming a disposed head is covered by the checkpoint; one naming the checkpoint's
      // own position with another hash is a rewrite.
      expect(await checkAgainstAnchor(db.adminUrl, anchorAtTwo)).toEqual([]);
      const forged = makeAnchor(
        [{ table: 'audit_event', municipalityId: other, seq: '3', hash: 'f'.repeat(64) }],
        clock.now(),
      );
      expect(await checkAgainstAnchor(db.adminUrl, forged)).toMatchObject([{ reason: 'rewritten', anchoredSeq: '3' }]);

      // Lifting the hold lets the next run go on to the row before the limit (seq 5).
      await inTx(() => service.liftLegalHold(otherActor, abilityOf(otherActor), heldThere, 'Tvisten är avgjord nu'));
      expect(await disposeOther()).toEqual([{ recordClass: 'AUDIT_EVENT', count: 2 }]);
      expect(await count('SELECT min(seq) AS n FROM audit_event WHERE municipality_id = $1', [other])).toBe(6);
      expect((await verifyAuditChains(db.adminUrl)).breaks).toEqual([]);
      expect(await chainOf(verifyAuditChains)).toMatchObject({ startsAfterSeq: '5' });
      // Idempotent: nothing more is old enough.
      expect(await disposeOther()).toEqual([{ recordClass: 'AUDIT_EVENT', count: 0 }]);
      // The row at the limit goes once the clock moves a day on (the one a day younger stays).
      clock.set(new Date(clock.now().getTime() + DAY));
      try {
        expect(await service.dryRun(other)).toEqual([{ recordClass: 'AUDIT_EVENT', count: 1 }]);
      } finally {
        clock.set(new Date(clock.now().getTime() - DAY));
      }
    });

    it('still refuses ordinary deletes, a head disposal and a disposal without proof', async () => {
      const app = new Client({ connectionString: db.adminUrl });
      await app.connect();
      try {
        await app.query(`SET ROLE ${TEST_ROLES.app}`);
        await expect(
          app.query('DELETE FROM audit_event WHERE municipality_id = $1 AND seq = 6', [other]),
        ).rejects.toThrow(/permission denied/);
        await expect(
          app.query(`SELECT * FROM retention_dispose_chain_prefix('audit_event', $1, 6, $2, now())`, [
            other,
            randomUUID(),
          ]),
        ).rejects.toThrow(/no proof of disposal/);
      } finally {
        await app.end();
      }
      // The superuser and the owner too: the trigger refuses a delete outside a disposal...
      await expect(
        admin.query('DELETE FROM audit_event WHERE municipality_id = $1 AND seq = 6', [other]),
      ).rejects.toThrow(/append-only/);
      // ...and a delete past the checkpoint even with the disposal's setting.
      await admin.query('BEGIN');
      try {
        await admin.query(`SELECT set_config('brygga.chain_disposal', 'audit_event:' || $1, true)`, [other]);
        await expect(
          admin.query('DELETE FROM audit_event WHERE municipality_id = $1 AND seq = 6', [other]),
        ).rejects.toThrow(/append-only/);
      } finally {
        await admin.query('ROLLBACK');
      }
      // The newest row is never disposed, even with a proof.
      const head = await count('SELECT max(seq) AS n FROM audit_event WHERE municipality_id = $1', [other]);
      await admin.query('BEGIN');
      try {
        const proofId = randomUUID();
        await admin.query(
          `INSERT INTO disposal (id, municipality_id, record_class, keep_years, cutoff, disposed_count, oldest_at, newest_at,
             through_seq, archive_file_id, archive_sha256, trigger, disposed_at)
           VALUES ($1, $2, 'AUDIT_EVENT', 2, now(), 1, now(), now(), $3, $4, $5, 'USER', now())`,
          [proofId, other, head, randomUUID(), 'a'.repeat(64)],
        );
        await expect(
          admin.query(`SELECT * FROM retention_dispose_chain_prefix('audit_event', $1, $2, $3, now())`, [
            other,
            head,
            proofId,
          ]),
        ).rejects.toThrow(/newest row of a chain is never disposed/);
      } finally {
        await admin.query('ROLLBACK');
      }
      // A proof whose cutoff the prefix's rows are not older than is refused too.
      await admin.query('BEGIN');
      try {
        const proofId = randomUUID();
        await admin.query(
          `INSERT INTO disposal (id, municipality_id, record_class, keep_years, cutoff, disposed_count, oldest_at, newest_at,
             through_seq, archive_file_id, archive_sha256, trigger, disposed_at)
           VALUES ($1, $2, 'AUDIT_EVENT', 2, '2000-01-01', 1, now(), now(), $3, $4, $5, 'USER', now())`,
          [proofId, other, head - 1, randomUUID(), 'a'.repeat(64)],
        );
        await expect(
          admin.query(`SELECT * FROM retention_dispose_chain_prefix('audit_event', $1, $2, $3, now())`, [
            other,
            head - 1,
            proofId,
          ]),
        ).rejects.toThrow(/younger than the rule/);
      } finally {
        await admin.query('ROLLBACK');
      }
    });

    it('disposes an access-log prefix through the scheduled job; audit:verify passes', async () => {
      await inTx(() => service.setLegalHold(otherActor, abilityOf(otherActor), heldThere, 'Ny begäran om utlämnande'));
      await inTx(() =>
        service.setRule(otherActor, {
          recordClass: RetentionClass.ACCESS_LOG,
          enabled: true,
          keepYears: 2,
          version: 0,
        }),
      );
      const counts = await service.runScheduled();
      expect(counts).toEqual([
        { recordClass: 'ACCESS_LOG', count: 3 },
        { recordClass: 'AUDIT_EVENT', count: 0 },
      ]);
      expect(
        (await admin.query<{ status: string }>(`SELECT status FROM job_run WHERE job = $1`, [RETENTION_JOB])).rows.map(
          (r) => r.status,
        ),
      ).toEqual(['SUCCEEDED']);
      expect((await verifyAccessChains(db.adminUrl)).breaks).toEqual([]);
      expect(await chainOf(verifyAccessChains)).toMatchObject({ startsAfterSeq: '3', rows: 4 });
      const [proof] = (
        await admin.query<{ archive_file_id: string; archive_sha256: string }>(
          `SELECT * FROM disposal WHERE municipality_id = $1 AND record_class = 'ACCESS_LOG'`,
          [other],
        )
      ).rows;
      const archive = JSON.parse(await archiveText(proof?.archive_file_id ?? '')) as {
        rows: Array<{ seq: number; hash: string }>;
      };
      expect(archive.rows.map((row) => [String(row.seq), row.hash])).toEqual(
        ['1', '2', '3'].map((seq) => [seq, hashes.get(`access_log:${seq}`)]),
      );
    });

    it('still finds a row deleted in the middle of a disposed chain', async () => {
      await admin.query('BEGIN');
      await admin.query(`SET LOCAL session_replication_role = replica`);
      await admin.query('DELETE FROM audit_event WHERE municipality_id = $1 AND seq = 7', [other]);
      await admin.query('DELETE FROM access_log WHERE municipality_id = $1 AND seq = 5', [other]);
      await admin.query('COMMIT');
      expect((await chainOf(verifyAuditChains))?.break).toMatchObject({ seq: '8', reason: 'seq-gap' });
      expect((await chainOf(verifyAccessChains))?.break).toMatchObject({ seq: '6', reason: 'seq-gap' });
    });
  });
});
