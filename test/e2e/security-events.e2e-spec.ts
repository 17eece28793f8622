import request from 'supertest';

import { accountKeyOf, SecurityEventService } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { nextResults, startTestApi, type TestApi } from '../support/test-api';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const EVENTS = `query ($filter: SecurityEventFilterInput) {
  securityEvents(filter: $filter, first: 50) {
    totalCount
    nodes { id occurredAt kind userId userName accountKey clientAddress code operation events accounts windowSeconds }
  }
}`;

interface EventView {
  id: string;
  kind: string;
  userId: string | null;
  userName: string | null;
  accountKey: string | null;
  clientAddress: string | null;
  code: string | null;
  operation: string | null;
  events: number | null;
  accounts: number | null;
  windowSeconds: number | null;
}

// Issue 19: failed logins, refused tokens, throttled clients and refused operations are security
// events (never with the password, token or e-mail), the log reviewer reads them beside the
// access log, and repeated failures against one account or from one address raise an anomaly.
describe('security events', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let reviewerToken: string;
  let foreignReviewerToken: string;
  let coordinator: TestUser;
  let coordinatorToken: string;

  beforeAll(async () => {
    t = await startTestApi({
      env: {
        LOGIN_MAX_ATTEMPTS_PER_MINUTE: '4',
        SECURITY_ANOMALY_ACCOUNT_FAILURES: '3',
        SECURITY_ANOMALY_ADDRESS_FAILURES: '6',
      },
    });
    const m = await t.factories.municipality();
    let other = await t.factories.municipality();
    while (other.id === m.id) other = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    const foreignManagement = await t.factories.organization(other.id, OrganizationKind.MANAGEMENT);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    coordinatorToken = await t.login(coordinator);
    reviewerToken = await t.login(await t.factories.user(management, Role.LOG_REVIEWER));
    foreignReviewerToken = await t.login(await t.factories.user(foreignManagement, Role.LOG_REVIEWER));
  });
  afterAll(async () => {
    await t.close();
  });

  async function login(email: string, password: string, address: string): Promise<string> {
    const res = await request(t.url)
      .post('/graphql')
      .set('x-forwarded-for', address)
      .send({ query: LOGIN, variables: { input: { email, password } } });
    const body = res.body as { data?: { login?: unknown }; errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  }

  async function events(token: string, filter: Record<string, unknown> = {}): Promise<EventView[]> {
    await t.api.app.get(SecurityEventService).flush();
    const res = await t.graphql<{ securityEvents: { nodes: EventView[] } }>(EVENTS, { filter }, token);
    expect(res.errors).toBeUndefined();
    return res.data?.securityEvents.nodes ?? [];
  }

  it('records failed and throttled logins without the password or e-mail, and raises one anomaly per account', async () => {
    const victim = await t.factories.user(kaa, Role.COORDINATOR);
    const address = '198.51.100.1';
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) codes.push(await login(victim.email, `fel-losenord-${i}`, address));
    expect(codes).toEqual([
      ...Array<string>(4).fill('AUTH_INVALID_CREDENTIALS'),
      ...Array<string>(2).fill('RATE_LIMITED'),
    ]);

    const seen = (await events(reviewerToken)).filter((e) => e.accountKey === accountKeyOf(victim.email));
    expect(seen.map((e) => e.kind).sort()).toEqual([
      'ANOMALY_ACCOUNT',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_THROTTLED',
      'LOGIN_THROTTLED',
    ]);
    const failed = seen.find((e) => e.kind === 'LOGIN_FAILED');
    expect(failed).toMatchObject({ userId: victim.id, clientAddress: address, code: 'AUTH_INVALID_CREDENTIALS' });
    expect(seen.find((e) => e.kind === 'LOGIN_THROTTLED')).toMatchObject({ userId: victim.id, code: 'RATE_LIMITED' });
    // Raised once, at the threshold, naming the count and the window.
    expect(seen.find((e) => e.kind === 'ANOMALY_ACCOUNT')).toMatchObject({ userId: victim.id, windowSeconds: 900 });

    // The reviewer reads the user by name, and follows the anomaly to the events behind it by
    // its account, or by the address they came from (the reviewer's screen does both).
    expect(failed?.userName).toBe(`Test ${Role.COORDINATOR}`);
    const byAccount = await events(reviewerToken, { accountKey: accountKeyOf(victim.email) });
    expect(byAccount.map((e) => e.id).sort()).toEqual(seen.map((e) => e.id).sort());
    const byAddress = await events(reviewerToken, { clientAddress: address, kinds: ['LOGIN_FAILED'] });
    expect(byAddress).toHaveLength(4);
    expect(byAddress.every((e) => e.clientAddress === address && e.kind === 'LOGIN_FAILED')).toBe(true);
    // Another municipality's reviewer following the same account sees nothing.
    expect(await events(foreignReviewerToken, { accountKey: accountKeyOf(victim.email) })).toEqual([]);
    // A key or address that is not one is refused with a stable code, not searched.
    for (const filter of [{ accountKey: 'ABC' }, { accountKey: victim.email }, { clientAddress: "1' OR '1'='1" }]) {
      const bad = await t.graphql(EVENTS, { filter }, reviewerToken);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }

    // Nothing of the password or the e-mail is stored anywhere in the table.
    const { rows } = await t.pool.query<{ row: string }>('SELECT row_to_json(s)::text AS row FROM security_event s');
    const dump = rows.map((r) => r.row).join('\n');
    expect(dump).not.toContain('fel-losenord');
    expect(dump).not.toContain(victim.email);
  });

  it('raises an anomaly for failures from one address over many accounts', async () => {
    const address = '198.51.100.2';
    for (let i = 0; i < 7; i += 1) {
      expect(await login(`okand-${i}@test.brygga.se`, 'fel', address)).toBe('AUTH_INVALID_CREDENTIALS');
    }
    await t.api.app.get(SecurityEventService).flush();
    const { rows } = await t.pool.query<{ kind: string; details: Record<string, number> | null; n: number }>(
      `SELECT kind, details, count(*) OVER (PARTITION BY kind)::int AS n FROM security_event
        WHERE client_address = $1 ORDER BY seq`,
      [address],
    );
    const anomalies = rows.filter((r) => r.kind === 'ANOMALY_ADDRESS');
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]?.details).toMatchObject({ windowSeconds: 900 });
    expect(anomalies[0]?.details?.events).toBeGreaterThanOrEqual(6);
    expect(anomalies[0]?.details?.accounts).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => r.kind === 'LOGIN_FAILED')).toHaveLength(7);
  });

  it('records a refused access token (not the token) and a refused refresh token', async () => {
    const forged = `${coordinatorToken.slice(0, -6)}AAAAAA`;
    const me = await t.graphql('{ me { user { id } } }', {}, forged);
    expect(me.errors?.[0]?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
    const refresh = await t.graphql(
      'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken } }',
      { input: { refreshToken: 'x'.repeat(43) } },
    );
    expect(refresh.errors?.[0]?.extensions?.code).toBe('AUTH_REFRESH_TOKEN_INVALID');
    await t.api.app.get(SecurityEventService).flush();
    const { rows } = await t.pool.query<{ kind: string; code: string; operation: string }>(
      `SELECT kind, code, operation FROM security_event WHERE kind IN ('TOKEN_REFUSED', 'REFRESH_TOKEN_REFUSED') ORDER BY seq`,
    );
    expect(rows).toEqual([
      { kind: 'TOKEN_REFUSED', code: 'AUTH_UNAUTHENTICATED', operation: 'query me' },
      { kind: 'REFRESH_TOKEN_REFUSED', code: 'AUTH_REFRESH_TOKEN_INVALID', operation: 'mutation refreshAccessToken' },
    ]);
    const { rows: all } = await t.pool.query<{ row: string }>(
      'SELECT row_to_json(s)::text AS row FROM security_event s',
    );
    expect(all.map((r) => r.row).join('\n')).not.toContain(forged.slice(-40));
  });

  it('records a refused operation with the caller, for their municipality’s log reviewer only', async () => {
    const refused = await t.graphql('{ accessReviews { totalCount } }', {}, coordinatorToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seen = await events(reviewerToken, { kinds: ['OPERATION_REFUSED'] });
    expect(seen).toEqual([
      expect.objectContaining({
        kind: 'OPERATION_REFUSED',
        userId: coordinator.id,
        code: 'FORBIDDEN',
        operation: 'query accessReviews',
      }),
    ]);
    // Another municipality's reviewer sees none of them.
    expect(await events(foreignReviewerToken)).toEqual([]);
    // And a coordinator may not read them at all.
    const denied = await t.graphql(EVENTS, {}, coordinatorToken);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records a subscription refused on an authenticated socket', async () => {
    const client = t.ws(coordinatorToken);
    const sub = nextResults(client, 'subscription { accessReviewOpened { id } }', 1, 5000);
    await expect(sub.results).rejects.toThrow(/FORBIDDEN/);
    await t.api.app.get(SecurityEventService).flush();
    const { rows } = await t.pool.query<{ user_id: string; code: string; operation: string }>(
      `SELECT user_id, code, operation FROM security_event WHERE kind = 'OPERATION_REFUSED' AND operation LIKE 'subscription%'`,
    );
    expect(rows).toEqual([
      { user_id: coordinator.id, code: 'FORBIDDEN', operation: 'subscription accessReviewOpened' },
    ]);
  });
  // Behind a load balancer the client's address comes from X-Forwarded-For, but only from the
  // proxies TRUST_PROXY names: a client that sends the header itself cannot choose its address
  // (and so dodge the per-address throttling and anomalies).
  it('takes the address from X-Forwarded-For only when a trusted proxy sent it (TRUST_PROXY)', async () => {
    const addresses = async (api: TestApi, email: string): Promise<string[]> => {
      const res = await request(api.url)
        .post('/graphql')
        .set('x-forwarded-for', '198.51.100.77')
        .send({ query: LOGIN, variables: { input: { email, password: 'not the password' } } });
      expect(res.status).toBe(200);
      await api.api.app.get(SecurityEventService).flush();
      const { rows } = await t.pool.query<{ client_address: string }>(
        `SELECT client_address FROM security_event WHERE kind = 'LOGIN_FAILED' AND request_id = $1`,
        [res.headers['x-request-id']],
      );
      return rows.map((r) => r.client_address);
    };
    // The test's requests come from loopback, which the default (`loopback`) trusts.
    expect(await addresses(t, 'ingen.alls@example.se')).toEqual(['198.51.100.77']);
    const strict = await startTestApi({ db: t.db, env: { TRUST_PROXY: '10.9.8.7' } });
    try {
      const seen = await addresses(strict, 'ingen.heller@example.se');
      expect(seen).toHaveLength(1);
      expect(seen[0]).not.toBe('198.51.100.77');
      expect(seen[0]).toMatch(/127\.0\.0\.1$/);
    } finally {
      await strict.close();
    }
  });
});
