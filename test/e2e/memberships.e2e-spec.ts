import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register } from '../support/young-people';

const END = 'mutation ($id: ID!) { endMembership(id: $id) { id endedAt } }';
const ADD = 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id endedAt } }';

// Issue 14, item 9: a membership can end (audited), the unique index covers active memberships
// only, and every check that a membership exists honours its end.
describe('ending a membership', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let admin: TestUser;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    admin = await t.factories.user(kaa, Role.ADMIN);
    adminToken = await t.login(admin);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('ends at once: the next request and the refresh token are refused, and it is audited', async () => {
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const login = await t.graphql<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email: coordinator.email, password: coordinator.password } },
    );
    const { accessToken, refreshToken } = login.data!.login;
    expect((await t.graphql('{ me { user { id } } }', {}, accessToken)).errors).toBeUndefined();

    const ended = await t.graphql<{ endMembership: { id: string; endedAt: string } }>(
      END,
      { id: coordinator.membershipId },
      adminToken,
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data?.endMembership.endedAt).not.toBeNull();

    expect(errorCode(await t.graphql('{ me { user { id } } }', {}, accessToken))).toBe('AUTH_UNAUTHENTICATED');
    const refreshed = await t.graphql(
      'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken } }',
      { input: { refreshToken } },
    );
    expect(errorCode(refreshed)).toBe('AUTH_REFRESH_TOKEN_INVALID');
    const { rows } = await t.pool.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [coordinator.membershipId],
    );
    expect(rows[0]?.action).toBe('membership.end');
    // Ending it twice says so, and writes nothing more.
    expect(errorCode(await t.graphql(END, { id: coordinator.membershipId }, adminToken))).toBe('MEMBERSHIP_ENDED');
  });

  it('gives the same role in the same organisation again after the end, but never twice at once', async () => {
    const staff = await t.factories.user(kaa, Role.COORDINATOR);
    const input = { userId: staff.id, organizationId: kaa.id, role: Role.COORDINATOR };
    expect(errorCode(await t.graphql(ADD, { input }, adminToken))).toBe('MEMBERSHIP_EXISTS');
    await t.graphql(END, { id: staff.membershipId }, adminToken);
    // Two at once: one succeeds, the other is told the membership exists (the partial index).
    const results = await Promise.all([t.graphql(ADD, { input }, adminToken), t.graphql(ADD, { input }, adminToken)]);
    expect(results.map((res) => (res.errors ? errorCode(res) : 'OK')).sort()).toEqual(['MEMBERSHIP_EXISTS', 'OK']);
    // The returning colleague signs in again.
    expect(await t.login(staff)).toEqual(expect.any(String));
  });

  it('is no longer a coordinator one can assign a young person to', async () => {
    const teamLead = await t.factories.user(kaa, Role.TEAM_LEAD);
    const leaving = await t.factories.user(kaa, Role.COORDINATOR);
    const staying = await t.factories.user(kaa, Role.COORDINATOR);
    const leadToken = await t.login(teamLead);
    const person = await register(t, leadToken, { coordinatorId: staying.id });
    await t.graphql(END, { id: leaving.membershipId }, adminToken);
    const assign = await t.graphql(
      'mutation ($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { id } }',
      { input: { youngPersonId: person.id, coordinatorId: leaving.id, version: person.version } },
      leadToken,
    );
    expect(errorCode(assign)).toBe('YOUNG_PERSON_COORDINATOR_INVALID');
    // Nor one of the team lead's people any more.
    const people = await t.graphql<{ users: { nodes: Array<{ id: string }> } }>(
      '{ users(first: 100) { nodes { id } } }',
      {},
      leadToken,
    );
    const ids = people.data!.users.nodes.map((node) => node.id);
    expect(ids).toContain(staying.id);
    expect(ids).not.toContain(leaving.id);
  });

  it('cannot be ended by anyone but an admin, nor by the admin for the membership they act through', async () => {
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const other = await t.factories.user(kaa, Role.COORDINATOR);
    expect(errorCode(await t.graphql(END, { id: other.membershipId }, await t.login(coordinator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(END, { id: admin.membershipId }, adminToken))).toBe('MEMBERSHIP_END_OWN');
    // Another municipality's membership does not exist for this admin.
    const elsewhere = await t.factories.municipality();
    const foreign = await t.factories.user(
      await t.factories.organization(elsewhere.id, OrganizationKind.KAA_UNIT),
      Role.COORDINATOR,
    );
    expect(errorCode(await t.graphql(END, { id: foreign.membershipId }, adminToken))).toBe('NOT_FOUND');
  });
});

describe('the municipality’s time zone', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is Europe/Stockholm until its admin sets another IANA zone, and a wrong one is refused', async () => {
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const token = await t.login(await t.factories.user(kaa, Role.ADMIN));
    const read = await t.graphql<{ municipality: { timeZone: string } }>('{ municipality { timeZone } }', {}, token);
    expect(read.data?.municipality.timeZone).toBe('Europe/Stockholm');
    const SET =
      'mutation ($input: UpdateMunicipalitySettingsInput!) { updateMunicipalitySettings(input: $input) { timeZone } }';
    expect(errorCode(await t.graphql(SET, { input: { timeZone: 'Mars/Olympus' } }, token))).toBe(
      'MUNICIPALITY_TIME_ZONE_INVALID',
    );
    const set = await t.graphql<{ updateMunicipalitySettings: { timeZone: string } }>(
      SET,
      { input: { timeZone: 'Europe/Copenhagen' } },
      token,
    );
    expect(set.data?.updateMunicipalitySettings.timeZone).toBe('Europe/Copenhagen');
  });
});
