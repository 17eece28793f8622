import request from 'supertest';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

// The web app's session (issue 21): the refresh token in an httpOnly, SameSite=Strict cookie
// that JavaScript cannot read, the access token in the body only; integrations keep both
// tokens in the body.
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH_SESSION = 'mutation { refreshSession { accessToken refreshToken membership { role } } }';
const LOGOUT = 'mutation { logout }';
const ME = '{ me { user { id } } }';

interface Sent {
  status: number;
  body: {
    data?: Record<string, { accessToken?: string; refreshToken?: string } | boolean | null> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  cookie: string | undefined;
}

describe('browser session cookie', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    user = await t.factories.user(kaa, Role.COORDINATOR);
  });
  afterAll(async () => {
    await t.close();
  });

  async function send(
    query: string,
    options: { variables?: Record<string, unknown>; headers?: Record<string, string>; cookie?: string } = {},
  ): Promise<Sent> {
    let req = request(t.url).post('/graphql').set('content-type', 'application/json');
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
    if (options.cookie) req = req.set('cookie', options.cookie);
    const res = await req.send({ query, variables: options.variables });
    const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
    return {
      status: res.status,
      body: res.body as Sent['body'],
      cookie: setCookie?.find((c) => c.startsWith('brygga_refresh=')),
    };
  }

  const browser = { 'x-brygga-session': 'cookie' };
  const credentials = () => ({ input: { email: user.email, password: user.password } });
  const pair = (setCookie: string | undefined) => setCookie?.split(';')[0];
  const code = (sent: Sent) => sent.body.errors?.[0]?.extensions?.code;

  it('sets the refresh token as an httpOnly SameSite=Strict cookie for the web app, not in the body', async () => {
    const sent = await send(LOGIN, { variables: credentials(), headers: browser });
    expect(sent.body.errors).toBeUndefined();
    const login = sent.body.data?.login as { accessToken: string; refreshToken: string };
    expect(login.accessToken).toMatch(/\./);
    expect(login.refreshToken).toBe('');
    expect(sent.cookie).toMatch(/^brygga_refresh=[A-Za-z0-9_-]{20,}/);
    expect(sent.cookie).toMatch(/; HttpOnly/);
    expect(sent.cookie).toMatch(/; SameSite=Strict/);
    expect(sent.cookie).toMatch(/; Path=\/graphql/);
    // Plain HTTP to a loopback address outside production (the dev server, the browser tests).
    expect(sent.cookie).not.toMatch(/; Secure/);
  });

  it('marks the cookie Secure over HTTPS or on any other host', async () => {
    const https = await send(LOGIN, {
      variables: credentials(),
      headers: { ...browser, 'x-forwarded-proto': 'https' },
    });
    expect(https.cookie).toMatch(/; Secure/);
    const named = await send(LOGIN, { variables: credentials(), headers: { ...browser, host: 'brygga.kommun.se' } });
    expect(named.cookie).toMatch(/; Secure/);
  });

  it('keeps the token-in-body flow for integrations: no cookie without the header', async () => {
    const sent = await send(LOGIN, { variables: credentials() });
    expect(sent.cookie).toBeUndefined();
    expect((sent.body.data?.login as { refreshToken: string }).refreshToken.length).toBeGreaterThan(20);
  });

  it('refreshes through the cookie once, rotating it; a replayed cookie ends the family and is cleared', async () => {
    const login = await send(LOGIN, { variables: credentials(), headers: browser });
    const first = pair(login.cookie)!;
    const refreshed = await send(REFRESH_SESSION, { headers: browser, cookie: first });
    expect(refreshed.body.errors).toBeUndefined();
    const payload = refreshed.body.data?.refreshSession as { accessToken: string; refreshToken: string };
    expect(payload.refreshToken).toBe('');
    const me = await send(ME, { headers: { authorization: `Bearer ${payload.accessToken}` } });
    expect(me.body.errors).toBeUndefined();
    const second = pair(refreshed.cookie)!;
    expect(second).not.toBe(first);

    const replay = await send(REFRESH_SESSION, { headers: browser, cookie: first });
    expect(code(replay)).toBe('AUTH_REFRESH_TOKEN_INVALID');
    expect(replay.cookie).toMatch(/^brygga_refresh=;/); // cleared
    // The replay revoked the whole family, the rotated cookie included.
    expect(code(await send(REFRESH_SESSION, { headers: browser, cookie: second }))).toBe('AUTH_REFRESH_TOKEN_INVALID');
  });

  it('ignores the cookie without the header, so another site cannot use it', async () => {
    const login = await send(LOGIN, { variables: credentials(), headers: browser });
    const refreshed = await send(REFRESH_SESSION, { cookie: pair(login.cookie) });
    expect(code(refreshed)).toBe('AUTH_REFRESH_TOKEN_INVALID');
    // Still good for the app itself.
    expect((await send(REFRESH_SESSION, { headers: browser, cookie: pair(login.cookie) })).body.errors).toBeUndefined();
  });

  it('signing out revokes and clears the cookie', async () => {
    const login = await send(LOGIN, { variables: credentials(), headers: browser });
    const cookie = pair(login.cookie)!;
    const token = (login.body.data?.login as { accessToken: string }).accessToken;
    const out = await send(LOGOUT, { headers: { ...browser, authorization: `Bearer ${token}` }, cookie });
    expect(out.body.data?.logout).toBe(true);
    expect(out.cookie).toMatch(/^brygga_refresh=;/);
    expect(code(await send(REFRESH_SESSION, { headers: browser, cookie }))).toBe('AUTH_REFRESH_TOKEN_INVALID');
  });
});
