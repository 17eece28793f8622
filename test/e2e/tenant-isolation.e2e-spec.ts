import { randomUUID } from 'node:crypto';

import { Role } from '@app/core/authz';
import { ErrorCode } from '@app/core/errors';
import { OrganizationKind } from '@app/organizations';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';

interface Connection<T> {
  totalCount: number;
  nodes: T[];
}
interface MembershipView {
  role: Role;
  organization: { id: string; name: string } | null;
}
interface UserView {
  id: string;
  memberships: MembershipView[];
}

// Two municipalities in one database. Whatever a caller in A asks, and however the request is
// shaped (by id, in a list, its count, through aliases or nested fields), nothing of B comes
// back, and a row of B is indistinguishable from a row that does not exist.
describe('tenant isolation', () => {
  let t: TestApi;
  let a: TestMunicipality;
  let b: TestMunicipality;
  let kaaA: TestOrganization;
  let kaaA2: TestOrganization;
  let schoolA: TestOrganization;
  let managementA: TestOrganization;
  let orgB: TestOrganization;
  let adminA: TestUser;
  let leadA: TestUser;
  let coordinatorA: TestUser;
  let twoUnitsA: TestUser;
  let otherUnitA: TestUser;
  let staffA: TestUser;
  let leadershipA: TestUser;
  let adminB: TestUser;
  let coordinatorB: TestUser;
  const tokens = new Map<TestUser, string>();

  const token = (user: TestUser): string => {
    const value = tokens.get(user);
    if (!value) throw new Error(`no token for ${user.email}`);
    return value;
  };
  const codes = (res: GraphqlResponse): unknown[] => (res.errors ?? []).map((error) => error.extensions?.code);

  beforeAll(async () => {
    t = await startTestApi();
    a = await t.factories.municipality('Kommun A');
    // Municipality codes are random; on the rare collision the factory returns A again.
    do b = await t.factories.municipality('Kommun B');
    while (b.id === a.id);

    kaaA = await t.factories.organization(a.id, OrganizationKind.KAA_UNIT, 'A KAA');
    kaaA2 = await t.factories.organization(a.id, OrganizationKind.KAA_UNIT, 'A KAA 2');
    schoolA = await t.factories.organization(a.id, OrganizationKind.SCHOOL, 'A School');
    managementA = await t.factories.organization(a.id, OrganizationKind.MANAGEMENT, 'A Management');
    orgB = await t.factories.organization(b.id, OrganizationKind.KAA_UNIT, 'B KAA secret name');
    await t.factories.organization(b.id, OrganizationKind.SCHOOL, 'B School');

    adminA = await t.factories.user(kaaA, Role.ADMIN);
    leadA = await t.factories.user(kaaA, Role.TEAM_LEAD);
    coordinatorA = await t.factories.user(kaaA, Role.COORDINATOR);
    twoUnitsA = await t.factories.user(kaaA2, Role.COORDINATOR);
    await t.factories.membership(twoUnitsA.id, kaaA, Role.SCHOOL_STAFF);
    otherUnitA = await t.factories.user(kaaA2, Role.COORDINATOR);
    staffA = await t.factories.user(schoolA, Role.SCHOOL_STAFF);
    leadershipA = await t.factories.user(managementA, Role.LEADERSHIP);
    adminB = await t.factories.user(orgB, Role.ADMIN);
    coordinatorB = await t.factories.user(orgB, Role.COORDINATOR);

    // Rows the api would never write, as if a bug or a bad import had crossed tenants: A's
    // coordinator with a membership in B's organisation, and B's coordinator with one in A's
    // unit. Isolation must not depend on such rows being absent.
    await t.pool.query(
      'INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)',
      [a.id, coordinatorA.id, orgB.id, Role.COORDINATOR],
    );
    await t.pool.query(
      'INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)',
      [b.id, coordinatorB.id, kaaA.id, Role.COORDINATOR],
    );

    for (const user of [adminA, leadA, coordinatorA, leadershipA, adminB]) tokens.set(user, await t.login(user));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('organisations', () => {
    const byId = 'query ($id: ID!) { organization(id: $id) { id name version } }';

    it('an admin of A reads B’s organisation exactly as one that does not exist: NOT_FOUND', async () => {
      const own = await t.graphql<{ organization: { id: string } }>(byId, { id: kaaA.id }, token(adminA));
      expect(own.data?.organization.id).toBe(kaaA.id);

      const foreign = await t.graphql(byId, { id: orgB.id }, token(adminA));
      const missing = await t.graphql(byId, { id: randomUUID() }, token(adminA));
      expect(codes(foreign)).toEqual([ErrorCode.NOT_FOUND]);
      expect({ status: foreign.status, data: foreign.data, errors: foreign.errors }).toEqual({
        status: missing.status,
        data: missing.data,
        errors: missing.errors,
      });
      expect(JSON.stringify(foreign)).not.toContain(orgB.name);
    });

    it('an admin of A cannot update B’s organisation (NOT_FOUND, as for a missing id) and nothing changes', async () => {
      const update = 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name } }';
      const auditBefore = [await t.factories.auditCount(a.id), await t.factories.auditCount(b.id)];
      const foreign = await t.graphql(
        update,
        { input: { id: orgB.id, version: 1, name: 'Taken over' } },
        token(adminA),
      );
      const missing = await t.graphql(
        update,
        { input: { id: randomUUID(), version: 1, name: 'Taken over' } },
        token(adminA),
      );
      expect(codes(foreign)).toEqual([ErrorCode.NOT_FOUND]);
      expect({ status: foreign.status, data: foreign.data, errors: foreign.errors }).toEqual({
        status: missing.status,
        data: missing.data,
        errors: missing.errors,
      });
      const { rows } = await t.pool.query<{ name: string; version: number }>(
        'SELECT name, version FROM organization WHERE id = $1',
        [orgB.id],
      );
      expect(rows).toEqual([{ name: orgB.name, version: 1 }]);
      expect([await t.factories.auditCount(a.id), await t.factories.auditCount(b.id)]).toEqual(auditBefore);
    });

    it('lists and counts only A’s organisations, with and without a filter', async () => {
      const res = await t.graphql<{ all: Connection<{ id: string }>; kaa: Connection<{ id: string }> }>(
        '{ all: organizations(first: 100) { totalCount nodes { id } } kaa: organizations(first: 100, kind: KAA_UNIT) { totalCount nodes { id } } }',
        {},
        token(adminA),
      );
      expect(res.errors).toBeUndefined();
      const ownIds = [kaaA.id, kaaA2.id, schoolA.id, managementA.id];
      expect(res.data?.all.totalCount).toBe(ownIds.length);
      expect(res.data?.all.nodes.map((n) => n.id).sort()).toEqual([...ownIds].sort());
      expect(res.data?.kaa.totalCount).toBe(2);
      expect(res.data?.kaa.nodes.map((n) => n.id).sort()).toEqual([kaaA.id, kaaA2.id].sort());
    });

    it('B’s admin in turn sees only B', async () => {
      const res = await t.graphql<{ organizations: Connection<{ id: string }> }>(
        '{ organizations(first: 100) { totalCount nodes { id } } }',
        {},
        token(adminB),
      );
      expect(res.data?.organizations.totalCount).toBe(2);
      expect(res.data?.organizations.nodes.map((n) => n.id)).toContain(orgB.id);
      expect(res.data?.organizations.nodes.map((n) => n.id)).not.toContain(kaaA.id);
    });
  });

  describe('users', () => {
    const usersQuery = '{ users(first: 20) { totalCount nodes { id memberships { role organization { id name } } } } }';

    async function visibleUsers(user: TestUser): Promise<Connection<UserView>> {
      const res = await t.graphql<{ users: Connection<UserView> }>(usersQuery, {}, token(user));
      expect(res.errors).toBeUndefined();
      return res.data!.users;
    }

    it('an admin of A sees every user of A and none of B', async () => {
      const users = await visibleUsers(adminA);
      const expected = [adminA, leadA, coordinatorA, twoUnitsA, otherUnitA, staffA, leadershipA]
        .map((u) => u.id)
        .sort();
      expect(users.totalCount).toBe(expected.length);
      expect(users.nodes.map((u) => u.id).sort()).toEqual(expected);
    });

    it('a coordinator sees only themselves (totalCount 1)', async () => {
      const users = await visibleUsers(coordinatorA);
      expect(users.totalCount).toBe(1);
      expect(users.nodes.map((u) => u.id)).toEqual([coordinatorA.id]);
    });

    it('leadership sees no user but itself', async () => {
      const users = await visibleUsers(leadershipA);
      expect(users.totalCount).toBe(1);
      expect(users.nodes.map((u) => u.id)).toEqual([leadershipA.id]);
    });

    it('a team lead sees exactly the users with a membership in their own unit, and of them only that unit’s memberships', async () => {
      const users = await visibleUsers(leadA);
      // Not the other unit's coordinator, the school's staff, leadership, nor B's coordinator
      // although a (cross-tenant) membership row names the lead's unit.
      const expected = [leadA, adminA, coordinatorA, twoUnitsA].map((u) => u.id).sort();
      expect(users.totalCount).toBe(expected.length);
      expect(users.nodes.map((u) => u.id).sort()).toEqual(expected);

      // A person in two units shows only the membership in the lead's unit.
      const twoUnits = users.nodes.find((u) => u.id === twoUnitsA.id)!;
      expect(twoUnits.memberships).toEqual([
        { role: Role.SCHOOL_STAFF, organization: { id: kaaA.id, name: kaaA.name } },
      ]);

      const single = await t.graphql<{ user: { id: string } }>(
        'query ($id: ID!) { user(id: $id) { id } }',
        { id: otherUnitA.id },
        token(leadA),
      );
      expect(codes(single)).toEqual([ErrorCode.NOT_FOUND]);
    });

    it('a team lead no longer sees someone whose membership in the unit has ended', async () => {
      const leaver = await t.factories.user(kaaA, Role.COORDINATOR);
      const query = 'query ($id: ID!) { user(id: $id) { id } }';
      expect((await t.graphql(query, { id: leaver.id }, token(leadA))).errors).toBeUndefined();
      await t.pool.query('UPDATE membership SET ended_at = now() WHERE id = $1', [leaver.membershipId]);
      expect(codes(await t.graphql(query, { id: leaver.id }, token(leadA)))).toEqual([ErrorCode.NOT_FOUND]);
      expect((await visibleUsers(leadA)).nodes.map((u) => u.id)).not.toContain(leaver.id);
    });

    it('an admin of A reads a user of B exactly as one that does not exist', async () => {
      const query = 'query ($id: ID!) { user(id: $id) { id email } }';
      const foreign = await t.graphql(query, { id: adminB.id }, token(adminA));
      const missing = await t.graphql(query, { id: randomUUID() }, token(adminA));
      expect(codes(foreign)).toEqual([ErrorCode.NOT_FOUND]);
      expect({ status: foreign.status, data: foreign.data, errors: foreign.errors }).toEqual({
        status: missing.status,
        data: missing.data,
        errors: missing.errors,
      });
    });
  });

  describe('request shape does not widen access', () => {
    it('aliases: each aliased field is decided on its own', async () => {
      const users = await t.graphql(
        'query ($x: ID!, $y: ID!) { a: user(id: $x) { id email } b: user(id: $y) { id email } }',
        { x: coordinatorA.id, y: coordinatorB.id },
        token(coordinatorA),
      );
      expect(users.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], ErrorCode.NOT_FOUND]]);
      expect(JSON.stringify(users)).not.toContain(coordinatorB.email);

      const orgs = await t.graphql(
        'query ($x: ID!, $y: ID!) { a: organization(id: $x) { id name } b: organization(id: $y) { id name } }',
        { x: kaaA.id, y: orgB.id },
        token(adminA),
      );
      expect(orgs.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], ErrorCode.NOT_FOUND]]);
      expect(JSON.stringify(orgs)).not.toContain(orgB.name);
    });

    it('nested paths never return another tenant’s organisation, even through a membership that names it', async () => {
      const query = `{
        me { user { memberships { role organization { id name } } } membership { organization { id name } } }
        a: users(first: 20) { nodes { memberships { organization { id name } } } }
        b: organizations(first: 100) { nodes { id name } }
      }`;
      for (const user of [coordinatorA, adminA]) {
        const res = await t.graphql<{ me: { user: { memberships: MembershipView[] } } }>(query, {}, token(user));
        expect(res.errors).toBeUndefined();
        const body = JSON.stringify(res.data);
        expect(body).not.toContain(orgB.id);
        expect(body).not.toContain(orgB.name);
      }
      // The coordinator sees their own two memberships; the one in B's organisation resolves to
      // null, as the schema documents for an organisation the caller may not see.
      const mine = await t.graphql<{ me: { user: { memberships: MembershipView[] } } }>(
        '{ me { user { memberships { role organization { id name } } } } }',
        {},
        token(coordinatorA),
      );
      expect(mine.data?.me.user.memberships).toEqual([
        { role: Role.COORDINATOR, organization: { id: kaaA.id, name: kaaA.name } },
        { role: Role.COORDINATOR, organization: null },
      ]);
    });
  });

  describe('mutations across tenants', () => {
    const addMembership =
      'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id organization { id } } }';

    it('linking A’s admin to B’s organisation gives NOT_FOUND, as a missing organisation does, and writes nothing', async () => {
      const countMemberships = async (): Promise<number> =>
        (await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM membership')).rows[0].n;
      const membershipsBefore = await countMemberships();
      const auditBefore = await t.factories.auditCount();

      const foreign = await t.graphql(
        addMembership,
        { input: { userId: adminA.id, organizationId: orgB.id, role: Role.ADMIN } },
        token(adminA),
      );
      const missing = await t.graphql(
        addMembership,
        { input: { userId: adminA.id, organizationId: randomUUID(), role: Role.ADMIN } },
        token(adminA),
      );
      expect(codes(foreign)).toEqual([ErrorCode.NOT_FOUND]);
      expect({ status: foreign.status, data: foreign.data, errors: foreign.errors }).toEqual({
        status: missing.status,
        data: missing.data,
        errors: missing.errors,
      });

      // And the other way round: B's user into A's unit.
      const foreignUser = await t.graphql(
        addMembership,
        { input: { userId: adminB.id, organizationId: kaaA.id, role: Role.COORDINATOR } },
        token(adminA),
      );
      expect(codes(foreignUser)).toEqual([ErrorCode.NOT_FOUND]);

      expect(await countMemberships()).toBe(membershipsBefore);
      expect(await t.factories.auditCount()).toBe(auditBefore);
    });
  });
});
