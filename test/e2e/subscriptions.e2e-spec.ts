import { Role } from '@app/core/authz';
import { createTestDatabase, type TestDatabase } from '@app/core/testing';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { nextResults, startTestApi, type TestApi } from '../support/test-api';

const SUBSCRIPTION = 'subscription { organizationChanged { id name version } }';
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }`;

interface Changed {
  organizationChanged: { id: string; name: string; version: number };
}

// Two api instances on one database: an event committed through one is delivered to a
// subscriber connected to the other, because the fan-out is PostgreSQL LISTEN/NOTIFY.
async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('subscriptions over graphql-ws', () => {
  let db: TestDatabase;
  let a: TestApi;
  let b: TestApi;
  let kaa: TestOrganization;
  let school: TestOrganization;
  let admin: TestUser;
  let coordinator: TestUser;
  let otherTenantAdmin: TestUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestApi({ db });
    b = await startTestApi({ db });
    const m = await a.factories.municipality();
    kaa = await a.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    school = await a.factories.organization(m.id, OrganizationKind.SCHOOL);
    admin = await a.factories.user(kaa, Role.ADMIN);
    coordinator = await a.factories.user(kaa, Role.COORDINATOR);
    const other = await a.factories.municipality();
    otherTenantAdmin = await a.factories.user(await a.factories.organization(other.id), Role.ADMIN);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  async function rename(org: TestOrganization, name: string): Promise<void> {
    const token = await a.login(admin);
    const { rows } = await a.pool.query<{ version: number }>('SELECT version FROM organization WHERE id = $1', [
      org.id,
    ]);
    const res = await a.graphql(UPDATE, { input: { id: org.id, version: rows[0]?.version, name } }, token);
    expect(res.errors).toBeUndefined();
  }

  it('delivers a change committed on instance A to a subscriber on instance B, ids re-read with access', async () => {
    await b.waitForListeners(0);
    const client = b.ws(await b.login(coordinator));
    const sub = nextResults<Changed>(client, SUBSCRIPTION, 2);
    await b.waitForListeners(1);
    await rename(school, 'Västra skolan');
    await rename(kaa, 'KAA Norr');
    const results = await sub.results;
    expect(results.map((r) => r.organizationChanged.name)).toEqual(['Västra skolan', 'KAA Norr']);
    expect(results.map((r) => r.organizationChanged.id)).toEqual([school.id, kaa.id]);
  });

  it('does not deliver another municipality’s events', async () => {
    await a.waitForListeners(0);
    const client = a.ws(await a.login(otherTenantAdmin));
    const sub = nextResults<Changed>(client, SUBSCRIPTION, 1, 1500);
    await a.waitForListeners(1);
    await rename(school, 'Östra skolan');
    await expect(sub.results).rejects.toThrow(/timed out with 0\/1/);
  });

  it('stops delivering data as soon as the membership ends, without a reconnect', async () => {
    await b.waitForListeners(0);
    const client = b.ws(await b.login(coordinator));
    const received: Changed[] = [];
    const cancel = client.subscribe<Changed>(
      { query: SUBSCRIPTION },
      {
        next: (value) => received.push(value.data as Changed),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await b.waitForListeners(1);
    try {
      await rename(school, 'Skola 1');
      await waitUntil(() => received.length === 1);
      await a.pool.query('UPDATE membership SET ended_at = now() WHERE id = $1', [coordinator.membershipId]);
      await rename(school, 'Skola 2');
      // The second event reaches instance B and is dropped by the access re-check.
      await new Promise((r) => setTimeout(r, 1000));
      expect(received.map((r) => r.organizationChanged.name)).toEqual(['Skola 1']);
    } finally {
      cancel();
      await a.pool.query('UPDATE membership SET ended_at = NULL WHERE id = $1', [coordinator.membershipId]);
    }
  });

  it('refuses a socket without a valid token and a browser origin that is not allowed', async () => {
    const anonymous = nextResults<Changed>(a.ws(undefined), SUBSCRIPTION, 1, 3000);
    await expect(anonymous.results).rejects.toBeDefined();
    const badToken = nextResults<Changed>(a.ws('not-a-token'), SUBSCRIPTION, 1, 3000);
    await expect(badToken.results).rejects.toBeDefined();
    const token = await a.login(coordinator);
    const foreign = nextResults<Changed>(a.ws(token, { origin: 'https://evil.example' }), SUBSCRIPTION, 1, 3000);
    await expect(foreign.results).rejects.toBeDefined();
  });

  it('does not deliver events for a rolled-back change', async () => {
    await b.waitForListeners(0);
    const client = b.ws(await b.login(coordinator));
    const sub = nextResults<Changed>(client, SUBSCRIPTION, 1, 2000);
    await b.waitForListeners(1);
    // A stale version makes the mutation fail after nothing was published; and a failing
    // mutation that did publish is covered by NOTIFY's commit-only delivery.
    const token = await a.login(admin);
    const res = await a.graphql(UPDATE, { input: { id: school.id, version: 999, name: 'Aldrig' } }, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await expect(sub.results).rejects.toThrow(/timed out with 0\/1/);
  });
});
