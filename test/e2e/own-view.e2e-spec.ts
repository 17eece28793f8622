import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { freePort, oidcSignInEnv, startTestOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startTestApi, type TestApi } from '../support/test-api';
import {
  errorCode,
  randomIdentityNumber,
  recordConsent,
  register,
  type YoungPersonView,
} from '../support/young-people';

const SESSION = { 'x-brygga-session': 'cookie', 'content-type': 'application/json' };
const CLAIM = 'personal_identity_number';

interface OwnSession {
  accessToken: string;
  actor: string;
  records: Array<{ id: string; givenName: string }>;
}

const PLANS = `query ($id: ID!) { ownPlans(youngPersonId: $id) {
  contactPerson { name organization email phone }
  plans { id title status goals { description } actions { description organization } } } }`;
const CONSENTS = `query ($id: ID!) { ownConsents(youngPersonId: $id) {
  id recipientOrganization categories status withdrawnAt } }`;
const WITHDRAW = 'mutation ($id: ID!) { withdrawOwnConsent(consentId: $id) { id status withdrawnAt } }';
const ACCESS_LOG = `query ($id: ID!) { ownAccessLog(youngPersonId: $id) {
  occurredAt readerName organization readerKind role ground categories } }`;
const REQUEST = `mutation ($input: RequestRectificationInput!) { requestRectification(input: $input) {
  id field text status requestedBy } }`;
const OWN_REQUESTS = `query ($id: ID!) { ownRectificationRequests(youngPersonId: $id) {
  id status decisionReason decidedByName } }`;
const STAFF_REQUESTS = `query ($id: ID!) { rectificationRequests(youngPersonId: $id) { id text status requestedBy } }`;
const DECIDE = `mutation ($input: DecideRectificationInput!) { decideRectificationRequest(input: $input) {
  id status decisionReason decidedByName } }`;

