import { Role } from '@app/core/authz';
import { addDays, dayIn, ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';
import { KaaJobsService, makeIdentityNumber } from '@app/young-people';

import type { TestOrganization, TestUser } from '../support/factories';
import { uploadFile } from '../support/target-group';
import { nextResults, startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { errorCode, register, type YoungPersonView } from '../support/young-people';

// Issue 21: access must follow the clock in a server that keeps running. One api process, one
// clock the test moves across days (and across Swedish midnight, which is not UTC midnight),
// the same users working before and after each move. Every access that ends by time is tried:
// a consent's last day, a consent's first day, an emergency access's time box, the 20th
// birthday, an ended membership and refresh tokens. These tests fail when the ability cache
// forgets the day (PolicySubject.today out of its key) or when a rule judges on the UTC day.

const ZONE = 'Europe/Stockholm';

// The instant when the wall clock in Stockholm shows `time` on `day` (summer or winter time).
function stockholm(day: string, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T00:00:00Z`);
    candidate.setUTCHours(h - offset, m);
    const shown = new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (dayIn(ZONE, candidate) === day && shown === time) return candidate;
  }
  throw new Error(`no instant for ${day} ${time} in ${ZONE}`);
}

const VIEW = 'query ($id: ID!) { youngPerson(id: $id) { id givenName actionPlan { title } } }';

describe('access follows a moving clock in one running server', () => {
  // Today as Stockholm sees it when the test starts; every day below is counted from it.
  const day0 = dayIn(ZONE, new Date());
  const clock = new ManualClock(stockholm(day0, '10:00'));
  let t: TestApi;
  let employment: TestOrganization;
  let social: TestOrganization;
  const users: Record<string, TestUser> = {};
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;
  let endsTomorrow: string;
  let startsInTwoDays: string;

  beforeAll(async () => {
    t = await startTestApi({
      clock,
      // An hour's tokens, so a token outlives some of the moves below and the same token is
      // refused only because the day changed, not because it expired.
      env: { ACCESS_TOKEN_TTL_SECONDS: '3600', EMERGENCY_ACCESS_MINUTES: '5' },
    });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    const school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    users.coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    users.employment = await t.factories.user(employment, Role.PARTNER_CASEWORKER);
    users.social = await t.factories.user(social, Role.PARTNER_CASEWORKER);
    users.school = await t.factories.user(school, Role.SCHOOL_STAFF);
    users.admin = await t.factories.user(kaa, Role.ADMIN);
    await signInAll();
    person = await register(t, tokens.coordinator, {
      givenName: 'Vera',
      enrollment: {
        registeredOn: day0,
        reason: 'DROPPED_OUT',
        eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
      },
    });
    await ok(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Mot arbete',
          goals: [{ text: 'Jag vill jobba', owner: 'YOUNG_PERSON' }],
        },
      },
      tokens.coordinator,
    );
    // Arbetsförmedlingen through tomorrow (its last day), social services from the day after.
    endsTomorrow = await consent(employment.id, day0, addDays(day0, 1));
    startsInTwoDays = await consent(social.id, addDays(day0, 2), addDays(day0, 40));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<GraphqlResponse> {
    const res = await t.graphql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res;
  }

  async function signInAll(): Promise<void> {
    for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user);
  }

  async function consent(organizationId: string, validFrom: string, validTo: string): Promise<string> {
    const res = await ok(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          recipientOrganizationId: organizationId,
          categories: ['PLAN', 'IDENTITY'],
          purpose: 'Samordnat stöd',
          givenBy: 'YOUNG_PERSON',
          form: 'ORAL',
          validFrom,
          validTo,
        },
      },
      tokens.coordinator,
    );
    return (res.data as { recordConsent: { id: string } }).recordConsent.id;
  }

  const view = (token: string) =>
    t.graphql<{ youngPerson: { givenName: string; actionPlan: { title: string } | null } }>(
      VIEW,
      { id: person.id },
      token,
    );

  async function statusOf(consentId: string): Promise<string> {
    const res = await ok('query ($id: ID!) { consent(id: $id) { status } }', { id: consentId }, tokens.coordinator);
    return (res.data as { consent: { status: string } }).consent.status;
  }

  // The newest access-log ground of a reader's reads of the young person.
  async function lastGround(user: TestUser): Promise<string | undefined> {
    const { rows } = await t.pool.query<{ ground: string }>(
      `SELECT ground FROM access_log WHERE user_id = $1 AND $2 = ANY(young_person_ids) ORDER BY seq DESC LIMIT 1`,
      [user.id, person.id],
    );
    return rows[0]?.ground;
  }

  it('day 0: the consented partner reads, the partner whose consent starts later does not', async () => {
    expect((await view(tokens.employment)).data?.youngPerson.actionPlan?.title).toBe('Mot arbete');
    expect(await lastGround(users.employment)).toBe('CONSENT');
    expect(errorCode(await view(tokens.social))).toBe('NOT_FOUND');
    expect(await statusOf(endsTomorrow)).toBe('ACTIVE');
    expect(await statusOf(startsInTwoDays)).toBe('PENDING');
  });

  it('an emergency access ends at its time box while the same token keeps working', async () => {
    expect(errorCode(await view(tokens.school))).toBe('NOT_FOUND');
    await ok(
      'mutation ($input: StartEmergencyAccessInput!) { startEmergencyAccess(input: $input) { id } }',
      { input: { youngPersonId: person.id, reason: 'Akut oro, skolan behöver nå vårdnadshavare nu' } },
      tokens.school,
    );
    clock.advance(4 * 60_000);
    expect((await view(tokens.school)).data?.youngPerson.givenName).toBe('Vera');
    expect(await lastGround(users.school)).toBe('EMERGENCY_ACCESS');
    clock.advance(2 * 60_000);
    expect(errorCode(await view(tokens.school))).toBe('NOT_FOUND');
    const running = await ok('{ emergencyAccesses(activeOnly: true) { totalCount } }', {}, tokens.school);
    expect(running.data).toEqual({ emergencyAccesses: { totalCount: 0 } });
  });

  it('day 1, 23:30 in Stockholm: still the consent’s last day, the later one still pending', async () => {
    clock.set(stockholm(addDays(day0, 1), '23:30'));
    await signInAll();
    expect((await view(tokens.employment)).data?.youngPerson.actionPlan?.title).toBe('Mot arbete');
    expect(errorCode(await view(tokens.social))).toBe('NOT_FOUND');
    expect(await statusOf(endsTomorrow)).toBe('ACTIVE');
  });

  it('day 2, 00:15 in Stockholm (still day 1 in UTC): the ended consent grants nothing, the started one does, with the same tokens', async () => {
    // The partners' tokens from 23:30 are still valid: only the day has changed.
    const employmentClient = t.ws(tokens.employment);
    const { results, cancel } = nextResults<{ youngPersonChanged: { id: string } }>(
      employmentClient,
      `subscription { youngPersonChanged(id: "${person.id}") { id } }`,
      1,
      3000,
    );
    await t.waitForListeners(1);
    clock.set(stockholm(addDays(day0, 2), '00:15'));
    expect(clock.now().toISOString().slice(0, 10)).toBe(addDays(day0, 1));

    expect(errorCode(await view(tokens.employment))).toBe('NOT_FOUND');
    const lists = await ok('{ actionPlans { totalCount } }', {}, tokens.employment);
    expect(lists.data).toEqual({ actionPlans: { totalCount: 0 } });
    // The open subscription hears nothing of the change after the consent's last day.
    await ok(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          channel: 'PHONE',
          occurredAt: clock.now().toISOString(),
          outcome: 'REACHED',
        },
      },
      tokens.coordinator,
    );
    await expect(results).rejects.toThrow(/timed out with 0\/1 results/);
    cancel();

    const seen = await view(tokens.social);
    expect(seen.data?.youngPerson.actionPlan?.title).toBe('Mot arbete');
    expect(await lastGround(users.social)).toBe('CONSENT');
    expect(await statusOf(endsTomorrow)).toBe('EXPIRED');
    expect(await statusOf(startsInTwoDays)).toBe('ACTIVE');
  });

  it('refresh tokens end with their lifetime on the clock', async () => {
    const fresh = await ok(
      'mutation ($input: LoginInput!) { login(input: $input) { refreshToken } }',
      { input: { email: users.social.email, password: users.social.password } },
      '',
    );
    const refreshToken = (fresh.data as { login: { refreshToken: string } }).login.refreshToken;
    clock.advance(13 * 3600_000); // the default lifetime is 12 hours
    const refused = await t.graphql(
      'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken } }',
      { input: { refreshToken } },
    );
    expect(errorCode(refused)).toBe('AUTH_REFRESH_TOKEN_INVALID');
  });

  it('an ended membership is refused at its next request, and its refresh token with it', async () => {
    await signInAll();
    const login = await ok(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email: users.social.email, password: users.social.password } },
      '',
    );
    const { accessToken, refreshToken } = (login.data as { login: { accessToken: string; refreshToken: string } })
      .login;
    expect((await view(accessToken)).data?.youngPerson.givenName).toBe('Vera');
    await ok(
      'mutation ($id: ID!) { endMembership(id: $id) { id endedAt } }',
      { id: users.social.membershipId },
      tokens.admin,
    );
    expect(errorCode(await view(accessToken))).toBe('AUTH_UNAUTHENTICATED');
    const refused = await t.graphql(
      'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken } }',
      { input: { refreshToken } },
    );
    expect(errorCode(refused)).toBe('AUTH_REFRESH_TOKEN_INVALID');
    // Signing in again is refused too; the user is gone from the rest of this file.
    const again = await t.graphql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: users.social.email, password: users.social.password },
    });
    expect(errorCode(again)).toBe('AUTH_NO_MEMBERSHIP');
    delete users.social;
  });

  describe('the 20th birthday, as Stockholm counts days', () => {
    let turning: YoungPersonView;
    let birthday: string;

    beforeAll(async () => {
      // Twenty years old two days from the clock's current Stockholm day.
      birthday = addDays(dayIn(ZONE, clock.now()), 2);
      const dateOfBirth = `${Number(birthday.slice(0, 4)) - 20}${birthday.slice(4)}`;
      turning = await register(t, tokens.coordinator, {
        givenName: 'Ture',
        personalIdentityNumber: makeIdentityNumber(dateOfBirth, 731),
        enrollment: {
          registeredOn: dayIn(ZONE, clock.now()),
          reason: 'DROPPED_OUT',
          eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
        },
      });
    });

    interface Registration {
      endedOn: string | null;
      endReason: string | null;
    }

    async function record(): Promise<{ age: number; enrollments: Registration[] }> {
      const res = await ok(
        'query ($id: ID!) { youngPerson(id: $id) { age enrollments { endedOn endReason } } }',
        { id: turning.id },
        tokens.coordinator,
      );
      return (res.data as { youngPerson: { age: number; enrollments: Registration[] } }).youngPerson;
    }

    it('is 19 with an open registration at 23:30 on the eve, and the job leaves it open', async () => {
      clock.set(stockholm(addDays(birthday, -1), '23:30'));
      await signInAll();
      await t.api.app.get(KaaJobsService).runOnce();
      expect(await record()).toEqual({ age: 19, enrollments: [{ endedOn: null, endReason: null }] });
    });

    it('is 20 at 00:30 on the birthday (still the eve in UTC), and the job ends the registration that day', async () => {
      clock.set(stockholm(birthday, '00:30'));
      expect(clock.now().toISOString().slice(0, 10)).toBe(addDays(birthday, -1));
      await signInAll();
      const result = await t.api.app.get(KaaJobsService).runOnce();
      expect(result.endedAtTwenty).toBe(1);
      expect(await record()).toEqual({ age: 20, enrollments: [{ endedOn: birthday, endReason: 'TURNED_20' }] });
    });
  });

  // The absence import and the audit trail stamp their rows with the api clock, as every rule
  // does (they took `new Date()` before): moved by days, the clock is what the rows show.
  it('stamps an absence import and its audit row with the api clock', async () => {
    clock.set(stockholm(addDays(day0, 45), '09:15'));
    await signInAll();
    const now = clock.now();
    const yesterday = addDays(dayIn(ZONE, now), -1);
    const body = Buffer.from(
      `Personnummer;Frånvarodatum;Frånvarotyp\n${makeIdentityNumber('2011-04-04', 442)};${yesterday};Ogiltig\n`,
    );
    const fileId = await uploadFile(t, tokens.school, 'franvaro.csv', body);
    const res = await ok(
      'mutation ($input: ImportAbsenceDaysInput!) { importAbsenceDays(input: $input) { id createdAt } }',
      { input: { fileId, idempotencyKey: `clock-${yesterday}` } },
      tokens.school,
    );
    const imported = (res.data as { importAbsenceDays: { id: string; createdAt: string } }).importAbsenceDays;
    expect(imported.createdAt).toBe(now.toISOString());
    const audit = await t.pool.query<{ occurred_at: Date }>(
      `SELECT occurred_at FROM audit_event WHERE action = 'early_warning.absence_import' AND subject_id = $1`,
      [imported.id],
    );
    expect(audit.rows.map((row) => row.occurred_at.toISOString())).toEqual([now.toISOString()]);
  });

  // A signal's time starts its "not handled within N days" alert, judged on the api clock: the
  // signal and its handling are stamped with that clock too, not the machine's.
  it('stamps a signal and its handling with the api clock', async () => {
    clock.set(stockholm(addDays(day0, 46), '10:05'));
    await signInAll();
    const received = clock.now();
    const res = await ok(
      'mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { id createdAt } }',
      {
        input: {
          kind: 'UNEXCUSED_ABSENCE',
          personalIdentityNumber: makeIdentityNumber('2010-05-05', 443),
          occurredOn: addDays(dayIn(ZONE, received), -1),
        },
      },
      tokens.school,
    );
    const signal = (res.data as { recordSignal: { id: string; createdAt: string } }).recordSignal;
    expect(signal.createdAt).toBe(received.toISOString());
    clock.advance(5 * 60_000);
    const handled = await t.graphql<{ handleSignal: { handledAt: string } }>(
      'mutation ($input: HandleSignalInput!) { handleSignal(input: $input) { handledAt } }',
      { input: { signalId: signal.id, decision: 'NO_ACTION', reason: 'Känd sedan tidigare' } },
      tokens.coordinator,
    );
    expect(handled.errors).toBeUndefined();
    expect(handled.data?.handleSignal.handledAt).toBe(clock.now().toISOString());
  });

  // A consent's validity is judged on the api clock, so its withdrawal, the end of its grants and
  // the reads it allowed are stamped with that clock too: a machine's clock would put the
  // withdrawal weeks away from the day the log and the consent's history say it happened.
  it('stamps a partner’s read, a withdrawal and the end of its grants with the api clock', async () => {
    clock.set(stockholm(addDays(day0, 47), '09:30'));
    await signInAll();
    const consentId = await consent(employment.id, addDays(day0, 47), addDays(day0, 60));
    const seen = await view(tokens.employment);
    expect(seen.errors).toBeUndefined();
    const read = await t.pool.query<{ occurred_at: Date }>(
      `SELECT occurred_at FROM access_log WHERE user_id = $1 AND $2 = ANY(young_person_ids) ORDER BY seq DESC LIMIT 1`,
      [users.employment.id, person.id],
    );
    expect(read.rows.map((row) => row.occurred_at.toISOString())).toEqual([clock.now().toISOString()]);
    clock.advance(10 * 60_000);
    await ok(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId } },
      tokens.coordinator,
    );
    const withdrawn = await t.pool.query<{ withdrawn_at: Date }>('SELECT withdrawn_at FROM consent WHERE id = $1', [
      consentId,
    ]);
    expect(withdrawn.rows.map((row) => row.withdrawn_at.toISOString())).toEqual([clock.now().toISOString()]);
    const grants = await t.pool.query<{ revoked_at: Date }>(
      'SELECT DISTINCT revoked_at FROM consent_grant WHERE consent_id = $1',
      [consentId],
    );
    expect(grants.rows.map((row) => row.revoked_at.toISOString())).toEqual([clock.now().toISOString()]);
  });
});
