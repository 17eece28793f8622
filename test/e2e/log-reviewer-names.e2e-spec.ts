import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { register, type YoungPersonView } from '../support/young-people';

const REVIEWS = `query ($withNames: Boolean!) {
  accessReviews(status: CLOSED, first: 25) {
    nodes { userId reviewedById userName @include(if: $withNames) reviewedByName @include(if: $withNames) } } }`;
const LOG = `query ($filter: AccessLogFilterInput, $withOrganizations: Boolean!) {
  accessLog(filter: $filter, first: 50) {
    nodes { userId userName organizationId organizationName @include(if: $withOrganizations) } } }`;

interface ReviewPage {
  accessReviews: {
    nodes: Array<{
      userId: string;
      reviewedById: string | null;
      userName?: string | null;
      reviewedByName?: string | null;
    }>;
  };
}
interface LogPage {
  accessLog: { nodes: Array<{ userId: string; organizationId: string; organizationName?: string | null }> };
}

// The log reviewer's pages name people and organisations through the rows themselves (issue 15):
// AccessReview.userName and .reviewedByName, AccessLogEntry.organizationName, each resolved for
// exactly the page's ids in one access-filtered statement, however many users and organisations
// the municipality has (the web app used to fetch the first 100 users and organisations beside
// the rows, so any later one went unnamed).
describe('log reviewer pages: people and organisations by name', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  const users: Record<string, TestUser> = {};
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;

  const statements = (extensions: Record<string, unknown> | undefined): number => {
    const count = extensions?.sqlStatements;
    if (typeof count !== 'number') throw new Error('no sqlStatements');
    return count;
  };

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT, 'Östra KAA-enheten');
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT, 'Österledningen');
    const roles: Array<[string, TestOrganization, Role]> = [
      ['coordinator', kaa, Role.COORDINATOR],
      ['teamLead', kaa, Role.TEAM_LEAD],
      ['reviewer', management, Role.LOG_REVIEWER],
      ['otherReviewer', management, Role.LOG_REVIEWER],
    ];
    for (const [name, org, role] of roles) {
      users[name] = await t.factories.user(org, role);
      tokens[name] = await t.login(users[name]);
    }
    // 150 users and 150 organisations of the municipality whose names sort before the real ones.
    await t.pool.query(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash)
       SELECT $1, 'fyllnad-' || n || '-' || $2 || '@test.brygga.se', 'Anna Fyllnad ' || lpad(n::text, 3, '0'), 'x'
         FROM generate_series(1, 150) AS n`,
      [m.id, kaa.id],
    );
    await t.pool.query(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       SELECT municipality_id, 'Aaa Fyllnadsenhet ' || lpad(n::text, 3, '0'), kind, secrecy_domain
         FROM organization, generate_series(1, 150) AS n WHERE id = $1`,
      [kaa.id],
    );
    const rename: Array<[string, string]> = [
      ['coordinator', 'Östen Samordnare'],
      ['teamLead', 'Örjan Teamledare'],
      ['reviewer', 'Öyvind Granskare'],
      ['otherReviewer', 'Ölme Granskare'],
    ];
    for (const [key, name] of rename) {
      await t.pool.query('UPDATE app_user SET display_name = $2 WHERE id = $1', [users[key].id, name]);
    }
    person = await register(t, tokens.coordinator, { givenName: 'Vera', familyName: 'Lind' });
    for (const reader of ['coordinator', 'teamLead']) {
      const read = await t.graphql(
        'query ($id: ID!) { youngPerson(id: $id) { id givenName } }',
        { id: person.id },
        tokens[reader],
      );
      expect(read.errors).toBeUndefined();
    }
    // Two closed reviews, by two reviewers, of two users: four people to name on one page.
    const reviews: Array<[string, string]> = [
      ['reviewer', 'coordinator'],
      ['otherReviewer', 'teamLead'],
    ];
    for (const [reviewer, reviewed] of reviews) {
      const res = await t.graphql(
        'mutation ($input: RecordAccessReviewInput!) { recordAccessReview(input: $input) { id } }',
        {
          input: {
            kind: 'AFTER_HOURS',
            userId: users[reviewed].id,
            youngPersonId: person.id,
            periodFrom: '2026-01-01T00:00:00Z',
            periodTo: '2026-01-02T00:00:00Z',
            outcome: 'JUSTIFIED',
          },
        },
        tokens[reviewer],
      );
      expect(res.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('names the reviewed user and the reviewer past the first hundred users', async () => {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM app_user WHERE municipality_id = $1',
      [kaa.municipalityId],
    );
    expect(rows[0].n).toBeGreaterThan(150);
    const res = await t.graphql<ReviewPage>(REVIEWS, { withNames: true }, tokens.reviewer);
    expect(res.errors).toBeUndefined();
    const named = res.data!.accessReviews.nodes.map((r) => [r.userName, r.reviewedByName]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Östen Samordnare', 'Öyvind Granskare'],
        ['Örjan Teamledare', 'Ölme Granskare'],
      ]),
    );
    expect(named).toHaveLength(2);
  });

  it('resolves both names of a page of reviews in one statement', async () => {
    const without = await t.graphql<ReviewPage>(REVIEWS, { withNames: false }, tokens.reviewer);
    const withNames = await t.graphql<ReviewPage>(REVIEWS, { withNames: true }, tokens.reviewer);
    expect(without.errors).toBeUndefined();
    expect(withNames.errors).toBeUndefined();
    expect(statements(withNames.extensions) - statements(without.extensions)).toBe(1);
  });

  it('names the reader’s organisation past the first hundred organisations', async () => {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM organization WHERE municipality_id = $1',
      [kaa.municipalityId],
    );
    expect(rows[0].n).toBeGreaterThan(150);
    const res = await t.graphql<LogPage>(
      LOG,
      { filter: { youngPersonId: person.id }, withOrganizations: true },
      tokens.reviewer,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.accessLog.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const node of nodes) {
      expect(node.organizationId).toBe(kaa.id);
      expect(node.organizationName).toBe('Östra KAA-enheten');
    }
  });

  it('resolves the organisations of a page of the log in one statement', async () => {
    const count = async (withOrganizations: boolean): Promise<number> => {
      const res = await t.graphql<LogPage>(
        LOG,
        { filter: { youngPersonId: person.id }, withOrganizations },
        tokens.reviewer,
      );
      expect(res.errors).toBeUndefined();
      return statements(res.extensions);
    };
    expect((await count(true)) - (await count(false))).toBe(1);
  });

  it('names the organisation on a young person’s own log for the coordinator', async () => {
    const res = await t.graphql<{
      youngPerson: { accessLog: { nodes: Array<{ userId: string; organizationName: string | null }> } };
    }>(
      'query ($id: ID!) { youngPerson(id: $id) { accessLog(first: 50) { nodes { userId organizationName } } } }',
      { id: person.id },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.youngPerson.accessLog.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.every((n) => n.organizationName === 'Östra KAA-enheten')).toBe(true);
  });
});
