import { createHash } from 'node:crypto';

import request from 'supertest';

import { Role } from '@app/core/authz';
import { TEST_ROLES } from '@app/core/testing';
import { OrganizationKind } from '@app/organizations';
import { halfYearOf } from '@app/scb-kaa';

import type { TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today, type YoungPersonView } from '../support/young-people';

interface Issue {
  code: string;
  severity: string;
  message: string;
  date: string | null;
}
interface Validation {
  population: number;
  peopleWithErrors: number;
  errorCount: number;
  valid: boolean;
  codeTableVersion: string;
  people: Array<{ youngPersonId: string; givenName: string; familyName: string; issues: Issue[] }>;
  peopleWithErrorsOutsideAccess: number;
  files: Array<{ id: string; sequence: number; current: boolean }>;
}
interface ScbFile {
  id: string;
  period: string;
  sequence: number;
  fileId: string | null;
  downloadable: boolean;
  fileName: string;
  byteSize: number;
  sha256: string;
  codeTableVersion: string;
  counts: { people: number; registrations: number; contacts: number };
  producedById: string;
  producedByName: string | null;
  replacesId: string | null;
  current: boolean;
}

const VALIDATE = `query ($input: ScbKaaPeriodInput!) { scbKaaValidation(input: $input) {
  population peopleWithErrors errorCount valid codeTableVersion peopleWithErrorsOutsideAccess
  people { youngPersonId givenName familyName issues { code severity message date } }
  files { id sequence current } } }`;
const FILE_FIELDS = `id period sequence fileId downloadable fileName byteSize sha256 codeTableVersion
  counts { people registrations contacts } producedById producedByName replacesId current`;
const PRODUCE = `mutation ($input: ProduceScbKaaFileInput!) { produceScbKaaFile(input: $input) { ${FILE_FIELDS} } }`;
const QUALITY = `query ($input: ScbKaaPeriodInput!) { scbKaaDataQuality(input: $input) { population
  occupationUnknown { count percent outsideAccess people { youngPersonId issues { code } } }
  noContact { count percent outsideAccess people { youngPersonId } }
  missingFields { count percent outsideAccess people { youngPersonId issues { code } } } } }`;

