import request from 'supertest';

import { accountKeyOf, SecurityEventService } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const ME = '{ me { user { id } } }';
const POOL_SIZE = 4;
const MAX_ATTEMPTS = 3;
// LoginRateLimiter's ADDRESS_FACTOR: an address may fail ten times the account limit.
const ADDRESS_CAP = MAX_ATTEMPTS * 10;

// A burst of logins larger than the pool (issue 14, item 1; issue 21): every call answers with a
// refusal code, never more than the limit are checked, and other users keep working. Counted by
// code, never timed. Each burst comes from its own client address (X-Forwarded-For, trusted from
// loopback), so the address limit of one test does not spill into another.
describe('a burst of logins', () => {
  let t: TestApi;
  let other: TestUser;
  let otherToken: string;
  let kaa: TestOrganization;

  beforeAll(async () => {
    t = await startTestApi({
      env: { DATABASE_POOL_SIZE: String(POOL_SIZE), LOGIN_MAX_ATTEMPTS_PER_MINUTE: String(MAX_ATTEMPTS) },
    });
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    other = await t.factories.user(kaa, Role.COORDINATOR);
    otherToken = await t.login(other);
  });
  afterAll(async () => {
    await t.close();
  });

  async function login(email: string, password: string, address: string): Promise<string> {
    const res = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address)
      .send({ query: LOGIN, variables: { input: { email, password } } });
    const body = res.body as { data?: { login?: unknown }; errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.[0]?.extensions?.code ?? (body.data?.login ? 'OK' : `HTTP ${res.status}`);
  }

  function tally(codes: string[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
    return counts;
  }

  async function failedAttempts(address: string): Promise<number> {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM login_attempt WHERE client_address = $1 AND NOT succeeded',
      [address],
    );
    return rows[0].n;
  }

  it('to one account answers the limit with AUTH_INVALID_CREDENTIALS and the rest RATE_LIMITED, while others work', async () => {
    const victim = await t.factories.user(kaa, Role.COORDINATOR);
    const address = '203.0.113.1';
    const burst = Promise.all(Array.from({ length: 30 }, (_, i) => login(victim.email, `wrong-${i}`, address)));
    const others = Promise.all(
      Array.from({ length: 3 }, () => t.graphql<{ me: { user: { id: string } } }>(ME, {}, otherToken)),
    );
    const [codes, mes] = await Promise.all([burst, others]);

    expect(tally(codes)).toEqual({ AUTH_INVALID_CREDENTIALS: MAX_ATTEMPTS, RATE_LIMITED: 30 - MAX_ATTEMPTS });
    for (const me of mes) {
      expect(me.errors).toBeUndefined();
      expect(me.data?.me.user.id).toBe(other.id);
    }
    // Exactly the limit was admitted to the password check.
    expect(await failedAttempts(address)).toBe(MAX_ATTEMPTS);
    // The pool is not left starved: another user signs in at once afterwards.
    expect(await login(other.email, other.password, '203.0.113.9')).toBe('OK');
    // Every refusal is a security event (written in batches, off the logins' path), and the
    // repeated failures against the account raised one anomaly.
    await t.api.app.get(SecurityEventService).flush();
    const { rows } = await t.pool.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM security_event WHERE account_key = $1 GROUP BY kind ORDER BY kind`,
      [accountKeyOf(victim.email)],
    );
    expect(rows).toEqual([
      { kind: 'ANOMALY_ACCOUNT', n: 1 },
      { kind: 'LOGIN_FAILED', n: MAX_ATTEMPTS },
      { kind: 'LOGIN_THROTTLED', n: 30 - MAX_ATTEMPTS },
    ]);
  });

  it('over many accounts from one address holds the address limit', async () => {
    const address = '203.0.113.2';
    const accounts = ADDRESS_CAP + 10;
    const codes = await Promise.all(
      Array.from({ length: accounts }, (_, i) => login(`burst-${i}@test.brygga.se`, 'wrong', address)),
    );
    expect(tally(codes)).toEqual({ AUTH_INVALID_CREDENTIALS: ADDRESS_CAP, RATE_LIMITED: accounts - ADDRESS_CAP });
    expect(await failedAttempts(address)).toBe(ADDRESS_CAP);
    // Another address is not affected by this one's limit.
    expect(await login(other.email, other.password, '203.0.113.10')).toBe('OK');
  });
});
