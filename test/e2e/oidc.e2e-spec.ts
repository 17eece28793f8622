import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

const ISSUER = 'https://idp.kommun.test';
const AUDIENCE = 'brygga';
const ME = '{ me { user { id } membership { organizationId } } }';

// A municipality's identity provider, stood in for by a JWKS endpoint on loopback.
describe('tokens from an external OpenID Connect provider', () => {
  let jwks: Server;
  let key: CryptoKey;
  let otherKey: CryptoKey;
  let t: TestApi;
  let user: TestUser;
  let secondOrgId: string;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const port = (jwks.address() as AddressInfo).port;
    t = await startTestApi({
      env: {
        OIDC_ISSUER: ISSUER,
        OIDC_AUDIENCE: AUDIENCE,
        OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
        OIDC_USER_CLAIM: 'hsaid',
      },
    });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    secondOrgId = school.id;
    user = await t.factories.user(kaa, Role.COORDINATOR, { externalSubject: 'SE2321000131-E000000000001' });
    await t.factories.membership(user.id, school, Role.SCHOOL_STAFF);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  function token(
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; expiresIn?: number; signWith?: CryptoKey } = {},
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt(now - 10)
      .setExpirationTime(now + (options.expiresIn ?? 300))
      .sign(options.signWith ?? key);
  }

  it('offers no sign-in through the provider without a client id (resource server only)', async () => {
    const res = await t.graphql<{ signInOptions: { oidc: unknown } }>('{ signInOptions { oidc { name } } }');
    expect(res.data?.signInOptions.oidc).toBeNull();
    for (const path of ['/auth/oidc/start', '/auth/oidc/callback?code=x&state=y']) {
      const response = await fetch(`${t.url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
    }
  });

  it('authenticates the user the configured claim names', async () => {
    const res = await t.graphql<{ me: { user: { id: string } } }>(
      ME,
      {},
      await token({ hsaid: 'SE2321000131-E000000000001' }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.user.id).toBe(user.id);
  });

  it('picks the membership named by X-Organization-Id', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.url)
      .post('/graphql')
      .set('authorization', `Bearer ${await token({ hsaid: 'SE2321000131-E000000000001' })}`)
      .set('x-organization-id', secondOrgId)
      .send({ query: ME });
    expect(
      (res.body as { data: { me: { membership: { organizationId: string } } } }).data.me.membership.organizationId,
    ).toBe(secondOrgId);
  });

  it('refuses a wrong audience, a wrong issuer, an unknown subject, an expired token and another key', async () => {
    const cases = [
      await token({ hsaid: 'SE2321000131-E000000000001' }, { audience: 'someone-else' }),
      await token({ hsaid: 'SE2321000131-E000000000001' }, { issuer: 'https://evil.test' }),
      await token({ hsaid: 'SE2321000131-E999999999999' }),
      await token({ hsaid: 'SE2321000131-E000000000001' }, { expiresIn: -120 }),
      await token({ hsaid: 'SE2321000131-E000000000001' }, { signWith: otherKey }),
      await token({ sub: 'SE2321000131-E000000000001' }),
    ];
    for (const bad of cases) {
      const res = await t.graphql(ME, {}, bad);
      expect(['AUTH_UNAUTHENTICATED', 'AUTH_TOKEN_EXPIRED']).toContain(res.errors?.[0]?.extensions?.code);
      expect(res.data ?? null).toBeNull();
    }
  });
});