// The statutory half-year file for SCB (issue 18) over HTTP: validate → produce → download →
// a second file for the same half-year needs confirmation, with the history kept.
describe('SCB KAA file', () => {
  let t: TestApi;
  let teamLead: TestUser;
  let municipalityCode: string;
  const tokens: Record<string, string> = {};
  const people: YoungPersonView[] = [];
  let incomplete: YoungPersonView;
  let uncontacted: YoungPersonView;
  const period = halfYearOf(today()).key;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    municipalityCode = (await t.pool.query<{ code: string }>('SELECT code FROM municipality WHERE id = $1', [m.id]))
      .rows[0].code;
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    teamLead = await t.factories.user(kaa, Role.TEAM_LEAD);
    tokens.coordinator = await t.login(coordinator);
    tokens.colleague = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.teamLead = await t.login(teamLead);
    tokens.leadership = await t.login(await t.factories.user(management, Role.LEADERSHIP));
    for (let i = 0; i < 3; i += 1) {
      people.push(await register(t, tokens.coordinator, { givenName: `Ung${i}`, familyName: 'Komplett' }));
    }
    incomplete = await register(t, tokens.coordinator, {
      givenName: 'Ofullständig',
      familyName: 'Orsak',
      enrollment: {
        registeredOn: today(),
        reason: 'OTHER',
        eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
      },
    });
    uncontacted = await register(t, tokens.coordinator, { givenName: 'Okontaktad', familyName: 'Ung' });
    for (const person of [...people, incomplete]) {
      const res = await t.graphql(
        'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
        {
          input: {
            youngPersonId: person.id,
            channel: 'PHONE',
            occurredAt: new Date().toISOString(),
            outcome: 'REACHED',
            occupationLearned: 'WORK',
          },
        },
        tokens.coordinator,
      );
      expect(res.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  const validate = (token: string, p = period) =>
    t.graphql<{ scbKaaValidation: Validation }>(VALIDATE, { input: { period: p } }, token);
  const produce = (confirmReplace?: boolean, token = tokens.teamLead) =>
    t.graphql<{ produceScbKaaFile: ScbFile }>(PRODUCE, { input: { period, confirmReplace } }, token);
  const download = (fileId: string, token: string) =>
    request(t.url)
      .get(`/files/${fileId}`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, done) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () => done(null, Buffer.concat(parts)));
      });

  it('reports the deliberately incomplete record with a clear message and a link target, and refuses to produce', async () => {
    const res = await validate(tokens.teamLead);
    expect(res.errors).toBeUndefined();
    const v = res.data!.scbKaaValidation;
    expect(v).toMatchObject({ population: 5, peopleWithErrors: 1, errorCount: 1, valid: false });
    expect(v.codeTableVersion).toBe('KAA-2018H2');
    expect(v.people).toHaveLength(1);
    expect(v.people[0]).toMatchObject({ youngPersonId: incomplete.id, givenName: 'Ofullständig', familyName: 'Orsak' });
    expect(v.people[0].issues[0]).toEqual({
      code: 'REGISTRATION_REASON_MISSING',
      severity: 'ERROR',
      message: "The reason for registration has no code in SCB's list for the period: choose one of SCB's reasons",
      date: today(),
    });
    const refused = await produce();
    expect(errorCode(refused)).toBe('SCB_FILE_INVALID');
    expect(refused.errors?.[0].extensions).toMatchObject({ details: { people: 1, errors: 1 } });
    expect((await t.pool.query('SELECT 1 FROM scb_kaa_file')).rowCount).toBe(0);
  });

  it('lists only the young people the caller may read, and logs the read with its ground', async () => {
    const own = (await validate(tokens.coordinator)).data!.scbKaaValidation;
    expect(own.people.map((p) => p.youngPersonId)).toEqual([incomplete.id]);
    const colleague = (await validate(tokens.colleague)).data!.scbKaaValidation;
    expect(colleague.people).toEqual([]);
    expect(colleague.peopleWithErrorsOutsideAccess).toBe(1);
    expect(colleague.peopleWithErrors).toBe(1);
    const logged = await t.pool.query<{ ground: string; role: string }>(
      `SELECT ground, role FROM access_log WHERE operation LIKE '%scbKaaValidation%' AND $1 = ANY(young_person_ids)
        ORDER BY seq`,
      [incomplete.id],
    );
    expect(logged.rows.map((r) => [r.role, r.ground])).toEqual(
      expect.arrayContaining([
        ['TEAM_LEAD', 'UNIT'],
        ['COORDINATOR', 'CASELOAD'],
      ]),
    );
  });

  it('refuses the roles outside the KAA unit, and a period that is not a half-year SCB collects', async () => {
    expect(errorCode(await validate(tokens.leadership))).toBe('FORBIDDEN');
    expect(errorCode(await produce(undefined, tokens.coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await validate(tokens.teamLead, '2014H2'))).toBe('SCB_PERIOD_INVALID');
    expect(errorCode(await validate(tokens.teamLead, '2026H3'))).toBe('BAD_USER_INPUT');
  });

  it('gives the data-quality shares and lists', async () => {
    const res = await t.graphql<{
      scbKaaDataQuality: {
        population: number;
        occupationUnknown: { count: number; percent: number };
        noContact: { count: number; percent: number; people: Array<{ youngPersonId: string }> };
        missingFields: { count: number; people: Array<{ youngPersonId: string; issues: Array<{ code: string }> }> };
      };
    }>(QUALITY, { input: { period } }, tokens.coordinator);
    expect(res.errors).toBeUndefined();
    const q = res.data!.scbKaaDataQuality;
    expect(q.population).toBe(5);
    expect(q.noContact).toMatchObject({ count: 1, percent: 20 });
    expect(q.noContact.people.map((p) => p.youngPersonId)).toEqual([uncontacted.id]);
    expect(q.missingFields.count).toBe(1);
    expect(q.missingFields.people[0].issues.map((i) => i.code)).toEqual(['REGISTRATION_REASON_MISSING']);
    expect(q.occupationUnknown.count).toBeGreaterThanOrEqual(1);
  });

  it('lets the coordinator correct the reason in the app, audited, and no one without access', async () => {
    const CORRECT = `mutation ($input: CorrectRegistrationReasonInput!) {
      correctRegistrationReason(input: $input) { id registrationReason version } }`;
    const registration = async () =>
      (
        await t.graphql<{
          youngPerson: { enrollments: Array<{ id: string; version: number; registrationReason: string }> };
        }>(
          'query ($id: ID!) { youngPerson(id: $id) { enrollments { id version registrationReason } } }',
          { id: incomplete.id },
          tokens.coordinator,
        )
      ).data!.youngPerson.enrollments[0];
    const before = await registration();
    expect(before.registrationReason).toBe('OTHER');
    const correct = (input: Record<string, unknown>, token = tokens.coordinator) =>
      t.graphql<{ correctRegistrationReason: { registrationReason: string; version: number } }>(
        CORRECT,
        { input: { enrollmentId: before.id, version: before.version, ...input } },
        token,
      );
    // The reason it already has, a reason that is none, an old version, someone else's young person,
    // and a role that never changes the register are refused, each with its own code.
    expect(errorCode(await correct({ reason: 'OTHER' }))).toBe('KAA_REASON_UNCHANGED');
    expect(errorCode(await correct({ reason: 'BORED' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await correct({ reason: 'DROPPED_OUT', version: before.version + 1 }))).toBe('CONFLICT');
    expect(errorCode(await correct({ reason: 'DROPPED_OUT' }, tokens.colleague))).toBe('NOT_FOUND');
    expect(errorCode(await correct({ reason: 'DROPPED_OUT' }, tokens.leadership))).toBe('FORBIDDEN');
    expect((await registration()).registrationReason).toBe('OTHER');

    const auditBefore = await t.factories.auditCount();
    const res = await correct({ reason: 'DROPPED_OUT' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.correctRegistrationReason).toEqual({
      id: before.id,
      registrationReason: 'DROPPED_OUT',
      version: before.version + 1,
    });
    expect(await t.factories.auditCount()).toBe(auditBefore + 1);
    const { rows } = await t.pool.query<{ summary: Record<string, string> }>(
      `SELECT summary FROM audit_event WHERE action = 'kaa_enrollment.reason' AND subject_id = $1`,
      [before.id],
    );
    expect(rows.map((r) => r.summary)).toEqual([{ youngPersonId: incomplete.id, from: 'OTHER', to: 'DROPPED_OUT' }]);
  });

  it('produces the file once fixed, downloadable by the team lead, and keeps who produced it and when', async () => {
    // The reason was corrected in the app (the test above).
    expect((await validate(tokens.teamLead)).data!.scbKaaValidation).toMatchObject({
      valid: true,
      peopleWithErrors: 0,
    });
    const auditBefore = await t.factories.auditCount();
    const res = await produce();
    expect(res.errors).toBeUndefined();
    const file = res.data!.produceScbKaaFile;
    expect(file).toMatchObject({
      period,
      sequence: 1,
      downloadable: true,
      fileName: `KAA_${municipalityCode}_${period}_1.txt`,
      codeTableVersion: 'KAA-2018H2',
      counts: { people: 5, registrations: 5, contacts: 4 },
      producedById: teamLead.id,
      replacesId: null,
      current: true,
    });
    expect(file.producedByName).toBeTruthy();
    expect(await t.factories.auditCount()).toBe(auditBefore + 1);

    const body = await download(file.fileId!, tokens.teamLead);
    expect(body.status).toBe(200);
    const text = (body.body as Buffer).toString('utf8');
    expect(
      createHash('sha256')
        .update(body.body as Buffer)
        .digest('hex'),
    ).toBe(file.sha256);
    expect(file.byteSize).toBe((body.body as Buffer).length);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(9);
    const day = today().replace(/-/g, '');
    const ids = await t.pool.query<{ id: string; pin: string }>(
      'SELECT id, personal_identity_number AS pin FROM young_person WHERE id = ANY($1::uuid[])',
      [[...people, incomplete, uncontacted].map((p) => p.id)],
    );
    // Block 1 for everyone (reason: dropped out, code 2), block 2 for the four reached at work.
    for (const { pin } of ids.rows) expect(lines).toContain(`1;${municipalityCode};${pin};${day};2`);
    expect(lines.filter((l) => l.startsWith('2;'))).toHaveLength(4);
    for (const l of lines.filter((x) => x.startsWith('2;'))) expect(l.endsWith(`;${day};2`)).toBe(true);

    // Coordinators see the history but cannot download; the bulk read is logged on its ground.
    expect((await download(file.fileId!, tokens.coordinator)).status).toBe(404);
    const history = await t.graphql<{ scbKaaFiles: ScbFile[] }>(
      `{ scbKaaFiles { ${FILE_FIELDS} } }`,
      undefined,
      tokens.coordinator,
    );
    expect(history.data!.scbKaaFiles.map((f) => [f.id, f.downloadable])).toEqual([[file.id, false]]);
    const logged = await t.pool.query<{ ids: string[]; categories: string[] }>(
      `SELECT young_person_ids AS ids, categories FROM access_log WHERE ground = 'STATUTORY_REPORT'`,
    );
    expect(logged.rows).toHaveLength(1);
    expect(logged.rows[0].ids).toHaveLength(5);
  });

  it('asks for confirmation before a second file for the half-year, and keeps the history', async () => {
    const refused = await produce();
    expect(errorCode(refused)).toBe('SCB_FILE_REPLACE_NOT_CONFIRMED');
    const first = (await validate(tokens.teamLead)).data!.scbKaaValidation.files;
    expect(first).toHaveLength(1);
    expect(refused.errors?.[0].extensions).toMatchObject({ details: { previousFileId: first[0].id } });
    const second = await produce(true);
    expect(second.errors).toBeUndefined();
    expect(second.data!.produceScbKaaFile).toMatchObject({ sequence: 2, replacesId: first[0].id, current: true });
    const files = (await validate(tokens.teamLead)).data!.scbKaaValidation.files;
    expect(files.map((f) => [f.sequence, f.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    // The history is append-only for the application's role.
    const fileId = second.data!.produceScbKaaFile.fileId!;
    expect((await download(fileId, tokens.teamLead)).status).toBe(200);
    const app = await t.pool.query<{ update: boolean; delete: boolean }>(
      `SELECT has_table_privilege($1, 'scb_kaa_file', 'UPDATE') AS update,
              has_table_privilege($1, 'scb_kaa_file', 'DELETE') AS delete`,
      [TEST_ROLES.app],
    );
    expect(app.rows[0]).toEqual({ update: false, delete: false });
  });
});

// Issue 18's "done when": the SCB file of the demo municipality validates, for the current
// half-year and the two before it (the demo registrations go back 18 months).
describe('SCB KAA file of the demo municipality', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('validates with no errors', async () => {
    const res = await t.graphql<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'teamledare@demo.brygga.se', password: 'brygga-demo-2026' } },
    );
    const token = res.data!.login.accessToken;
    const current = halfYearOf(today());
    const periods = [current.key];
    for (let i = 0; i < 2; i += 1) {
      const last = periods[periods.length - 1];
      const year = Number(last.slice(0, 4));
      periods.push(last.endsWith('H2') ? `${year}H1` : `${year - 1}H2`);
    }
    for (const period of periods) {
      const v = await t.graphql<{ scbKaaValidation: { population: number; valid: boolean; peopleWithErrors: number } }>(
        'query ($input: ScbKaaPeriodInput!) { scbKaaValidation(input: $input) { population valid peopleWithErrors } }',
        { input: { period } },
        token,
      );
      expect(v.errors).toBeUndefined();
      expect({ period, ...v.data!.scbKaaValidation }).toMatchObject({ period, valid: true, peopleWithErrors: 0 });
      if (period === current.key) expect(v.data!.scbKaaValidation.population).toBeGreaterThan(0);
    }
  });
});
