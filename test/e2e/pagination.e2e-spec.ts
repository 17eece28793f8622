import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';

interface OrgPage {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string; name: string }>;
  };
}

const PAGE = `query ($first: Int, $after: String) {
  organizations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } }
}`;

describe('keyset pagination', () => {
  let t: TestApi;
  let token: string;
  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT, 'Org 00');
    // Duplicate names on purpose: the id breaks ties, so no row is skipped or repeated.
    for (let i = 1; i < 25; i += 1) {
      await t.factories.organization(
        m.id,
        OrganizationKind.SCHOOL,
        `Org ${String(Math.floor(i / 2)).padStart(2, '0')}`,
      );
    }
    token = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks every row exactly once, in name order, with a stable total', async () => {
    const seen: Array<{ id: string; name: string }> = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const res: Awaited<ReturnType<typeof t.graphql<OrgPage>>> = await t.graphql<OrgPage>(
        PAGE,
        { first: 10, after },
        token,
      );
      expect(res.errors).toBeUndefined();
      const page = res.data!.organizations;
      expect(page.totalCount).toBe(25);
      sizes.push(page.nodes.length);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(new Set(seen.map((o) => o.id)).size).toBe(25);
    const names = seen.map((o) => o.name);
    expect(names).toEqual([...names].sort());
  });

  it('still tells the whole total on an empty page after the last row', async () => {
    const all = await t.graphql<OrgPage>(PAGE, { first: 25 }, token);
    const past = await t.graphql<OrgPage>(
      PAGE,
      { first: 10, after: all.data!.organizations.pageInfo.endCursor },
      token,
    );
    expect(past.errors).toBeUndefined();
    expect(past.data!.organizations).toEqual({
      totalCount: 25,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
  });

  it('walks rows of one microsecond timestamp (one transaction’s now()) page by page, each once', async () => {
    // A timestamp in microseconds, the cursor's in milliseconds: the page after the first came
    // back as the first again (issue 15, the demo's assigned actions behind "Visa fler").
    const m = await t.factories.municipality();
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    const reviewer = await t.factories.user(management, Role.LOG_REVIEWER);
    const { rows } = await t.pool.query<{ id: string }>(
      `INSERT INTO access_review (municipality_id, kind, user_id, period_from, period_to, opened_at, status)
       SELECT $1, 'BULK_READ', $2, now(), now(),
              CASE WHEN g <= 5 THEN timestamptz '2026-03-02 10:00:00.123456Z'
                   ELSE timestamptz '2026-03-02 10:00:00.123789Z' END, 'OPEN'
         FROM generate_series(1, 7) g RETURNING id`,
      [m.id, reviewer.id],
    );
    const reviewerToken = await t.login(reviewer);
    type ReviewPage = {
      accessReviews: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const res: Awaited<ReturnType<typeof t.graphql<ReviewPage>>> = await t.graphql<ReviewPage>(
        `query ($after: String) { accessReviews(first: 2, after: $after) {
           pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
        reviewerToken,
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.accessReviews.nodes.map((n) => n.id));
      if (!res.data!.accessReviews.pageInfo.hasNextPage) break;
      after = res.data!.accessReviews.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('refuses a malformed cursor with BAD_USER_INPUT', async () => {
    const res = await t.graphql(PAGE, { first: 10, after: Buffer.from('["only-one"]').toString('base64url') }, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });
});
