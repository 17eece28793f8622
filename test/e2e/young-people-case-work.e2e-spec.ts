import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today, type YoungPersonView } from '../support/young-people';

const LOG_CONTACT = `mutation ($input: LogContactAttemptInput!) {
  logContactAttempt(input: $input) { id channel outcome occupationLearned performedById occurredAt } }`;
const CHANGE_STATUS = `mutation ($input: ChangeEnrollmentStatusInput!) {
  changeEnrollmentStatus(input: $input) { status version } }`;
const END = `mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { endedOn endReason version } }`;
const UPDATE = `mutation ($input: UpdateYoungPersonInput!) {
  updateYoungPerson(input: $input) { givenName familyName version contact { phone city } guardians { name } } }`;
const RECORD_OCCUPATION = `mutation ($input: RecordOccupationInput!) {
  recordOccupation(input: $input) { kind category validFrom source } }`;
const READ = `query ($id: ID!) { youngPerson(id: $id) {
  lastContactAt version
  enrollment { id status version statusHistory { fromStatus toStatus cause } }
  occupations { kind category source contactAttemptId }
  occupationHistory { kind category }
  latestContact { outcome channel }
  contactAttempts(first: 10) { totalCount nodes { outcome channel occurredAt } } } }`;

interface Record {
  lastContactAt: string | null;
  version: number;
  enrollment: {
    id: string;
    status: string;
    version: number;
    statusHistory: Array<{ fromStatus: string | null; toStatus: string; cause: string }>;
  } | null;
  occupations: Array<{ kind: string; category: string; source: string; contactAttemptId: string | null }>;
  occupationHistory: Array<{ kind: string; category: string }>;
  latestContact: { outcome: string; channel: string } | null;
  contactAttempts: { totalCount: number; nodes: Array<{ outcome: string; channel: string; occurredAt: string }> };
}

