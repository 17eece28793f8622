import { createHash, randomUUID } from 'node:crypto';

import request from 'supertest';

import { Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register } from '../support/young-people';

const SET_HOLD = `mutation ($input: LegalHoldInput!) { setLegalHold(input: $input) { id youngPersonId liftedAt } }`;
const LIFT_HOLD = `mutation ($input: LegalHoldInput!) { liftLegalHold(input: $input) { id youngPersonId liftedAt liftReason } }`;
const HOLDS = `{ legalHolds { youngPersonId reason liftedAt } }`;
const SET_RULE = `mutation ($input: SetRetentionRuleInput!) { setRetentionRule(input: $input) { version } }`;
const RUN = `mutation { runRetentionDisposal { recordClass count } }`;
const DISPOSALS = `{ disposals { id recordClass disposedCount archiveSha256 archiveFileName archiveExpiresAt archiveAvailable } }`;

const DAY = 86_400_000;
const YEAR = 365 * DAY;

interface DisposalRow {
  id: string;
  recordClass: string;
  disposedCount: number;
  archiveSha256: string;
  archiveFileName: string | null;
  archiveExpiresAt: string | null;
  archiveAvailable: boolean;
}

// Legal holds across KAA units and municipalities (each team lead holds, lifts and lists only the
// young people of their own unit; the admin the whole municipality; another municipality nothing),
// and a disposal's archive file downloaded by the admin: audited, access-logged on the ARCHIVE
// ground for the young people in it, its SHA-256 that of the proof, refused to everyone else, and
// answered RETENTION_ARCHIVE_EXPIRED after its keeping time.
describe('retention: legal holds across units and archive downloads (e2e)', () => {
  let t: TestApi;
  const clock = new ManualClock();
  const users = {} as Record<
    'admin' | 'lead' | 'otherLead' | 'coordinator' | 'otherCoordinator' | 'foreignAdmin' | 'foreignLead',
    TestUser
  >;
  type Who = keyof typeof users;
  const tokens = {} as Record<Who, string>;
  let municipalityId = '';
  let person = '';
  let otherPerson = '';

  const signIn = async () => {
    for (const w of Object.keys(users) as Who[]) tokens[w] = await t.login(users[w]);
  };
  const gql = <T>(query: string, variables: Record<string, unknown>, w: Who) =>
    t.graphql<T>(query, variables, tokens[w]);
  const ok = async <T>(query: string, variables: Record<string, unknown>, w: Who): Promise<T> => {
    const res = await gql<T>(query, variables, w);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const holds = async (w: Who) => (await ok<{ legalHolds: Array<Record<string, unknown>> }>(HOLDS, {}, w)).legalHolds;
  const auditCount = async (action: string) =>
    Number(
      (await t.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_event WHERE action = $1', [action])).rows[0]
        ?.n,
    );
  const download = (disposalId: string, w?: Who) => {
    const req = request(t.url)
      .get(`/retention/archives/${disposalId}`)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });
    return w ? req.set('authorization', `Bearer ${tokens[w]}`) : req;
  };

  beforeAll(async () => {
    clock.set(new Date());
    t = await startTestApi({ clock });
    const m = await t.factories.municipality();
    municipalityId = m.id;
    const unit = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const otherUnit = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    users.admin = await t.factories.user(await t.factories.organization(m.id, OrganizationKind.MANAGEMENT), Role.ADMIN);
    users.lead = await t.factories.user(unit, Role.TEAM_LEAD);
    users.otherLead = await t.factories.user(otherUnit, Role.TEAM_LEAD);
    users.coordinator = await t.factories.user(unit, Role.COORDINATOR);
    users.otherCoordinator = await t.factories.user(otherUnit, Role.COORDINATOR);
    const b = await t.factories.municipality();
    users.foreignAdmin = await t.factories.user(
      await t.factories.organization(b.id, OrganizationKind.MANAGEMENT),
      Role.ADMIN,
    );
    users.foreignLead = await t.factories.user(await t.factories.organization(b.id), Role.TEAM_LEAD);
    await signIn();
    person = (await register(t, tokens.coordinator, { givenName: 'Hållen', familyName: 'Enhetsson' })).id;
    otherPerson = (await register(t, tokens.otherCoordinator, { givenName: 'Annan', familyName: 'Enhetsson' })).id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lets each team lead hold, list and lift only their own unit’s young people; the admin all of the municipality', async () => {
    const setBefore = await auditCount('retention.legal-hold.set');
    // Another unit's team lead, another municipality's admin and team lead: as if no such person.
    for (const w of ['otherLead', 'foreignAdmin', 'foreignLead'] as const) {
      expect(
        errorCode(await gql(SET_HOLD, { input: { youngPersonId: person, reason: 'Tvist om utlämnande' } }, w)),
      ).toBe('NOT_FOUND');
    }
    expect(await auditCount('retention.legal-hold.set')).toBe(setBefore);
    await ok(SET_HOLD, { input: { youngPersonId: person, reason: 'Tvist om utlämnande' } }, 'lead');
    await ok(SET_HOLD, { input: { youngPersonId: otherPerson, reason: 'Begäran från IVO' } }, 'otherLead');
    expect(await auditCount('retention.legal-hold.set')).toBe(setBefore + 2);

    expect(await holds('lead')).toEqual([{ youngPersonId: person, reason: 'Tvist om utlämnande', liftedAt: null }]);
    expect(await holds('otherLead')).toEqual([
      { youngPersonId: otherPerson, reason: 'Begäran från IVO', liftedAt: null },
    ]);
    expect((await holds('admin')).map((h) => h['youngPersonId']).sort()).toEqual([person, otherPerson].sort());
    expect(await holds('foreignAdmin')).toEqual([]);
    expect(await holds('foreignLead')).toEqual([]);
    expect(errorCode(await gql(HOLDS, {}, 'coordinator'))).toBe('FORBIDDEN');

    // Lifting another unit's hold: not found, and the hold still holds.
    for (const w of ['otherLead', 'foreignAdmin', 'foreignLead'] as const) {
      expect(errorCode(await gql(LIFT_HOLD, { input: { youngPersonId: person, reason: 'Inte min enhet' } }, w))).toBe(
        'NOT_FOUND',
      );
    }
    expect(await holds('lead')).toEqual([expect.objectContaining({ youngPersonId: person, liftedAt: null })]);
    const lifted = await ok<{ liftLegalHold: { youngPersonId: string; liftedAt: string | null; liftReason: string } }>(
      LIFT_HOLD,
      { input: { youngPersonId: person, reason: 'Tvisten är avgjord' } },
      'lead',
    );
    expect(lifted.liftLegalHold).toMatchObject({ youngPersonId: person, liftReason: 'Tvisten är avgjord' });
    expect(lifted.liftLegalHold.liftedAt).not.toBeNull();
    // The admin lifts any hold of the municipality.
    await ok(LIFT_HOLD, { input: { youngPersonId: otherPerson, reason: 'Beslutet har vunnit laga kraft' } }, 'admin');
    expect((await holds('admin')).every((h) => h['liftedAt'] !== null)).toBe(true);
    expect(await auditCount('retention.legal-hold.lift')).toBeGreaterThanOrEqual(2);
  });

  it('hands the admin a disposal’s archive file, audited and access-logged, and refuses everyone else', async () => {
    // The audit rows so far (the registrations among them) are past a 2-year rule three years on.
    await ok(SET_RULE, { input: { recordClass: 'AUDIT_EVENT', enabled: true, keepYears: 2, version: 0 } }, 'admin');
    clock.set(new Date(Date.now() + 3 * YEAR));
    await signIn();
    const run = await ok<{ runRetentionDisposal: Array<{ recordClass: string; count: number }> }>(RUN, {}, 'admin');
    expect(run.runRetentionDisposal.find((c) => c.recordClass === 'AUDIT_EVENT')?.count).toBeGreaterThan(0);
    const { disposals } = await ok<{ disposals: DisposalRow[] }>(DISPOSALS, {}, 'admin');
    // The run's first batch holds the prefix as it was (the registrations among it); a second one
    // the rows written meanwhile.
    const [proof] = disposals
      .filter((d) => d.recordClass === 'AUDIT_EVENT')
      .sort((x, y) => y.disposedCount - x.disposedCount);
    if (!proof) throw new Error('no proof of the audit trail’s disposal');
    expect(proof).toMatchObject({
      archiveAvailable: true,
      archiveFileName: expect.stringMatching(/^gallring-audit_event-\d{4}-\d{2}-\d{2}\.json$/) as unknown,
    });
    expect(new Date(proof.archiveExpiresAt ?? 0).getTime()).toBeGreaterThan(clock.now().getTime() + 89 * DAY);

    // Refused: no token, the team leads and coordinators (no such right), another municipality's
    // admin (not theirs: the same answer as a disposal that does not exist), ids that are none.
    expect((await download(proof.id)).status).toBe(401);
    for (const w of ['lead', 'coordinator'] as const) {
      const refused = await download(proof.id, w);
      expect([refused.status, (JSON.parse((refused.body as Buffer).toString()) as { code: string }).code]).toEqual([
        403,
        'FORBIDDEN',
      ]);
    }
    for (const id of [proof.id, randomUUID(), 'not-a-uuid']) {
      const missing = await download(id, id === proof.id ? 'foreignAdmin' : 'admin');
      expect([missing.status, (JSON.parse((missing.body as Buffer).toString()) as { code: string }).code]).toEqual([
        404,
        'NOT_FOUND',
      ]);
    }
    expect(await auditCount('retention.archive.download')).toBe(0);

    const res = await download(proof.id, 'admin');
    expect(res.status).toBe(200);
    const body = res.body as Buffer;
    expect(createHash('sha256').update(body).digest('hex')).toBe(proof.archiveSha256);
    expect(res.headers['x-archive-sha256']).toBe(proof.archiveSha256);
    expect(res.headers['content-disposition']).toContain(proof.archiveFileName ?? '');
    const archive = JSON.parse(body.toString('utf8')) as {
      format: string;
      rows: Array<{ subject_type: string; subject_id: string | null }>;
    };
    expect(archive.format).toBe('brygga-retention-archive/1');
    const named = [
      ...new Set(archive.rows.filter((r) => r.subject_type === 'YoungPerson').map((r) => r.subject_id ?? '')),
    ].sort();
    expect(named).toEqual(expect.arrayContaining([person]));

    // Audited (who, which proof, which file) and access-logged for every young person in the file.
    const audit = await t.pool.query<{ actor_user_id: string; subject_id: string; summary: Record<string, unknown> }>(
      `SELECT actor_user_id, subject_id, summary FROM audit_event WHERE action = 'retention.archive.download'`,
    );
    expect(audit.rows).toEqual([
      {
        actor_user_id: users.admin.id,
        subject_id: proof.id,
        summary: expect.objectContaining({ sha256: proof.archiveSha256, youngPeople: named.length }) as unknown,
      },
    ]);
    const logged = await t.pool.query<{ user_id: string; ids: string[]; operation: string }>(
      `SELECT user_id, young_person_ids AS ids, operation FROM access_log WHERE ground = 'ARCHIVE' AND municipality_id = $1`,
      [municipalityId],
    );
    expect(logged.rows).toEqual([{ user_id: users.admin.id, ids: named, operation: 'GET /retention/archives/:id' }]);
  });

  it('refuses a file whose stored bytes no longer match the proof, logging nothing as read', async () => {
    const { disposals } = await ok<{ disposals: DisposalRow[] }>(DISPOSALS, {}, 'admin');
    const proof = disposals.find((d) => d.recordClass === 'AUDIT_EVENT' && d.archiveAvailable);
    if (!proof) throw new Error('no proof');
    const fileOf = await t.pool.query<{ archive_file_id: string }>(
      'SELECT archive_file_id FROM disposal WHERE id = $1',
      [proof.id],
    );
    const fileId = fileOf.rows[0]?.archive_file_id;
    // The same length, still valid JSON, the recorded hash untouched: only the bytes differ.
    const tamper = (from: string, to: string) =>
      t.pool.query(
        `UPDATE stored_file_chunk SET data = convert_to(replace(convert_from(data, 'UTF8'), $2, $3), 'UTF8')
          WHERE file_id = $1 AND seq = 0`,
        [fileId, from, to],
      );
    const downloadsBefore = await auditCount('retention.archive.download');
    const loggedBefore = await t.pool.query(`SELECT 1 FROM access_log WHERE ground = 'ARCHIVE'`);
    await tamper('brygga-retention-archive/1', 'brygga-retention-archive/2');
    try {
      expect((await download(proof.id, 'admin')).status).toBe(500);
    } finally {
      await tamper('brygga-retention-archive/2', 'brygga-retention-archive/1');
    }
    expect(await auditCount('retention.archive.download')).toBe(downloadsBefore);
    expect((await t.pool.query(`SELECT 1 FROM access_log WHERE ground = 'ARCHIVE'`)).rowCount).toBe(
      loggedBefore.rowCount,
    );
    expect((await download(proof.id, 'admin')).status).toBe(200);
  });

  it('answers RETENTION_ARCHIVE_EXPIRED after the keeping time, also once the file is deleted', async () => {
    const { disposals } = await ok<{ disposals: DisposalRow[] }>(DISPOSALS, {}, 'admin');
    const [proof] = disposals
      .filter((d) => d.recordClass === 'AUDIT_EVENT')
      .sort((x, y) => y.disposedCount - x.disposedCount);
    if (!proof) throw new Error('no proof');
    clock.set(new Date(clock.now().getTime() + 91 * DAY));
    await signIn();
    const downloadsBefore = await auditCount('retention.archive.download');
    const expired = await download(proof.id, 'admin');
    expect(expired.status).toBe(410);
    expect(JSON.parse((expired.body as Buffer).toString())).toMatchObject({
      code: 'RETENTION_ARCHIVE_EXPIRED',
      details: { disposalId: proof.id, sha256: proof.archiveSha256 },
    });
    const listed = (await ok<{ disposals: DisposalRow[] }>(DISPOSALS, {}, 'admin')).disposals.find(
      (d) => d.id === proof.id,
    );
    expect(listed).toMatchObject({ archiveAvailable: false, archiveSha256: proof.archiveSha256 });

    // The expiry job's delete: the proof stays, the file is gone, the answer the same.
    await t.pool.query(`DELETE FROM stored_file WHERE purpose = 'RETENTION_ARCHIVE' AND municipality_id = $1`, [
      municipalityId,
    ]);
    const gone = await download(proof.id, 'admin');
    expect([gone.status, (JSON.parse((gone.body as Buffer).toString()) as { code: string }).code]).toEqual([
      410,
      'RETENTION_ARCHIVE_EXPIRED',
    ]);
    expect(
      (await ok<{ disposals: DisposalRow[] }>(DISPOSALS, {}, 'admin')).disposals.find((d) => d.id === proof.id),
    ).toMatchObject({ archiveAvailable: false, archiveFileName: null, archiveExpiresAt: null });
    expect(await auditCount('retention.archive.download')).toBe(downloadsBefore);
  });
});
