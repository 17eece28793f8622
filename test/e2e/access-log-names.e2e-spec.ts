import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { register, type YoungPersonView } from '../support/young-people';

const LOG = `query ($filter: AccessLogFilterInput, $withNames: Boolean!) {
  accessLog(filter: $filter, first: 50) { nodes { userId userName @include(if: $withNames) } } }`;

interface LogPage {
  accessLog: { nodes: Array<{ userId: string; userName?: string | null }> };
}

// The access log names each row's reader (AccessLogEntry.userName, issue 15): for exactly the
// readers on the page, in one access-filtered statement, however many users the municipality has
// (the web app used to fetch the first 100 users by name beside the log, so any later one was
// "Okänd användare"). A reader the caller may not read is null, not refused.
describe('access log: the reader by name', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  const users: Record<string, TestUser> = {};
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    const roles: Array<[string, TestOrganization, Role]> = [
      ['coordinator', kaa, Role.COORDINATOR],
      ['teamLead', kaa, Role.TEAM_LEAD],
      ['reviewer', management, Role.LOG_REVIEWER],
    ];
    for (const [name, org, role] of roles) {
      users[name] = await t.factories.user(org, role);
      tokens[name] = await t.login(users[name]);
    }
    // 150 users of the municipality whose names sort before the readers'.
    await t.pool.query(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash)
       SELECT $1, 'fyllnad-' || n || '-' || $2 || '@test.brygga.se', 'Anna Fyllnad ' || lpad(n::text, 3, '0'), 'x'
         FROM generate_series(1, 150) AS n`,
      [m.id, kaa.id],
    );
    await t.pool.query("UPDATE app_user SET display_name = 'Östen Samordnare' WHERE id = $1", [users.coordinator.id]);
    await t.pool.query("UPDATE app_user SET display_name = 'Örjan Teamledare' WHERE id = $1", [users.teamLead.id]);
    person = await register(t, tokens.coordinator, { givenName: 'Vera', familyName: 'Lind' });
    for (const reader of ['coordinator', 'teamLead']) {
      const read = await t.graphql(
        'query ($id: ID!) { youngPerson(id: $id) { id givenName } }',
        { id: person.id },
        tokens[reader],
      );
      expect(read.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('names readers past the first hundred users for the log reviewer', async () => {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM app_user WHERE municipality_id = $1',
      [kaa.municipalityId],
    );
    expect(rows[0].n).toBeGreaterThan(150);
    const res = await t.graphql<LogPage>(
      LOG,
      { filter: { youngPersonId: person.id }, withNames: true },
      tokens.reviewer,
    );
    expect(res.errors).toBeUndefined();
    const names = new Map(res.data!.accessLog.nodes.map((n) => [n.userId, n.userName]));
    expect(names.get(users.coordinator.id)).toBe('Östen Samordnare');
    expect(names.get(users.teamLead.id)).toBe('Örjan Teamledare');
  });

  it('resolves the names of a page in one statement', async () => {
    const count = async (withNames: boolean): Promise<number> => {
      const res = await t.graphql<LogPage>(LOG, { filter: { youngPersonId: person.id }, withNames }, tokens.reviewer);
      expect(res.errors).toBeUndefined();
      expect(new Set(res.data!.accessLog.nodes.map((n) => n.userId)).size).toBeGreaterThanOrEqual(2);
      const statements = res.extensions?.sqlStatements;
      if (typeof statements !== 'number') throw new Error('no sqlStatements');
      return statements;
    };
    expect((await count(true)) - (await count(false))).toBe(1);
  });

  it('gives null for a reader the caller may not read (a coordinator sees only their own name)', async () => {
    const res = await t.graphql<{
      youngPerson: { accessLog: { nodes: Array<{ userId: string; userName: string | null }> } };
    }>(
      'query ($id: ID!) { youngPerson(id: $id) { accessLog(first: 50) { nodes { userId userName } } } }',
      { id: person.id },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
    const names = new Map(res.data!.youngPerson.accessLog.nodes.map((n) => [n.userId, n.userName]));
    expect(names.get(users.coordinator.id)).toBe('Östen Samordnare');
    expect(names.get(users.teamLead.id)).toBeNull();
  });
});