// The young person's (or a guardian's) own view (issue 19), end to end through the test
// provider: sign-in matched by the identity number claim, the plan with the contact person
// first, one-step consent withdrawal with the partner's access ending, the access log of the
// record with the own view's reads (SELF), rectification requests and their handling, and the
// isolation: another person's record, a guardian of an adult, staff and own-view tokens apart.
describe('the own view (young person and guardian)', () => {
  let provider: TestOidcProvider;
  let t: TestApi;
  let kaa: TestOrganization;
  let partner: TestOrganization;
  let coordinatorUser: TestUser;
  let coordinator: string;
  let caseworker: string;
  let otherCoordinator: string;
  let person: YoungPersonView;
  let other: YoungPersonView;
  let adult: YoungPersonView;
  let foreign: YoungPersonView;
  let consentId: string;
  const pin = randomIdentityNumber({ age: 16 }).number;
  const guardianPin = randomIdentityNumber({ age: 45 }).number;
  const adultGuardianPin = randomIdentityNumber({ age: 50 }).number;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestOidcProvider({ redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback` });
    t = await startTestApi({ env: oidcSignInEnv(provider, port) });
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT, 'KAA-enheten');
    partner = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES, 'Socialtjänsten');
    coordinatorUser = await t.factories.user(kaa, Role.COORDINATOR);
    coordinator = await t.login(coordinatorUser);
    otherCoordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    caseworker = await t.login(await t.factories.user(partner, Role.PARTNER_CASEWORKER));
    person = await register(t, coordinator, {
      personalIdentityNumber: pin,
      givenName: 'Sara',
      familyName: 'Öberg',
      guardians: [{ name: 'Eva Öberg', relation: 'PARENT', personalIdentityNumber: guardianPin }],
    });
    other = await register(t, otherCoordinator, { givenName: 'Nils', familyName: 'Berg' });
    adult = await register(t, coordinator, {
      personalIdentityNumber: randomIdentityNumber({ age: 19 }).number,
      givenName: 'Vuxen',
      familyName: 'Ung',
      guardians: [{ name: 'Förälder', relation: 'PARENT', personalIdentityNumber: adultGuardianPin }],
    });
    const plan = await t.graphql(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Min väg till studier',
          goals: [{ text: 'Jag vill börja plugga', owner: 'YOUNG_PERSON' }],
        },
      },
      coordinator,
    );
    if (plan.errors) throw new Error(JSON.stringify(plan.errors));
    consentId = await recordConsent(t, coordinator, {
      youngPersonId: person.id,
      recipientOrganizationId: partner.id,
      categories: ['PLAN'],
    });
    // Another municipality holds a young person too (tenant isolation).
    const m2 = await t.factories.municipality();
    const kaa2 = await t.factories.organization(m2.id, OrganizationKind.KAA_UNIT);
    foreign = await register(t, await t.login(await t.factories.user(kaa2, Role.COORDINATOR)), {});
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  function cookieOf(response: Response, name: string): string | undefined {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      if (pair.slice(0, pair.indexOf('=')) === name) return pair;
    }
    return undefined;
  }

  const get = (url: string, cookie?: string) =>
    fetch(url.startsWith('http') ? url : `${t.url}${url}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

  // Through the provider to the api's callback: where the browser lands and the cookies it got.
  async function signIn(
    intent: 'self' | 'guardian' | undefined,
    claims: Record<string, unknown>,
  ): Promise<{ location: string; selfCookie?: string; refreshCookie?: string }> {
    provider.signInAs(`subject-${Math.random()}`, claims);
    const start = await get(intent ? `/auth/oidc/start?for=${intent}` : '/auth/oidc/start');
    expect(start.status).toBe(302);
    const flow = cookieOf(start, 'brygga_oidc') ?? '';
    const atProvider = await get(start.headers.get('location') ?? '');
    const back = await get(atProvider.headers.get('location') ?? '', flow);
    expect(back.status).toBe(302);
    return {
      location: back.headers.get('location') ?? '',
      selfCookie: cookieOf(back, 'brygga_self'),
      refreshCookie: cookieOf(back, 'brygga_refresh'),
    };
  }

  async function session(
    cookie: string | undefined,
  ): Promise<{ data?: { selfServiceSession: OwnSession }; errors?: Array<{ extensions?: Record<string, unknown> }> }> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...SESSION, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: 'mutation { selfServiceSession { accessToken actor records { id givenName } } }' }),
    });
    return (await res.json()) as { data?: { selfServiceSession: OwnSession } };
  }

  async function ownToken(intent: 'self' | 'guardian', identityNumber: string): Promise<OwnSession> {
    const signedIn = await signIn(intent, { [CLAIM]: identityNumber });
    expect(signedIn.location).toBe('/min-sida?oidc=ok');
    expect(signedIn.refreshCookie).toBeUndefined();
    const res = await session(signedIn.selfCookie);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.selfServiceSession;
  }

  // Security events are written in batches after the response; waits until `count` are there.
  async function securityEvents(code: string, count: number): Promise<number> {
    for (let attempt = 0; ; attempt += 1) {
      const { rows } = await t.pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM security_event WHERE kind = 'LOGIN_FAILED' AND code = $1",
        [code],
      );
      if (rows[0].n >= count || attempt === 50) return rows[0].n;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('signs the young person in by the identity number claim, to their own record only', async () => {
    const own = await ownToken('self', pin);
    expect(own.actor).toBe('YOUNG_PERSON');
    expect(own.records).toEqual([{ id: person.id, givenName: 'Sara' }]);
    const { rows } = await t.pool.query<{ summary: { actor: string } }>(
      "SELECT summary FROM audit_event WHERE action = 'self_service.sign_in'",
    );
    expect(rows.map((row) => row.summary.actor)).toContain('YOUNG_PERSON');
  });

  it('accepts the 10-digit form of the claim as well', async () => {
    const own = await ownToken('self', `${pin.slice(2, 8)}-${pin.slice(8)}`);
    expect(own.records.map((r) => r.id)).toEqual([person.id]);
  });

  it('shows the plan with the contact person first, and logs the read with the SELF ground', async () => {
    const own = await ownToken('self', pin);
    const res = await t.graphql<{
      ownPlans: {
        contactPerson: { name: string; organization: string; email: string };
        plans: Array<{ title: string; goals: Array<{ description: string }> }>;
      };
    }>(PLANS, { id: person.id }, own.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.ownPlans.contactPerson).toMatchObject({
      name: 'Test COORDINATOR',
      organization: 'KAA-enheten',
      email: coordinatorUser.email,
    });
    expect(res.data!.ownPlans.plans[0]).toMatchObject({
      title: 'Min väg till studier',
      goals: [{ description: 'Jag vill börja plugga' }],
    });
    const { rows } = await t.pool.query<{ role: string; categories: string[]; user_id: string }>(
      "SELECT role, categories, user_id FROM access_log_entry WHERE young_person_id = $1 AND ground = 'SELF'",
      [person.id],
    );
    expect(rows).toContainEqual({ role: 'YOUNG_PERSON', categories: ['NAME', 'PLAN'], user_id: person.id });
  });

  it('withdraws a consent in one step: the partner’s access ends, audited, and not twice', async () => {
    const READ = 'query ($id: ID!) { youngPerson(id: $id) { id actionPlan { title } } }';
    expect((await t.graphql(READ, { id: person.id }, caseworker)).errors).toBeUndefined();
    const own = await ownToken('self', pin);
    const before = await t.graphql<{
      ownConsents: Array<{ id: string; status: string; recipientOrganization: string }>;
    }>(CONSENTS, { id: person.id }, own.accessToken);
    expect(before.data!.ownConsents).toEqual([
      expect.objectContaining({ id: consentId, status: 'ACTIVE', recipientOrganization: 'Socialtjänsten' }),
    ]);
    const withdrawn = await t.graphql<{ withdrawOwnConsent: { status: string; withdrawnAt: string } }>(
      WITHDRAW,
      { id: consentId },
      own.accessToken,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawOwnConsent.status).toBe('WITHDRAWN');
    expect(errorCode(await t.graphql(READ, { id: person.id }, caseworker))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(WITHDRAW, { id: consentId }, own.accessToken))).toBe('CONSENT_ENDED');
    const { rows } = await t.pool.query<{ actor_role: string; summary: Record<string, string> }>(
      "SELECT actor_role, summary FROM audit_event WHERE action = 'consent.withdraw' AND subject_id = $1",
      [consentId],
    );
    expect(rows).toEqual([
      {
        actor_role: 'YOUNG_PERSON',
        summary: expect.objectContaining({ withdrawnBy: 'YOUNG_PERSON', youngPersonId: person.id }) as unknown,
      },
    ]);
  });

  it('shows who read the record, when and on which ground, staff by name and organisation', async () => {
    const own = await ownToken('self', pin);
    const res = await t.graphql<{
      ownAccessLog: Array<{
        readerName: string | null;
        organization: string | null;
        readerKind: string;
        ground: string;
      }>;
    }>(ACCESS_LOG, { id: person.id }, own.accessToken);
    expect(res.errors).toBeUndefined();
    const entries = res.data!.ownAccessLog;
    expect(entries).toContainEqual(
      expect.objectContaining({ readerName: 'Test COORDINATOR', organization: 'KAA-enheten', ground: 'CASELOAD' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ organization: 'Socialtjänsten', ground: 'CONSENT', readerKind: 'STAFF' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ readerName: null, readerKind: 'YOUNG_PERSON', ground: 'SELF' }),
    );
  });

  it('records a rectification request and its handling by the coordinator, audited', async () => {
    const own = await ownToken('self', pin);
    expect(
      errorCode(
        await t.graphql(REQUEST, { input: { youngPersonId: person.id, field: 'NAME', text: '   ' } }, own.accessToken),
      ),
    ).toBe('RECTIFICATION_TEXT_INVALID');
    const made = await t.graphql<{ requestRectification: { id: string; status: string; requestedBy: string } }>(
      REQUEST,
      { input: { youngPersonId: person.id, field: 'OCCUPATION', text: 'Jag går på komvux sedan augusti.' } },
      own.accessToken,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data!.requestRectification.id;
    expect(made.data!.requestRectification).toMatchObject({ status: 'OPEN', requestedBy: 'YOUNG_PERSON' });

    // The coordinator sees it; a partner's role may not read requests, another coordinator not this one's.
    const staff = await t.graphql<{ rectificationRequests: Array<{ id: string; text: string }> }>(
      STAFF_REQUESTS,
      { id: person.id },
      coordinator,
    );
    expect(staff.data!.rectificationRequests).toEqual([
      expect.objectContaining({ id, text: 'Jag går på komvux sedan augusti.' }),
    ]);
    expect(errorCode(await t.graphql(STAFF_REQUESTS, { id: person.id }, caseworker))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(STAFF_REQUESTS, { id: person.id }, otherCoordinator))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(DECIDE, { input: { id, decision: 'REFUSED', reason: ' ' } }, coordinator))).toBe(
      'RECTIFICATION_TEXT_INVALID',
    );
    expect(errorCode(await t.graphql(DECIDE, { input: { id, decision: 'ACCEPTED' } }, otherCoordinator))).toBe(
      'NOT_FOUND',
    );
    const decided = await t.graphql<{ decideRectificationRequest: { status: string; decidedByName: string } }>(
      DECIDE,
      { input: { id, decision: 'REFUSED', reason: 'Komvux-kursen börjar i januari enligt skolan.' } },
      coordinator,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideRectificationRequest).toMatchObject({
      status: 'REFUSED',
      decidedByName: 'Test COORDINATOR',
    });
    expect(errorCode(await t.graphql(DECIDE, { input: { id, decision: 'ACCEPTED' } }, coordinator))).toBe(
      'RECTIFICATION_ALREADY_DECIDED',
    );
    const seen = await t.graphql<{ ownRectificationRequests: Array<{ status: string; decisionReason: string }> }>(
      OWN_REQUESTS,
      { id: person.id },
      own.accessToken,
    );
    expect(seen.data!.ownRectificationRequests).toEqual([
      expect.objectContaining({ status: 'REFUSED', decisionReason: 'Komvux-kursen börjar i januari enligt skolan.' }),
    ]);
    const { rows } = await t.pool.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY seq',
      [id],
    );
    expect(rows.map((row) => row.action)).toEqual(['rectification.request', 'rectification.decide']);
  });

  it('never shows another young person’s record, in the municipality or another', async () => {
    const own = await ownToken('self', pin);
    for (const id of [other.id, foreign.id, adult.id]) {
      for (const query of [PLANS, CONSENTS, ACCESS_LOG, OWN_REQUESTS]) {
        expect(errorCode(await t.graphql(query, { id }, own.accessToken))).toBe('NOT_FOUND');
      }
      expect(
        errorCode(
          await t.graphql(REQUEST, { input: { youngPersonId: id, field: 'NAME', text: 'Fel' } }, own.accessToken),
        ),
      ).toBe('NOT_FOUND');
    }
  });

  it('keeps the own view and staff apart, whichever token is used', async () => {
    const own = await ownToken('self', pin);
    // An own-view token reaches no staff operation …
    expect(
      errorCode(
        await t.graphql('query ($id: ID!) { youngPerson(id: $id) { id } }', { id: person.id }, own.accessToken),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(STAFF_REQUESTS, { id: person.id }, own.accessToken))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.graphql(DECIDE, { input: { id: person.id, decision: 'ACCEPTED' } }, own.accessToken)),
    ).toBe('FORBIDDEN');
    // … and a staff token (from a password sign-in) no own-view operation.
    expect(errorCode(await t.graphql('{ ownRecords { id } }', {}, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(PLANS, { id: person.id }, coordinator))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(WITHDRAW, { id: consentId }, coordinator))).toBe('FORBIDDEN');
    // A staff sign-in through the provider never gives the own view, even with the number.
    const staff = await signIn(undefined, { [CLAIM]: pin });
    expect(staff.location).toBe('/?oidc=OIDC_USER_UNKNOWN');
    expect(staff.selfCookie).toBeUndefined();
    // The own view's cookie is no refresh token, nor the other way round.
    const refresh = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        ...SESSION,
        cookie: `brygga_refresh=${(await signIn('self', { [CLAIM]: pin })).selfCookie?.split('=')[1]}`,
      },
      body: JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }),
    });
    expect(errorCode((await refresh.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> })).toBe(
      'AUTH_REFRESH_TOKEN_INVALID',
    );
  });

  it('signs a guardian in to the young people under 18 in their care', async () => {
    const own = await ownToken('guardian', guardianPin);
    expect(own.actor).toBe('GUARDIAN');
    expect(own.records.map((r) => r.id)).toEqual([person.id]);
    const res = await t.graphql(PLANS, { id: person.id }, own.accessToken);
    expect(res.errors).toBeUndefined();
    const { rows } = await t.pool.query<{ role: string }>(
      "SELECT role FROM access_log_entry WHERE young_person_id = $1 AND ground = 'SELF' AND role = 'GUARDIAN'",
      [person.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(errorCode(await t.graphql(PLANS, { id: adult.id }, own.accessToken))).toBe('NOT_FOUND');
  });

  it('ends a guardian’s view at the young person’s 18th birthday, at the next request', async () => {
    const soonPin = randomIdentityNumber({ age: 45 }).number;
    const soon = await register(t, coordinator, {
      personalIdentityNumber: randomIdentityNumber({ age: 17 }).number,
      givenName: 'Snart',
      familyName: 'Arton',
      guardians: [{ name: 'Förälder', relation: 'PARENT', personalIdentityNumber: soonPin }],
    });
    const own = await ownToken('guardian', soonPin);
    expect(own.records.map((r) => r.id)).toEqual([soon.id]);
    expect((await t.graphql(PLANS, { id: soon.id }, own.accessToken)).errors).toBeUndefined();
    // Born 18 years ago today (the municipality's day): an adult now.
    await t.pool.query(
      "UPDATE young_person SET date_of_birth = (now() AT TIME ZONE 'Europe/Stockholm')::date - interval '18 years' WHERE id = $1",
      [soon.id],
    );
    expect(errorCode(await t.graphql(PLANS, { id: soon.id }, own.accessToken))).toBe('AUTH_UNAUTHENTICATED');
  });

  it('keeps a guardian’s sign-in when the guardians are saved again without their personnummer', async () => {
    const guardianPin2 = randomIdentityNumber({ age: 44 }).number;
    const kept = await register(t, coordinator, {
      personalIdentityNumber: randomIdentityNumber({ age: 15 }).number,
      givenName: 'Kvar',
      familyName: 'Nummer',
      guardians: [{ name: 'Maja Nummer', relation: 'PARENT', personalIdentityNumber: guardianPin2 }],
    });
    const UPDATE = `mutation ($input: UpdateYoungPersonInput!) { updateYoungPerson(input: $input) { version } }`;
    const version = async () =>
      (await t.pool.query<{ version: number }>('SELECT version FROM young_person WHERE id = $1', [kept.id])).rows[0]
        .version;
    const save = async (guardians: Array<Record<string, unknown>>) => {
      const res = await t.graphql(UPDATE, { input: { id: kept.id, version: await version(), guardians } }, coordinator);
      expect(res.errors).toBeUndefined();
    };
    const stored = async () =>
      (
        await t.pool.query<{ name: string; personal_identity_number: string | null }>(
          'SELECT name, personal_identity_number FROM guardian WHERE young_person_id = $1 ORDER BY name',
          [kept.id],
        )
      ).rows;
    // The contact form sends the guardians as shown (no number): a new phone, a second guardian.
    await save([
      { name: ' maja nummer ', relation: 'PARENT', phone: '070-123 45 67' },
      { name: 'Olle Nummer', relation: 'PARENT' },
    ]);
    const own = await ownToken('guardian', guardianPin2);
    expect(own.records.map((r) => r.id)).toEqual([kept.id]);
    expect((await stored()).map((g) => [g.name, g.personal_identity_number !== null]).sort()).toEqual([
      ['Olle Nummer', false],
      ['maja nummer', true],
    ]);
    // Renamed, the guardian is not known to be the same person: the number is not carried over.
    await save([{ name: 'Maja Annan', relation: 'PARENT' }]);
    expect(await stored()).toEqual([{ name: 'Maja Annan', personal_identity_number: null }]);
    // An explicit null clears it.
    await save([{ name: 'Maja Annan', relation: 'PARENT', personalIdentityNumber: guardianPin2 }]);
    await save([{ name: 'Maja Annan', relation: 'PARENT', personalIdentityNumber: null }]);
    expect(await stored()).toEqual([{ name: 'Maja Annan', personal_identity_number: null }]);
  });

  it('refuses a guardian’s identity number that is not valid, naming the field', async () => {
    const res = await t.graphql(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          personalIdentityNumber: randomIdentityNumber().number,
          givenName: 'Fel',
          familyName: 'Nummer',
          guardians: [{ name: 'Förälder', relation: 'PARENT', personalIdentityNumber: '19800101-1234' }],
          enrollment: {
            registeredOn: new Date().toISOString().slice(0, 10),
            reason: 'DROPPED_OUT',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
          },
        },
      },
      coordinator,
    );
    expect(errorCode(res)).toBe('YOUNG_PERSON_IDENTITY_NUMBER_INVALID');
  });

  it('refuses a guardian of an adult, an unknown person and a missing number, as security events', async () => {
    const adultGuardian = await signIn('guardian', { [CLAIM]: adultGuardianPin });
    expect(adultGuardian.location).toBe('/min-sida?oidc=SELF_SERVICE_NO_WARD');
    expect(adultGuardian.selfCookie).toBeUndefined();
    expect(await securityEvents('SELF_SERVICE_NO_WARD', 1)).toBe(1);
    // The young person as a guardian of themselves: not a guardian.
    expect((await signIn('guardian', { [CLAIM]: pin })).location).toBe('/min-sida?oidc=SELF_SERVICE_NO_WARD');

    const unknown = await signIn('self', { [CLAIM]: randomIdentityNumber({ age: 17 }).number });
    expect(unknown.location).toBe('/min-sida?oidc=SELF_SERVICE_NO_RECORD');
    expect(await securityEvents('SELF_SERVICE_NO_RECORD', 1)).toBe(1);
    // A guardian's number is no young person's record.
    expect((await signIn('self', { [CLAIM]: guardianPin })).location).toBe('/min-sida?oidc=SELF_SERVICE_NO_RECORD');

    expect((await signIn('self', {})).location).toBe('/min-sida?oidc=SELF_SERVICE_IDENTITY_MISSING');
    expect((await signIn('self', { [CLAIM]: '19000101-0000' })).location).toBe(
      '/min-sida?oidc=SELF_SERVICE_IDENTITY_MISSING',
    );
    expect(await securityEvents('SELF_SERVICE_IDENTITY_MISSING', 2)).toBe(2);
    // The events carry no identity number.
    const { rows } = await t.pool.query<{ event: string }>(
      "SELECT row_to_json(s)::text AS event FROM security_event s WHERE code LIKE 'SELF_SERVICE_%'",
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const { event } of rows) {
      expect(event).not.toContain(adultGuardianPin);
      expect(event).not.toContain(pin);
      expect(event).not.toContain(guardianPin);
    }
  });

  it('ends the session on sign-out and refuses an invalid cookie', async () => {
    const signedIn = await signIn('self', { [CLAIM]: pin });
    const own = (await session(signedIn.selfCookie)).data!.selfServiceSession;
    const out = await t.graphql<{ endSelfServiceSession: boolean }>(
      'mutation { endSelfServiceSession }',
      {},
      own.accessToken,
    );
    expect(out.data?.endSelfServiceSession).toBe(true);
    expect(errorCode(await t.graphql('{ ownRecords { id } }', {}, own.accessToken))).toBe('AUTH_UNAUTHENTICATED');
    expect(errorCode(await session(signedIn.selfCookie))).toBe('SELF_SERVICE_SESSION_INVALID');
    expect(errorCode(await session(undefined))).toBe('SELF_SERVICE_SESSION_INVALID');
  });
});
