import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { freePort, oidcSignInEnv, startTestOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startTestApi, type TestApi } from '../support/test-api';

const SUBJECT = 'SE2321000131-E000000000777';
const SESSION = { 'x-brygga-session': 'cookie', 'content-type': 'application/json' };

// Sign-in through the municipality's OpenID Connect provider, the browser's redirects followed
// by hand over HTTP (issue 15): the api as the client (authorization code + PKCE), the
// provider's answer checked, and a Brygga session as a password sign-in starts it.
describe('sign-in through the OpenID Connect provider', () => {
  let provider: TestOidcProvider;
  let t: TestApi;
  let user: TestUser;
  let school: TestOrganization;
  let otherOrganizationId: string;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestOidcProvider({
      redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
      userClaim: 'hsaid',
    });
    t = await startTestApi({ env: { ...oidcSignInEnv(provider, port), OIDC_USER_CLAIM: 'hsaid' } });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    otherOrganizationId = (await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES)).id;
    user = await t.factories.user(kaa, Role.COORDINATOR, { externalSubject: SUBJECT });
    await t.factories.membership(user.id, school, Role.SCHOOL_STAFF);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  function cookieOf(response: Response, name: string): string | undefined {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const index = pair.indexOf('=');
      if (pair.slice(0, index) === name) return header;
    }
    return undefined;
  }

  function valueOf(setCookie: string | undefined): string {
    const pair = (setCookie ?? '').split(';')[0];
    return pair.slice(pair.indexOf('=') + 1);
  }

  const get = (url: string, cookie?: string) =>
    fetch(url.startsWith('http') ? url : `${t.url}${url}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });

  // /auth/oidc/start, then the provider: the callback address the provider sends the browser to,
  // and the flow cookie the api set.
  async function startAtProvider(): Promise<{ callback: string; flowCookie: string }> {
    const start = await get('/auth/oidc/start');
    expect(start.status).toBe(302);
    const flow = cookieOf(start, 'brygga_oidc');
    expect(flow).toMatch(/HttpOnly/i);
    expect(flow).toMatch(/SameSite=Lax/i);
    expect(flow).toMatch(/Path=\/auth\/oidc/);
    const atProvider = await get(start.headers.get('location') ?? '');
    expect(atProvider.status).toBe(302);
    return { callback: atProvider.headers.get('location') ?? '', flowCookie: `brygga_oidc=${valueOf(flow)}` };
  }

  async function refreshWith(refreshCookie: string) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...SESSION, cookie: refreshCookie },
      body: JSON.stringify({ query: 'mutation { refreshSession { accessToken membership { organizationId role } } }' }),
    });
    return {
      body: (await res.json()) as {
        data?: { refreshSession: { accessToken: string; membership: { organizationId: string; role: string } } };
        errors?: Array<{ extensions?: { code?: string } }>;
      },
      next: cookieOf(res, 'brygga_refresh'),
    };
  }

  async function securityEvents(code: string): Promise<number> {
    const { rows } = await t.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM security_event WHERE kind = 'LOGIN_FAILED' AND code = $1",
      [code],
    );
    return rows[0].n;
  }

  it('tells the sign-in page about the provider', async () => {
    const res = await t.graphql<{ signInOptions: { oidc: { name: string; startUrl: string } | null } }>(
      '{ signInOptions { oidc { name startUrl } } }',
    );
    expect(res.data?.signInOptions.oidc).toEqual({ name: 'Kommunens e-legitimation', startUrl: '/auth/oidc/start' });
  });

  it('sends the browser to the provider with PKCE, a state and a nonce', async () => {
    const start = await get('/auth/oidc/start');
    const location = new URL(start.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(provider.authorizationUrl);
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('client_id')).toBe(provider.clientId);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The verifier never leaves in the address.
    expect(start.headers.get('location')).not.toContain('verifier');
  });

  it('signs the person in: a Brygga session in the refresh cookie, the first membership, audited', async () => {
    provider.signInAs(SUBJECT);
    const { callback, flowCookie } = await startAtProvider();
    const back = await get(callback, flowCookie);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/?oidc=ok');
    const refresh = cookieOf(back, 'brygga_refresh');
    expect(refresh).toMatch(/HttpOnly/i);
    expect(refresh).toMatch(/SameSite=Strict/i);
    // The flow cookie is used once.
    expect(cookieOf(back, 'brygga_oidc')).toMatch(/Expires=Thu, 01 Jan 1970/);

    const session = await refreshWith(`brygga_refresh=${valueOf(refresh)}`);
    expect(session.body.errors).toBeUndefined();
    expect(session.body.data?.refreshSession.membership.role).toBe('COORDINATOR');
    const { rows } = await t.pool.query<{ summary: { method: string } }>(
      "SELECT summary FROM audit_event WHERE action = 'auth.login' AND actor_user_id = $1",
      [user.id],
    );
    expect(rows.map((row) => row.summary.method)).toContain('oidc');

    // The user continues as school staff: new tokens for that membership, the old cookie dead.
    const switched = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...SESSION, authorization: `Bearer ${session.body.data?.refreshSession.accessToken}` },
      body: JSON.stringify({
        query: 'mutation ($input: SwitchMembershipInput!) { switchMembership(input: $input) { membership { role } } }',
        variables: { input: { organizationId: school.id } },
      }),
    });
    // Not into an organisation where the user has no membership.
    const elsewhere = await t.graphql(
      'mutation ($input: SwitchMembershipInput!) { switchMembership(input: $input) { accessToken } }',
      { input: { organizationId: otherOrganizationId } },
      session.body.data?.refreshSession.accessToken,
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('AUTH_NO_MEMBERSHIP');
    const switchedBody = (await switched.json()) as { data?: { switchMembership: { membership: { role: string } } } };
    expect(switchedBody.data?.switchMembership.membership.role).toBe('SCHOOL_STAFF');
    const schoolCookie = cookieOf(switched, 'brygga_refresh');
    expect((await refreshWith(`brygga_refresh=${valueOf(session.next)}`)).body.errors?.[0]?.extensions?.code).toBe(
      'AUTH_REFRESH_TOKEN_INVALID',
    );
    const asSchool = await refreshWith(`brygga_refresh=${valueOf(schoolCookie)}`);
    expect(asSchool.body.data?.refreshSession.membership).toEqual({ organizationId: school.id, role: 'SCHOOL_STAFF' });
  });

  it('refuses a return without this browser’s flow, with a state that differs, or a code used twice', async () => {
    provider.signInAs(SUBJECT);
    const first = await startAtProvider();
    // Another browser (no flow cookie).
    const stranger = await get(first.callback);
    expect(stranger.headers.get('location')).toBe('/?oidc=OIDC_SIGN_IN_EXPIRED');
    expect(cookieOf(stranger, 'brygga_refresh')).toBeUndefined();

    // The state of another sign-in (a forged link) is refused and recorded.
    const before = await securityEvents('OIDC_SIGN_IN_FAILED');
    const second = await startAtProvider();
    const forged = await get(first.callback, second.flowCookie);
    expect(forged.headers.get('location')).toBe('/?oidc=OIDC_SIGN_IN_FAILED');
    expect(cookieOf(forged, 'brygga_refresh')).toBeUndefined();

    // The right pair works once; the same code again is refused by the provider.
    const ok = await get(second.callback, second.flowCookie);
    expect(ok.headers.get('location')).toBe('/?oidc=ok');
    const replay = await get(second.callback, second.flowCookie);
    expect(replay.headers.get('location')).toBe('/?oidc=OIDC_SIGN_IN_FAILED');
    expect(provider.redemptions.at(-1)).toEqual({ ok: false, reason: 'code used or expired' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await securityEvents('OIDC_SIGN_IN_FAILED')).toBeGreaterThanOrEqual(before + 2);
  });

  it('refuses an ID token with another nonce or for another client', async () => {
    provider.signInAs(SUBJECT);
    for (const claims of [{ nonce: 'not-this-sign-in' }, { aud: 'another-client' }]) {
      const { callback, flowCookie } = await startAtProvider();
      provider.tamperNext(claims);
      const back = await get(callback, flowCookie);
      expect(back.headers.get('location')).toBe('/?oidc=OIDC_SIGN_IN_FAILED');
      expect(cookieOf(back, 'brygga_refresh')).toBeUndefined();
    }
  });

  it('tells an unknown person and a cancelled sign-in apart, starting no session', async () => {
    provider.signInAs('SE2321000131-E000000009999');
    const unknown = await startAtProvider();
    const back = await get(unknown.callback, unknown.flowCookie);
    expect(back.headers.get('location')).toBe('/?oidc=OIDC_USER_UNKNOWN');
    expect(cookieOf(back, 'brygga_refresh')).toBeUndefined();

    provider.refuseNext('access_denied');
    const cancelled = await startAtProvider();
    const cancel = await get(cancelled.callback, cancelled.flowCookie);
    expect(cancel.headers.get('location')).toBe('/?oidc=OIDC_SIGN_IN_CANCELLED');
  });

  it('is not offered to a disabled user', async () => {
    await t.pool.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [user.id]);
    try {
      provider.signInAs(SUBJECT);
      const { callback, flowCookie } = await startAtProvider();
      expect((await get(callback, flowCookie)).headers.get('location')).toBe('/?oidc=OIDC_USER_UNKNOWN');
    } finally {
      await t.pool.query('UPDATE app_user SET disabled_at = NULL WHERE id = $1', [user.id]);
    }
  });
});
