import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import {
  errorCode,
  randomIdentityNumber,
  register,
  REGISTER,
  registerInput,
  today,
  YOUNG_PERSON_FIELDS,
  type YoungPersonView,
  stockholmDay,
} from '../support/young-people';

const READ = `query ($id: ID!) { youngPerson(id: $id) { ${YOUNG_PERSON_FIELDS}
  enrollments { id status } enrollment { statusHistory { fromStatus toStatus cause changedById } } } }`;

function detailsOf(res: GraphqlResponse): Record<string, unknown> | undefined {
  return res.errors?.[0]?.extensions?.details as Record<string, unknown> | undefined;
}

// Registration in the KAA register through the API: identity numbers, the target-group rules,
// duplicates, who may register and read, and that a refused registration leaves nothing.
describe('registering a young person', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let kaa: TestOrganization;
  let coordinator: TestUser;
  let colleague: TestUser;
  let teamLead: TestUser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    const social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    const other = await t.factories.municipality();
    const otherKaa = await t.factories.organization(other.id, OrganizationKind.KAA_UNIT);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    colleague = await t.factories.user(kaa, Role.COORDINATOR);
    teamLead = await t.factories.user(kaa, Role.TEAM_LEAD);
    const users: Record<string, TestUser> = {
      coordinator,
      colleague,
      teamLead,
      admin: await t.factories.user(kaa, Role.ADMIN),
      leadership: await t.factories.user(kaa, Role.LEADERSHIP),
      schoolStaff: await t.factories.user(school, Role.SCHOOL_STAFF),
      partner: await t.factories.user(social, Role.PARTNER_CASEWORKER),
      otherMunicipality: await t.factories.user(otherKaa, Role.COORDINATOR),
      otherTeamLead: await t.factories.user(otherKaa, Role.TEAM_LEAD),
    };
    for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function counts(): Promise<{ people: number; enrollments: number; audits: number }> {
    const { rows } = await t.pool.query<{ people: number; enrollments: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM young_person WHERE municipality_id = $1) AS people,
              (SELECT count(*)::int FROM kaa_enrollment WHERE municipality_id = $1) AS enrollments,
              (SELECT count(*)::int FROM audit_event WHERE municipality_id = $1) AS audits`,
      [m.id],
    );
    return rows[0];
  }

  it('registers into the coordinator’s own caseload with derived dates, an open registration and an audit row', async () => {
    const { number, dateOfBirth } = randomIdentityNumber({ age: 17 });
    const person = await register(t, tokens.coordinator, { personalIdentityNumber: number });
    expect(person).toMatchObject({
      personalIdentityNumber: `${number.slice(0, 8)}-${number.slice(8)}`,
      coordinationNumber: false,
      dateOfBirth,
      age: 17,
      twentiethBirthday: `${Number(dateOfBirth.slice(0, 4)) + 20}${dateOfBirth.slice(4)}`,
      coordinatorId: coordinator.id,
      kaaUnitId: kaa.id,
      protectedIdentity: false,
      version: 1,
      contact: { phone: '070-123 45 67', email: 'alva@example.se', postalCode: '12345' },
      guardians: [{ name: 'Eva Lind', relation: 'PARENT', phone: '070-765 43 21' }],
      enrollment: { status: 'NOT_CONTACTED', registeredOn: today(), registrationReason: 'DROPPED_OUT', endedOn: null },
    });
    const read = await t.graphql<{
      youngPerson: YoungPersonView & { enrollment: { statusHistory: Array<Record<string, unknown>> } };
    }>(READ, { id: person.id }, tokens.coordinator);
    expect(read.data?.youngPerson.enrollment.statusHistory).toEqual([
      { fromStatus: null, toStatus: 'NOT_CONTACTED', cause: 'REGISTRATION', changedById: coordinator.id },
    ]);
    const { rows } = await t.pool.query<{ action: string; summary: Record<string, unknown>; user_id: string }>(
      "SELECT action, summary, actor_user_id AS user_id FROM audit_event WHERE subject_id = $1 AND action = 'young_person.register'",
      [person.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].user_id).toBe(coordinator.id);
    // The audit summary holds ids and codes, never the name or the number.
    const summary = JSON.stringify(rows[0].summary);
    for (const personal of ['Alva', 'Lind', number, number.slice(2), dateOfBirth])
      expect(summary).not.toContain(personal);
  });

  it('accepts a coordination number and marks it', async () => {
    const { number, dateOfBirth } = randomIdentityNumber({ coordination: true });
    const person = await register(t, tokens.coordinator, { personalIdentityNumber: number });
    expect(person.coordinationNumber).toBe(true);
    expect(person.dateOfBirth).toBe(dateOfBirth);
  });

  it('refuses an identity number wrong in any way with one code naming the field, and writes nothing', async () => {
    const before = await counts();
    const valid = randomIdentityNumber().number;
    const wrongCheck = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const nextYear = new Date().getUTCFullYear() + 1;
    const cases: Record<string, string> = {
      'a wrong check digit': wrongCheck,
      'too long': `${valid}0`,
      'far too long': `${valid}-${valid}-${valid}`,
      'too short': valid.slice(0, 9),
      letters: 'ÅÅÅÅMMDD-NNNN',
      'a letter in the serial': `${valid.slice(0, 8)}-12X4`,
      'an impossible date': makeIdentityNumber('2008-02-30', 238),
      'a date in the future': makeIdentityNumber(`${nextYear}-01-01`, 238),
      blank: '',
      'only spaces': '             ',
    };
    const answers: Record<string, unknown> = {};
    for (const [name, personalIdentityNumber] of Object.entries(cases)) {
      const res = await t.graphql(REGISTER, { input: registerInput({ personalIdentityNumber }) }, tokens.coordinator);
      answers[name] = { code: errorCode(res), field: detailsOf(res)?.field };
      if (personalIdentityNumber.trim()) expect(JSON.stringify(res.errors)).not.toContain(personalIdentityNumber);
    }
    const expected = { code: 'YOUNG_PERSON_IDENTITY_NUMBER_INVALID', field: 'personalIdentityNumber' };
    expect(answers).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, expected])));
    expect(await counts()).toEqual(before);
  });

  it("refuses a teenager's number typed with '+' (100 years or older) with a reason the app can explain", async () => {
    const before = await counts();
    const { number } = randomIdentityNumber();
    for (const typed of [`${number.slice(2, 8)}+${number.slice(8)}`, `${number.slice(0, 8)}+${number.slice(8)}`]) {
      const res = await t.graphql(
        REGISTER,
        { input: registerInput({ personalIdentityNumber: typed }) },
        tokens.coordinator,
      );
      expect(errorCode(res)).toBe('YOUNG_PERSON_IDENTITY_NUMBER_INVALID');
      expect(res.errors?.[0]?.extensions?.details).toEqual({
        field: 'personalIdentityNumber',
        fields: ['personalIdentityNumber'],
        reason: 'CENTURY_SEPARATOR',
      });
    }
    expect(await counts()).toEqual(before);
    // With '-' it is the young person it was meant to be.
    const person = await register(t, tokens.coordinator, {
      personalIdentityNumber: `${number.slice(2, 8)}-${number.slice(8)}`,
    });
    expect(person.personalIdentityNumber).toBe(`${number.slice(0, 8)}-${number.slice(8)}`);
  });

  it('refuses a search by an identity number that is not valid with the same code, naming `query`', async () => {
    const SEARCH = 'query ($q: String!) { searchYoungPeople(query: $q) { totalCount } }';
    const valid = randomIdentityNumber().number;
    for (const [q, reason] of [
      [`${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`, undefined],
      [`${valid}0`, undefined],
      [`${valid.slice(0, 8)}-12X4`, undefined],
      [`${valid.slice(2, 8)}+${valid.slice(8)}`, 'CENTURY_SEPARATOR'],
    ] as const) {
      const res = await t.graphql(SEARCH, { q }, tokens.coordinator);
      expect({ q, code: errorCode(res), details: res.errors?.[0]?.extensions?.details }).toEqual({
        q,
        code: 'YOUNG_PERSON_IDENTITY_NUMBER_INVALID',
        details: { field: 'query', fields: ['query'], ...(reason ? { reason } : {}) },
      });
    }
    // A valid number that is not registered finds no one.
    const unknown = await t.graphql<{ searchYoungPeople: { totalCount: number } }>(
      SEARCH,
      { q: valid },
      tokens.coordinator,
    );
    expect(unknown.data?.searchYoungPeople.totalCount).toBe(0);
  });

  it('refuses a young person outside the target group, naming the rule, and writes nothing', async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ personalIdentityNumber: randomIdentityNumber({ age: 20 }).number }, 'UNDER_20'],
      [
        {
          enrollment: {
            ...enrollment(),
            eligibility: { compulsorySchool: 'NOT_COMPLETED', upperSecondary: 'NEVER_STARTED' },
          },
        },
        'COMPULSORY_SCHOOL_COMPLETED',
      ],
      [
        { enrollment: { ...enrollment(), eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'ENROLLED' } } },
        'NOT_IN_UPPER_SECONDARY',
      ],
      [
        { enrollment: { ...enrollment(), eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DIPLOMA' } } },
        'NO_UPPER_SECONDARY_DIPLOMA',
      ],
    ];
    for (const [overrides, rule] of cases) {
      const res = await t.graphql(REGISTER, { input: registerInput(overrides) }, tokens.coordinator);
      expect(errorCode(res)).toBe('KAA_NOT_ELIGIBLE');
      expect(res.errors?.[0]?.extensions?.details).toMatchObject({ rule });
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps a leaving certificate and an arrival after compulsory-school age inside the target group', async () => {
    const person = await register(t, tokens.coordinator, {
      enrollment: {
        ...enrollment(),
        reason: 'LEAVING_CERTIFICATE',
        eligibility: { compulsorySchool: 'ARRIVED_AFTER_COMPULSORY_AGE', upperSecondary: 'LEAVING_CERTIFICATE' },
      },
    });
    expect(person.enrollment?.registrationReason).toBe('LEAVING_CERTIFICATE');
  });

  it('refuses a registration date in the future or before birth', async () => {
    const tomorrow = stockholmDay(new Date(Date.now() + 86_400_000));
    const res = await t.graphql(
      REGISTER,
      { input: registerInput({ enrollment: { ...enrollment(), registeredOn: tomorrow } }) },
      tokens.coordinator,
    );
    expect(errorCode(res)).toBe('KAA_DATE_INVALID');
    const malformed = await t.graphql(
      REGISTER,
      { input: registerInput({ enrollment: { ...enrollment(), registeredOn: '2026-13-40' } }) },
      tokens.coordinator,
    );
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('detects a duplicate identity number in the municipality, even in another caseload, but not across municipalities', async () => {
    const { number } = randomIdentityNumber();
    await register(t, tokens.coordinator, { personalIdentityNumber: number });
    const before = await counts();
    // The colleague cannot read the first record, yet is told it exists (and nothing more).
    const again = await t.graphql(
      REGISTER,
      { input: registerInput({ personalIdentityNumber: number }) },
      tokens.colleague,
    );
    expect(errorCode(again)).toBe('YOUNG_PERSON_DUPLICATE');
    expect(JSON.stringify(again.errors)).not.toMatch(/Alva|Lind/);
    // The same number typed in the 10-digit form is the same person.
    const short = number.slice(2);
    const shortForm = await t.graphql(
      REGISTER,
      { input: registerInput({ personalIdentityNumber: `${short.slice(0, 6)}-${short.slice(6)}` }) },
      tokens.colleague,
    );
    expect(errorCode(shortForm)).toBe('YOUNG_PERSON_DUPLICATE');
    expect(await counts()).toEqual(before);
    // Another municipality has its own register.
    const elsewhere = await register(t, tokens.otherMunicipality, { personalIdentityNumber: number });
    expect(elsewhere.id).toBeDefined();
  });

  it('gives two simultaneous registrations of one number exactly one record', async () => {
    const { number } = randomIdentityNumber();
    const results = await Promise.all(
      [tokens.coordinator, tokens.colleague].map((token) =>
        t.graphql(REGISTER, { input: registerInput({ personalIdentityNumber: number }) }, token),
      ),
    );
    const codes = results.map((res) => (res.errors ? errorCode(res) : 'OK')).sort();
    expect(codes).toEqual(['OK', 'YOUNG_PERSON_DUPLICATE']);
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM young_person WHERE municipality_id = $1 AND personal_identity_number = $2',
      [m.id, number],
    );
    expect(rows[0].n).toBe(1);
  });

  it('lets the coordinator and the unit’s team lead read the record; everyone else gets NOT_FOUND', async () => {
    const person = await register(t, tokens.coordinator);
    const outcome = async (name: string): Promise<unknown> => {
      const res = await t.graphql<{ youngPerson: { id: string } }>(READ, { id: person.id }, tokens[name]);
      return res.data?.youngPerson ? 'READ' : errorCode(res);
    };
    expect(await outcome('coordinator')).toBe('READ');
    expect(await outcome('teamLead')).toBe('READ');
    // Same role, other caseload or other municipality: the record does not exist for them.
    expect(await outcome('colleague')).toBe('NOT_FOUND');
    expect(await outcome('otherMunicipality')).toBe('NOT_FOUND');
    expect(await outcome('otherTeamLead')).toBe('NOT_FOUND');
    // Partners and schools read young people only through a consent, and there is none.
    expect(await outcome('partner')).toBe('NOT_FOUND');
    expect(await outcome('schoolStaff')).toBe('NOT_FOUND');
    // Roles with no access to young people at all are refused at the type level, and answered
    // as for any record they may not see.
    for (const name of ['admin', 'leadership']) expect(await outcome(name)).toBe('NOT_FOUND');
  });

  it('lets only KAA coordinators and team leads register', async () => {
    for (const name of ['admin', 'leadership', 'schoolStaff', 'partner']) {
      const res = await t.graphql(REGISTER, { input: registerInput() }, tokens[name]);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });

  it('lets a team lead register unassigned or for a coordinator of the unit, and a coordinator only for themselves', async () => {
    const unassigned = await register(t, tokens.teamLead);
    expect(unassigned.coordinatorId).toBeNull();
    const forColleague = await register(t, tokens.teamLead, { coordinatorId: colleague.id });
    expect(forColleague.coordinatorId).toBe(colleague.id);
    const notACoordinator = await t.graphql(
      REGISTER,
      { input: registerInput({ coordinatorId: teamLead.id }) },
      tokens.teamLead,
    );
    expect(errorCode(notACoordinator)).toBe('YOUNG_PERSON_COORDINATOR_INVALID');
    const forSomeoneElse = await t.graphql(
      REGISTER,
      { input: registerInput({ coordinatorId: colleague.id }) },
      tokens.coordinator,
    );
    expect(errorCode(forSomeoneElse)).toBe('FORBIDDEN');
  });

  it('registers a known young person again after the registration ended, never twice at once', async () => {
    const person = await register(t, tokens.coordinator);
    const REENROLL =
      'mutation ($input: ReEnrollInput!) { reEnrollYoungPerson(input: $input) { id status registeredOn } }';
    const whileOpen = await t.graphql(
      REENROLL,
      { input: { youngPersonId: person.id, enrollment: enrollment() } },
      tokens.coordinator,
    );
    expect(errorCode(whileOpen)).toBe('KAA_ALREADY_ENROLLED');
    const ended = await t.graphql(
      'mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { endedOn endReason } }',
      { input: { enrollmentId: person.enrollment!.id, version: 1, endedOn: today(), reason: 'MOVED' } },
      tokens.coordinator,
    );
    expect(ended.data).toEqual({ endEnrollment: { endedOn: today(), endReason: 'MOVED' } });
    const again = await t.graphql<{ reEnrollYoungPerson: { status: string } }>(
      REENROLL,
      { input: { youngPersonId: person.id, enrollment: { ...enrollment(), reason: 'MOVED_IN' } } },
      tokens.coordinator,
    );
    expect(again.data?.reEnrollYoungPerson.status).toBe('NOT_CONTACTED');
    const read = await t.graphql<{ youngPerson: { enrollments: Array<{ status: string }> } }>(
      READ,
      { id: person.id },
      tokens.coordinator,
    );
    expect(read.data?.youngPerson.enrollments).toHaveLength(2);
  });

  it('lets the unit’s team lead correct the reason of an ended registration, and its coordinator, but no one else', async () => {
    const person = await register(t, tokens.coordinator);
    await t.graphql(
      'mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { id } }',
      { input: { enrollmentId: person.enrollment!.id, version: 1, endedOn: today(), reason: 'STARTED_EDUCATION' } },
      tokens.coordinator,
    );
    const CORRECT = `mutation ($input: CorrectRegistrationReasonInput!) {
      correctRegistrationReason(input: $input) { registrationReason endedOn version } }`;
    const correct = (reason: string, version: number, token: string) =>
      t.graphql<{ correctRegistrationReason: { registrationReason: string; endedOn: string; version: number } }>(
        CORRECT,
        { input: { enrollmentId: person.enrollment!.id, version, reason } },
        token,
      );
    const byLead = await correct('NEVER_STARTED', 2, tokens.teamLead);
    expect(byLead.data?.correctRegistrationReason).toEqual({
      registrationReason: 'NEVER_STARTED',
      endedOn: today(),
      version: 3,
    });
    expect((await correct('MOVED_IN', 3, tokens.coordinator)).data?.correctRegistrationReason.registrationReason).toBe(
      'MOVED_IN',
    );
    expect(errorCode(await correct('DROPPED_OUT', 4, tokens.colleague))).toBe('NOT_FOUND');
  });

  it('corrects the end reason of an ended registration only: audited, the end date kept, each refusal with its code', async () => {
    const person = await register(t, tokens.coordinator);
    const CORRECT = `mutation ($input: CorrectEndReasonInput!) {
      correctEndReason(input: $input) { endReason endedOn version } }`;
    const correct = (input: Record<string, unknown>, token = tokens.coordinator) =>
      t.graphql<{ correctEndReason: { endReason: string; endedOn: string; version: number } }>(
        CORRECT,
        { input: { enrollmentId: person.enrollment!.id, ...input } },
        token,
      );
    // An open registration has no end reason to correct.
    expect(errorCode(await correct({ version: 1, reason: 'MOVED' }))).toBe('KAA_ENROLLMENT_OPEN');
    await t.graphql(
      'mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { id } }',
      { input: { enrollmentId: person.enrollment!.id, version: 1, endedOn: today(), reason: 'OTHER' } },
      tokens.coordinator,
    );
    const before = await counts();
    expect(errorCode(await correct({ version: 2, reason: 'OTHER' }))).toBe('KAA_REASON_UNCHANGED');
    expect(errorCode(await correct({ version: 2, reason: 'BORED' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await correct({ version: 1, reason: 'MOVED' }))).toBe('CONFLICT');
    expect(errorCode(await correct({ version: 2, reason: 'MOVED' }, tokens.colleague))).toBe('NOT_FOUND');
    expect(errorCode(await correct({ version: 2, reason: 'MOVED' }, tokens.otherTeamLead))).toBe('NOT_FOUND');
    expect(errorCode(await correct({ version: 2, reason: 'MOVED' }, tokens.leadership))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const res = await correct({ version: 2, reason: 'STARTED_EDUCATION' }, tokens.teamLead);
    expect(res.errors).toBeUndefined();
    expect(res.data?.correctEndReason).toEqual({ endReason: 'STARTED_EDUCATION', endedOn: today(), version: 3 });
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });
    const { rows } = await t.pool.query<{ summary: Record<string, string>; actor_user_id: string }>(
      `SELECT summary, actor_user_id FROM audit_event WHERE action = 'kaa_enrollment.end_reason' AND subject_id = $1`,
      [person.enrollment!.id],
    );
    expect(rows).toEqual([
      { summary: { youngPersonId: person.id, from: 'OTHER', to: 'STARTED_EDUCATION' }, actor_user_id: teamLead.id },
    ]);
  });
});

function enrollment(): Record<string, unknown> {
  return {
    registeredOn: today(),
    reason: 'DROPPED_OUT',
    eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
  };
}
