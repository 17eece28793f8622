import { randomBytes } from 'node:crypto';

import { decodeJwt, SignJWT } from 'jose';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';

const LOGIN =
  'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken membership { role } } }';
const REFRESH =
  'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken refreshToken } }';
const ME = '{ me { user { id } membership { id role } } }';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

function code(res: GraphqlResponse): unknown {
  return res.errors?.[0]?.extensions?.code;
}

describe('authentication', () => {
  let t: TestApi;
  let kaa: TestOrganization;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
  });
  afterAll(async () => {
    await t.close();
  });

  async function login(user: Pick<TestUser, 'email' | 'password'>): Promise<GraphqlResponse<{ login: Tokens }>> {
    return t.graphql<{ login: Tokens }>(LOGIN, { input: { email: user.email, password: user.password } });
  }

  async function signingKey(): Promise<Uint8Array> {
    const { rows } = await t.pool.query<{ secret: string }>(
      'SELECT secret FROM auth_signing_key ORDER BY created_at LIMIT 1',
    );
    return new TextEncoder().encode(rows[0].secret);
  }

  it('signs in with the right password and the token reads `me`', async () => {
    const user = await t.factories.user(kaa, Role.COORDINATOR);
    const res = await login(user);
    expect(res.errors).toBeUndefined();
    const me = await t.graphql<{ me: { user: { id: string } } }>(ME, {}, res.data!.login.accessToken);
    expect(me.data?.me.user.id).toBe(user.id);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const user = await t.factories.user(kaa, Role.COORDINATOR);
    const wrong = await login({ email: user.email, password: 'not the password' });
    const unknown = await login({ email: `nobody-${randomBytes(3).toString('hex')}@test.brygga.se`, password: 'x' });
    expect(code(wrong)).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(code(unknown)).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('ends access at the next request when the user is disabled or the membership ends', async () => {
    const disabled = await t.factories.user(kaa, Role.COORDINATOR);
    const ended = await t.factories.user(kaa, Role.COORDINATOR);
    const disabledToken = await t.login(disabled);
    const endedToken = await t.login(ended);
    await t.pool.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [disabled.id]);
    await t.pool.query('UPDATE membership SET ended_at = now() WHERE id = $1', [ended.membershipId]);
    for (const token of [disabledToken, endedToken]) {
      const res = await t.graphql(ME, {}, token);
      expect(code(res)).toBe('AUTH_UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
    expect(code(await login(disabled))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(code(await login(ended))).toBe('AUTH_NO_MEMBERSHIP');
  });

  describe('rate limit', () => {
    it('refuses the sixth failed attempt within a minute, even with the right password then', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      for (let i = 0; i < 5; i += 1)
        expect(code(await login({ email: user.email, password: 'wrong' }))).toBe('AUTH_INVALID_CREDENTIALS');
      expect(code(await login(user))).toBe('RATE_LIMITED');
      // Another account from the same address is not affected.
      const other = await t.factories.user(kaa, Role.COORDINATOR);
      expect((await login(other)).errors).toBeUndefined();
    });

    it('gives aliased logins in one request no extra guesses', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const aliased = (password: (i: number) => string): string =>
        `mutation { ${Array.from({ length: 6 }, (_, i) => `l${i}: login(input: { email: "${user.email}", password: "${password(i)}" }) { accessToken }`).join(' ')} }`;
      // login is non-null: the first failed alias ends the whole mutation, so a request
      // carries at most one guess.
      const guesses = await t.graphql(aliased((i) => `wrong-${i}`));
      expect(guesses.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([
        ['l0', 'AUTH_INVALID_CREDENTIALS'],
      ]);
      for (let i = 0; i < 4; i += 1) await login({ email: user.email, password: 'wrong' });
      // Five failures counted; aliased logins with the right password are each refused.
      const blocked = await t.graphql(aliased(() => user.password));
      expect(blocked.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
      expect(blocked.data ?? null).toBeNull();
    });
  });

  describe('refresh tokens', () => {
    it('rotate: a refresh gives new tokens, and replaying an old one revokes the whole family', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const first = (await login(user)).data!.login;
      const second = await t.graphql<{ refreshAccessToken: Tokens }>(REFRESH, {
        input: { refreshToken: first.refreshToken },
      });
      expect(second.errors).toBeUndefined();
      const rotated = second.data!.refreshAccessToken;
      expect(rotated.refreshToken).not.toBe(first.refreshToken);
      expect((await t.graphql(ME, {}, rotated.accessToken)).errors).toBeUndefined();

      const replay = await t.graphql(REFRESH, { input: { refreshToken: first.refreshToken } });
      expect(code(replay)).toBe('AUTH_REFRESH_TOKEN_INVALID');
      // The thief's replay also kills the legitimate holder's newer token.
      expect(code(await t.graphql(REFRESH, { input: { refreshToken: rotated.refreshToken } }))).toBe(
        'AUTH_REFRESH_TOKEN_INVALID',
      );
    });

    it('let exactly one of two concurrent refreshes with the same token win', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const { refreshToken } = (await login(user)).data!.login;
      const results = await Promise.all([1, 2].map(() => t.graphql(REFRESH, { input: { refreshToken } })));
      expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    });

    it('answer AUTH_REFRESH_TOKEN_INVALID for any text that is not one, whatever its length', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const { accessToken, refreshToken } = (await login(user)).data!.login;
      const notRefreshTokens: Record<string, string> = {
        // The mistake a client makes: the access token (a JWT, longer than any refresh token).
        'the access token': accessToken,
        empty: '',
        short: 'abc',
        'a truncated refresh token': refreshToken.slice(0, 20),
        'a random one of the right length': randomBytes(32).toString('base64url'),
        'over-long': 'x'.repeat(5_000),
      };
      const answers: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(notRefreshTokens)) {
        const res = await t.graphql(REFRESH, { input: { refreshToken: value } });
        answers[name] = [code(res), res.data ?? null];
      }
      expect(answers).toEqual(
        Object.fromEntries(Object.keys(notRefreshTokens).map((name) => [name, ['AUTH_REFRESH_TOKEN_INVALID', null]])),
      );
      // None of them used up the real one.
      expect((await t.graphql(REFRESH, { input: { refreshToken } })).errors).toBeUndefined();
    });

    it('are revoked by logout', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const tokens = (await login(user)).data!.login;
      expect((await t.graphql('mutation { logout }', {}, tokens.accessToken)).errors).toBeUndefined();
      expect(code(await t.graphql(REFRESH, { input: { refreshToken: tokens.refreshToken } }))).toBe(
        'AUTH_REFRESH_TOKEN_INVALID',
      );
    });
  });

  describe('access tokens', () => {
    it('carry no personal data', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const claims = decodeJwt((await login(user)).data!.login.accessToken);
      expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'mid', 'sub']);
      expect(JSON.stringify(claims)).not.toContain(user.email);
    });

    it('refuse garbage, another key and expiry; a public operation still works with a bad header', async () => {
      const user = await t.factories.user(kaa, Role.COORDINATOR);
      const forged = await new SignJWT({ mid: user.membershipId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer('brygga')
        .setAudience('brygga-api')
        .setExpirationTime('10m')
        .sign(randomBytes(48));
      const expired = await new SignJWT({ mid: user.membershipId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer('brygga')
        .setAudience('brygga-api')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(await signingKey());
      expect(code(await t.graphql(ME, {}, 'garbage'))).toBe('AUTH_UNAUTHENTICATED');
      expect(code(await t.graphql(ME, {}, forged))).toBe('AUTH_UNAUTHENTICATED');
      expect(code(await t.graphql(ME, {}, expired))).toBe('AUTH_TOKEN_EXPIRED');
      const publicCall = await t.graphql(LOGIN, { input: { email: user.email, password: user.password } }, 'garbage');
      expect(publicCall.errors).toBeUndefined();
    });
  });

  it('takes the tenant from the principal: an organisation is created in the caller’s municipality', async () => {
    const admin = await t.factories.user(kaa, Role.ADMIN);
    const token = await t.login(admin);
    const res = await t.graphql<{ createOrganization: { id: string } }>(
      'mutation { createOrganization(input: { name: "Västra gymnasiet", kind: SCHOOL }) { id } }',
      {},
      token,
    );
    const { rows } = await t.pool.query<{ municipality_id: string }>(
      'SELECT municipality_id FROM organization WHERE id = $1',
      [res.data!.createOrganization.id],
    );
    expect(rows[0].municipality_id).toBe(kaa.municipalityId);
    const naming = await t.graphql(
      `mutation { createOrganization(input: { name: "X skola", kind: SCHOOL, municipalityId: "${randomBytes(16).toString('hex')}" }) { id } }`,
      {},
      token,
    );
    expect(code(naming)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('audits a successful login and keeps only the attempt of a failed one', async () => {
    const user = await t.factories.user(kaa, Role.COORDINATOR);
    const before = await t.factories.auditCount(kaa.municipalityId);
    await login({ email: user.email, password: 'wrong' });
    expect(await t.factories.auditCount(kaa.municipalityId)).toBe(before);
    const { rows } = await t.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM login_attempt WHERE account_key = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND NOT succeeded",
      [user.email],
    );
    expect(rows[0].n).toBe(1);
    await login(user);
    const audit = await t.pool.query<{ action: string; subject_id: string }>(
      'SELECT action, subject_id FROM audit_event WHERE municipality_id = $1 ORDER BY seq DESC LIMIT 1',
      [kaa.municipalityId],
    );
    expect(audit.rows[0]).toEqual({ action: 'auth.login', subject_id: user.id });
  });
});
