import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';

// SQL statements per request grow with the selection's depth, never with the number of rows
// (DESIGN.md §9): per-request DataLoaders batch every nested load into one access-filtered
// statement. Measured as the whole HTTP request's statements, authentication included: today
// users → memberships → organization takes 5 (principal, count, page, one membership batch, one
// organisation batch) and organizations 3. The budget leaves room, the equality does not.
const STATEMENT_BUDGET = 8;

interface UsersPage {
  users: { nodes: Array<{ memberships: Array<{ organization: { name: string } | null }> }> };
}
interface OrganizationsPage {
  organizations: { totalCount: number; nodes: Array<{ name: string }> };
}

const USERS_QUERY = '{ users(first: 50) { nodes { memberships { organization { name } } } } }';
const ORGANIZATIONS_QUERY = '{ organizations(first: 50) { totalCount nodes { id name } } }';

describe('SQL statements per operation do not grow with rows', () => {
  let t: TestApi;
  const admins = new Map<number, string>();

  // A municipality of `size` organisations and `size` users (its admin included), each user
  // with two memberships in different organisations, so nested organisations are many and varied.
  async function municipalityOfSize(size: number): Promise<string> {
    let m = await t.factories.municipality(`Kommun ${size}`);
    // Codes are random; a collision hands back the other, already filled municipality.
    while ((await sizeOf(m.id)) > 0) m = await t.factories.municipality(`Kommun ${size}`);
    const organizations: TestOrganization[] = [];
    for (let i = 0; i < size; i += 1) {
      organizations.push(
        await t.factories.organization(m.id, OrganizationKind.KAA_UNIT, `Unit ${String(i).padStart(3, '0')}`),
      );
    }
    const users: TestUser[] = [];
    for (let i = 0; i < size; i += 1) {
      const user = await t.factories.user(organizations[i], i === 0 ? Role.ADMIN : Role.COORDINATOR);
      await t.factories.membership(user.id, organizations[(i + 1) % size], Role.SCHOOL_STAFF);
      users.push(user);
    }
    // The first membership is the one login picks: the admin's.
    return t.login(users[0]);
  }

  async function sizeOf(municipalityId: string): Promise<number> {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM organization WHERE municipality_id = $1',
      [municipalityId],
    );
    return rows[0].n;
  }

  function statements(res: GraphqlResponse<unknown>): number {
    expect(res.errors).toBeUndefined();
    const count = res.extensions?.sqlStatements;
    if (typeof count !== 'number') throw new Error(`no sqlStatements in ${JSON.stringify(res.extensions)}`);
    return count;
  }

  beforeAll(async () => {
    t = await startTestApi();
    for (const size of [5, 50]) admins.set(size, await municipalityOfSize(size));
    // One request each first, so one-time work (signing keys, prepared metadata) does not land
    // in the measured requests.
    for (const token of admins.values()) await t.graphql('{ me { user { id } } }', {}, token);
  });
  afterAll(async () => {
    await t.close();
  });

  it('users → memberships → organization: the same statements for 5 and for 50 users', async () => {
    const counts: number[] = [];
    for (const size of [5, 50]) {
      const res = await t.graphql<UsersPage>(USERS_QUERY, {}, admins.get(size));
      counts.push(statements(res));
      // The nested data really was resolved: every user, both memberships, each organisation.
      const nodes = res.data!.users.nodes;
      expect(nodes).toHaveLength(size);
      for (const node of nodes) {
        expect(node.memberships).toHaveLength(2);
        for (const membership of node.memberships) expect(membership.organization?.name).toMatch(/^Unit \d{3}$/);
      }
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(STATEMENT_BUDGET);
  });

  it('organizations: the same statements for 5 and for 50 rows', async () => {
    const counts: number[] = [];
    for (const size of [5, 50]) {
      const res = await t.graphql<OrganizationsPage>(ORGANIZATIONS_QUERY, {}, admins.get(size));
      counts.push(statements(res));
      expect(res.data!.organizations.totalCount).toBe(size);
      expect(res.data!.organizations.nodes).toHaveLength(size);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(STATEMENT_BUDGET);
  });
});
