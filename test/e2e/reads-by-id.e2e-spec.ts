import { randomUUID } from 'node:crypto';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLNonNull, isLeafType, type GraphQLField } from 'graphql';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';

// A read of one record by id has one answer for "not yours to see": NOT_FOUND, the same error
// whether the row does not exist, belongs to someone else, or is of a type the caller's role
// may not read at all (issue 14: `consent(id)` answered FORBIDDEN to a partner while
// `youngPerson(id)` answered NOT_FOUND). Every root query with a required ID argument is asked
// for an id that does not exist, by every role: all must give the same error.
describe('reads of one record by id', () => {
  let t: TestApi;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    const social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    const users = {
      coordinator: await t.factories.user(kaa, Role.COORDINATOR),
      teamLead: await t.factories.user(kaa, Role.TEAM_LEAD),
      schoolStaff: await t.factories.user(school, Role.SCHOOL_STAFF),
      partner: await t.factories.user(social, Role.PARTNER_CASEWORKER),
      leadership: await t.factories.user(management, Role.LEADERSHIP),
      logReviewer: await t.factories.user(management, Role.LOG_REVIEWER),
      admin: await t.factories.user(management, Role.ADMIN),
    };
    for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user);
  });

  afterAll(async () => {
    await t?.close();
  });

  function readsById(): Array<GraphQLField<unknown, unknown>> {
    const schema = t.api.app.get(GraphQLSchemaHost).schema;
    return Object.values(schema.getQueryType()!.getFields()).filter((field) =>
      field.args.some((arg) => arg.type instanceof GraphQLNonNull && getNamedType(arg.type).name === 'ID'),
    );
  }

  // The query with every required argument: a fresh id for each ID, 1 for each Int.
  function queryFor(field: GraphQLField<unknown, unknown>): string {
    const args = field.args
      .filter((arg) => arg.type instanceof GraphQLNonNull)
      .map((arg) => {
        const type = getNamedType(arg.type).name;
        if (type === 'ID') return `${arg.name}: "${randomUUID()}"`;
        if (type === 'Int') return `${arg.name}: 1`;
        throw new Error(`no value for ${field.name}(${arg.name}: ${type}): extend queryFor()`);
      });
    // A read that returns a leaf (the header of an uploaded file: [String!]) has no selection.
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return `{ ${field.name}(${args.join(', ')})${selection} }`;
  }

  it('finds the reads (the discovery works)', () => {
    expect(readsById().map((field) => field.name)).toEqual(
      expect.arrayContaining(['youngPerson', 'consent', 'measure', 'actionPlan', 'referral', 'user']),
    );
  });

  it('answers a missing id with the same NOT_FOUND for every role, whether or not the role reads that type', async () => {
    const answers: Record<string, Record<string, unknown>> = {};
    const expected: Record<string, Record<string, unknown>> = {};
    for (const field of readsById()) {
      answers[field.name] = {};
      expected[field.name] = {};
      for (const [role, token] of Object.entries(tokens)) {
        const res = await t.graphql(queryFor(field), {}, token);
        const [error] = res.errors ?? [];
        answers[field.name][role] = {
          code: error?.extensions?.code,
          message: error?.message,
          details: error?.extensions?.details,
          data: res.data ?? null,
        };
      }
      // Whatever the coordinator (who reads most types) is told, every role is told the same.
      for (const role of Object.keys(tokens)) expected[field.name][role] = answers[field.name].coordinator;
      expect(answers[field.name].coordinator).toMatchObject({ code: 'NOT_FOUND', data: null });
    }
    expect(answers).toEqual(expected);
  });

  it('keeps FORBIDDEN for mutations and lists a role may not use at all', async () => {
    const list = await t.graphql('{ caseload { totalCount } }', {}, tokens.admin);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const change = await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId: randomUUID() } },
      tokens.partner,
    );
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
