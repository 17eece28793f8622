import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import request from 'supertest';

import { SecurityEventService } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { nextResults, startTestApi, type TestApi } from '../support/test-api';

// The manifest as codegen writes it (apps/web/src/gql/persisted-documents.json): id to text.
const ORGANIZATIONS = 'query Organizations { organizations(first: 5) { nodes { id name } } }';
const CHANGED = 'subscription OrganizationChanged { organizationChanged { id name } }';
const MANIFEST = {
  'sha256:organizations': ORGANIZATIONS,
  'sha256:changed': CHANGED,
};
// What Apollo Client sends for it: printed on several lines, `__typename` added.
const AS_APOLLO_SENDS = `query Organizations {
  organizations(first: 5) {
    nodes {
      id
      name
      __typename
    }
    __typename
  }
}`;
const OTHER = '{ organizations(first: 100) { nodes { id name kind } } }';
const BROWSER = { origin: 'http://127.0.0.1', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' };

type Body = { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };

// Issue 15: PERSISTED_OPERATIONS accepts from browsers only the web app's known operations
// (`browsers`), from everyone (`all`), or anything (`off`); refusals are security events.
describe('persisted operations', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brygga-persisted-'));
  const manifest = path.join(dir, 'persisted-documents.json');
  writeFileSync(manifest, JSON.stringify(MANIFEST));
  let t: TestApi;
  let user: TestUser;
  let token: string;

  async function post(
    api: TestApi,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Body }> {
    const res = await request(api.url)
      .post('/graphql')
      .set({ 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers })
      .send(body);
    return { status: res.status, body: res.body as Body };
  }
  const codeOf = (body: Body): string | undefined => body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestApi({ env: { PERSISTED_OPERATIONS: 'browsers', PERSISTED_OPERATIONS_MANIFEST: manifest } });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    user = await t.factories.user(kaa, Role.ADMIN);
    token = await t.login(user);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a known id with its stored text from a browser, as Apollo Client sends it', async () => {
    for (const query of [ORGANIZATIONS, AS_APOLLO_SENDS]) {
      const res = await post(t, { query, extensions: { documentId: 'sha256:organizations' } }, BROWSER);
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.body.data).toHaveProperty('organizations');
    }
  });

  it('refuses a browser’s unknown id, other text under a known id, and text without an id', async () => {
    const refused = [
      await post(t, { query: OTHER, extensions: { documentId: 'sha256:unknown' } }, BROWSER),
      await post(t, { query: OTHER, extensions: { documentId: 'sha256:organizations' } }, BROWSER),
      await post(t, { query: OTHER }, BROWSER),
      // Each browser signal on its own is enough.
      await post(t, { query: OTHER }, { origin: 'http://127.0.0.1' }),
      await post(t, { query: OTHER }, { 'sec-fetch-mode': 'cors' }),
      await post(t, { query: OTHER }, { cookie: 'brygga_refresh=x' }),
      await post(t, { query: OTHER }, { 'x-brygga-session': 'cookie' }),
      await post(t, { query: 'not graphql {', extensions: { documentId: 'sha256:organizations' } }, BROWSER),
    ];
    expect(refused.map((r) => [r.status, codeOf(r.body), r.body.data ?? null])).toEqual(
      refused.map(() => [400, 'PERSISTED_QUERY_NOT_ALLOWED', null]),
    );
  });

  it('records each refusal as a refused operation, with the user and the operation but no arguments', async () => {
    await t.api.app.get(SecurityEventService).flush();
    const { rows } = await t.pool.query<{ kind: string; code: string; user_id: string; operation: string }>(
      `SELECT kind, code, user_id, operation FROM security_event WHERE code = 'PERSISTED_QUERY_NOT_ALLOWED'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows[0]).toMatchObject({ kind: 'OPERATION_REFUSED', user_id: user.id, operation: 'query organizations' });
  });

  it('accepts any operation from an integration (a bearer token, no browser headers)', async () => {
    const res = await post(t, { query: OTHER });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toHaveProperty('organizations');
  });

  it('applies to subscriptions on a socket a browser opened, not to an integration’s socket', async () => {
    const browser = t.ws(token, { origin: t.url });
    const unknown = nextResults(browser, 'subscription { organizationChanged { id } }', 1, 3000);
    await expect(unknown.results).rejects.toThrow(/PERSISTED_QUERY_NOT_ALLOWED/);

    // A known subscription is accepted: it is listening (and would get events).
    const known = t
      .ws(token, { origin: t.url })
      .subscribe(
        { query: CHANGED, extensions: { documentId: 'sha256:changed' } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    await t.waitForListeners(1);
    known();
    await t.waitForListeners(0);

    const integration = t
      .ws(token)
      .subscribe(
        { query: 'subscription { organizationChanged { id } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    await t.waitForListeners(1);
    integration();
    await t.waitForListeners(0);
  });

  it('refuses an integration too when set to all, and nothing when off', async () => {
    const all = await startTestApi({
      env: { PERSISTED_OPERATIONS: 'all', PERSISTED_OPERATIONS_MANIFEST: manifest },
      db: t.db,
    });
    const off = await startTestApi({ env: { PERSISTED_OPERATIONS: 'off' }, db: t.db });
    try {
      const integration = await post(all, { query: OTHER });
      expect([integration.status, codeOf(integration.body)]).toEqual([400, 'PERSISTED_QUERY_NOT_ALLOWED']);
      const known = await post(all, { query: ORGANIZATIONS, extensions: { documentId: 'sha256:organizations' } });
      expect(known.body.errors).toBeUndefined();

      const browser = await post(off, { query: OTHER }, BROWSER);
      expect(browser.body.errors).toBeUndefined();
      expect(browser.body.data).toHaveProperty('organizations');
    } finally {
      await all.close();
      await off.close();
    }
  });
});