// The coordinator's daily work on one young person: contacts that move the registration
// forward, occupations, status changes and ends, all refused cleanly when stale or illegal.
describe('case work on a young person', () => {
  let t: TestApi;
  let coordinator: TestUser;
  let token: string;
  let colleagueToken: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    token = await t.login(coordinator);
    colleagueToken = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function read(id: string): Promise<Record> {
    const res = await t.graphql<{ youngPerson: Record }>(READ, { id }, token);
    if (!res.data?.youngPerson) throw new Error(JSON.stringify(res.errors));
    return res.data.youngPerson;
  }

  function contact(person: YoungPersonView, input: { [key: string]: unknown }) {
    return t.graphql<{ logContactAttempt: { id: string } }>(
      LOG_CONTACT,
      { input: { youngPersonId: person.id, channel: 'PHONE', occurredAt: new Date().toISOString(), ...input } },
      token,
    );
  }

  it('moves the registration forward with each contact attempt and records the occupation learned', async () => {
    const person = await register(t, token);
    const first = await contact(person, { outcome: 'NOT_REACHED', channel: 'TEXT_MESSAGE', occurredAt: hoursAgo(48) });
    expect(first.errors).toBeUndefined();
    expect((await read(person.id)).enrollment?.status).toBe('CONTACT_ATTEMPTED');

    const second = await contact(person, { outcome: 'REACHED', occupationLearned: 'OTHER_ACTIVITY' });
    expect(second.errors).toBeUndefined();
    const after = await read(person.id);
    expect(after.enrollment?.status).toBe('IN_DIALOGUE');
    expect(after.enrollment?.statusHistory.map((s) => [s.fromStatus, s.toStatus, s.cause])).toEqual([
      [null, 'NOT_CONTACTED', 'REGISTRATION'],
      ['NOT_CONTACTED', 'CONTACT_ATTEMPTED', 'CONTACT'],
      ['CONTACT_ATTEMPTED', 'IN_DIALOGUE', 'CONTACT'],
    ]);
    expect(after.occupations).toEqual([
      {
        kind: 'CURRENT',
        category: 'OTHER_ACTIVITY',
        source: 'CONTACT_ATTEMPT',
        contactAttemptId: second.data!.logContactAttempt.id,
      },
    ]);
    expect(after.latestContact).toEqual({ outcome: 'REACHED', channel: 'PHONE' });
    expect(after.contactAttempts.totalCount).toBe(2);
    expect(after.contactAttempts.nodes.map((n) => n.outcome)).toEqual(['REACHED', 'NOT_REACHED']);
    expect(after.lastContactAt).not.toBeNull();

    // An older contact logged later does not move "last contact" back.
    await contact(person, { outcome: 'NOT_REACHED', occurredAt: hoursAgo(96) });
    const latest = await read(person.id);
    expect(latest.lastContactAt).toBe(after.lastContactAt);
    expect(latest.enrollment?.status).toBe('IN_DIALOGUE');
  });

  it('keeps a young person who declines in the register, with status DECLINED', async () => {
    const person = await register(t, token);
    await contact(person, { outcome: 'DECLINED', channel: 'HOME_VISIT' });
    const after = await read(person.id);
    expect(after.enrollment?.status).toBe('DECLINED');
    const { rows } = await t.pool.query<{ ended_on: string | null }>(
      'SELECT ended_on FROM kaa_enrollment WHERE young_person_id = $1',
      [person.id],
    );
    expect(rows).toEqual([{ ended_on: null }]);
  });

  it('refuses a contact attempt in the future and one on a young person outside the caseload', async () => {
    const person = await register(t, token);
    const future = await contact(person, {
      outcome: 'REACHED',
      occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(errorCode(future)).toBe('KAA_DATE_INVALID');
    const foreign = await t.graphql(
      LOG_CONTACT,
      {
        input: { youngPersonId: person.id, channel: 'PHONE', occurredAt: new Date().toISOString(), outcome: 'REACHED' },
      },
      colleagueToken,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect((await read(person.id)).contactAttempts.totalCount).toBe(0);
  });

  it('records previous, current and planned occupations as a history', async () => {
    const person = await register(t, token);
    const record = (input: { [key: string]: unknown }) =>
      t.graphql(RECORD_OCCUPATION, { input: { youngPersonId: person.id, source: 'YOUNG_PERSON', ...input } }, token);
    expect((await record({ kind: 'PREVIOUS', category: 'EDUCATION', validFrom: '2024-08-15' })).errors).toBeUndefined();
    expect((await record({ kind: 'CURRENT', category: 'NONE', validFrom: '2025-02-01' })).errors).toBeUndefined();
    expect((await record({ kind: 'CURRENT', category: 'WORK', validFrom: today() })).errors).toBeUndefined();
    expect((await record({ kind: 'PLANNED', category: 'EDUCATION', validFrom: '2099-08-15' })).errors).toBeUndefined();
    const future = await record({ kind: 'CURRENT', category: 'WORK', validFrom: '2099-01-01' });
    expect(errorCode(future)).toBe('KAA_DATE_INVALID');
    const after = await read(person.id);
    expect(after.occupations.map((o) => [o.kind, o.category]).sort()).toEqual([
      ['CURRENT', 'WORK'],
      ['PLANNED', 'EDUCATION'],
      ['PREVIOUS', 'EDUCATION'],
    ]);
    expect(after.occupationHistory).toHaveLength(4);
  });

  it('changes and ends a registration only from its current version, and never after the end', async () => {
    const person = await register(t, token);
    const enrollmentId = person.enrollment!.id;
    const changed = await t.graphql<{ changeEnrollmentStatus: { status: string; version: number } }>(
      CHANGE_STATUS,
      { input: { enrollmentId, version: 1, status: 'UNKNOWN' } },
      token,
    );
    expect(changed.data?.changeEnrollmentStatus).toEqual({ status: 'UNKNOWN', version: 2 });
    const stale = await t.graphql(CHANGE_STATUS, { input: { enrollmentId, version: 1, status: 'IN_WORK' } }, token);
    expect(errorCode(stale)).toBe('CONFLICT');
    const same = await t.graphql(CHANGE_STATUS, { input: { enrollmentId, version: 2, status: 'UNKNOWN' } }, token);
    expect(errorCode(same)).toBe('BAD_USER_INPUT');

    const beforeRegistration = await t.graphql(
      END,
      { input: { enrollmentId, version: 2, endedOn: '2000-01-01', reason: 'STARTED_EDUCATION' } },
      token,
    );
    expect(errorCode(beforeRegistration)).toBe('KAA_DATE_INVALID');
    const ended = await t.graphql<{ endEnrollment: { endReason: string } }>(
      END,
      { input: { enrollmentId, version: 2, endedOn: today(), reason: 'STARTED_EDUCATION' } },
      token,
    );
    expect(ended.data?.endEnrollment.endReason).toBe('STARTED_EDUCATION');
    const afterEnd = await t.graphql(CHANGE_STATUS, { input: { enrollmentId, version: 3, status: 'IN_WORK' } }, token);
    expect(errorCode(afterEnd)).toBe('KAA_ENROLLMENT_ENDED');
    expect((await read(person.id)).enrollment).toBeNull();
  });

  it('lets exactly one of two simultaneous status changes win, with one history row and one audit row', async () => {
    const person = await register(t, token);
    const enrollmentId = person.enrollment!.id;
    const results = await Promise.all(
      ['IN_WORK', 'IN_EDUCATION'].map((status) =>
        t.graphql(CHANGE_STATUS, { input: { enrollmentId, version: 1, status } }, token),
      ),
    );
    expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    const { rows } = await t.pool.query<{ changes: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM kaa_enrollment_status_change WHERE enrollment_id = $1 AND cause = 'MANUAL') AS changes,
              (SELECT count(*)::int FROM audit_event WHERE subject_id = $1 AND action = 'kaa_enrollment.status') AS audits`,
      [enrollmentId],
    );
    expect(rows[0]).toEqual({ changes: 1, audits: 1 });
  });

  it('refuses an edit based on a stale version and keeps the newer one (no lost update)', async () => {
    const person = await register(t, token);
    const [a, b] = await Promise.all(
      [
        { givenName: 'Alba', contact: { phone: '070-111 11 11', city: 'Norrby' } },
        { givenName: 'Alma', guardians: [] },
      ].map((patch) => t.graphql(UPDATE, { input: { id: person.id, version: 1, ...patch } }, token)),
    );
    const outcomes = [a, b].map((r) => (r.errors ? errorCode(r) : 'OK'));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'OK']);
    const { rows } = await t.pool.query<{ given_name: string; version: number; guardians: number }>(
      `SELECT given_name, version, (SELECT count(*)::int FROM guardian WHERE young_person_id = $1) AS guardians
         FROM young_person WHERE id = $1`,
      [person.id],
    );
    const winner = a.errors ? 'Alma' : 'Alba';
    expect(rows[0]).toEqual({ given_name: winner, version: 2, guardians: winner === 'Alma' ? 0 : 1 });
    // The loser's partial changes (guardians or contact) were rolled back with it.
    const stale = await t.graphql(UPDATE, { input: { id: person.id, version: 1, givenName: 'Ada' } }, token);
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('lists a coordinator’s own contact attempts across young people', async () => {
    const [p1, p2] = await Promise.all([register(t, token), register(t, token)]);
    await contact(p1, { outcome: 'REACHED' });
    await contact(p2, { outcome: 'NOT_REACHED' });
    const mine = await t.graphql<{ contactAttempts: { totalCount: number; nodes: Array<{ performedById: string }> } }>(
      '{ contactAttempts(first: 100) { totalCount nodes { performedById } } }',
      {},
      token,
    );
    expect(mine.data!.contactAttempts.totalCount).toBeGreaterThanOrEqual(2);
    expect(new Set(mine.data!.contactAttempts.nodes.map((n) => n.performedById))).toEqual(new Set([coordinator.id]));
    const theirs = await t.graphql<{ contactAttempts: { totalCount: number } }>(
      '{ contactAttempts { totalCount } }',
      {},
      colleagueToken,
    );
    expect(theirs.data!.contactAttempts.totalCount).toBe(0);
  });
});

function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}
