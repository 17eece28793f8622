import { randomUUID } from 'node:crypto';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { errorCode, register, today } from '../support/young-people';

type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN';
const ROLES = [
  'coordinator',
  'colleague',
  'teamLead',
  'otherTeamLead',
  'otherCoordinator',
  'schoolStaff',
  'partner',
  'leadership',
  'logReviewer',
  'admin',
] as const;
type RoleName = (typeof ROLES)[number];

// Who reaches a young person's case through each operation: roles × operations, across
// organisations and municipalities. A forbidden record and a missing one look the same
// (NOT_FOUND); roles with no business with young people are refused at the type level.
describe('case domain access matrix', () => {
  let t: TestApi;
  const tokens = {} as Record<RoleName, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const other = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const otherKaa = await t.factories.organization(other.id, OrganizationKind.KAA_UNIT);
    const users: Record<RoleName, [typeof kaa, Role]> = {
      coordinator: [kaa, Role.COORDINATOR],
      colleague: [kaa, Role.COORDINATOR],
      teamLead: [kaa, Role.TEAM_LEAD],
      otherTeamLead: [otherKaa, Role.TEAM_LEAD],
      otherCoordinator: [otherKaa, Role.COORDINATOR],
      schoolStaff: [await t.factories.organization(m.id, OrganizationKind.SCHOOL), Role.SCHOOL_STAFF],
      partner: [await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES), Role.PARTNER_CASEWORKER],
      leadership: [await t.factories.organization(m.id, OrganizationKind.MANAGEMENT), Role.LEADERSHIP],
      logReviewer: [kaa, Role.LOG_REVIEWER],
      admin: [kaa, Role.ADMIN],
    };
    for (const name of ROLES) tokens[name] = await t.login(await t.factories.user(...users[name]));

    const person = await register(t, tokens.coordinator);
    ids.person = person.id;
    ids.enrollment = person.enrollment!.id;
    const type = await t.graphql<{ createMeasureType: { id: string } }>(
      'mutation { createMeasureType(input: { code: "SYV", name: "SYV", scbCategory: OTHER, defaultTier: PREVENTIVE }) { id } }',
      {},
      tokens.admin,
    );
    const measure = await t.graphql<{ offerMeasure: { id: string } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }',
      { input: { youngPersonId: person.id, measureTypeId: type.data!.createMeasureType.id, offeredOn: today() } },
      tokens.coordinator,
    );
    ids.measure = measure.data!.offerMeasure.id;
    const plan = await t.graphql<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Plan',
          goals: [{ text: 'Mål', owner: 'YOUNG_PERSON' }],
        },
      },
      tokens.coordinator,
    );
    ids.plan = plan.data!.createActionPlan.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  function outcome(res: GraphqlResponse): string {
    if (!res.errors) return 'OK';
    return String(errorCode(res));
  }

  const KAA_ONLY: Record<RoleName, Outcome> = {
    coordinator: 'OK',
    colleague: 'NOT_FOUND',
    teamLead: 'OK',
    otherTeamLead: 'NOT_FOUND',
    otherCoordinator: 'NOT_FOUND',
    // Schools and partners read young people through consents; without one the record is not there.
    schoolStaff: 'NOT_FOUND',
    partner: 'NOT_FOUND',
    leadership: 'FORBIDDEN',
    logReviewer: 'FORBIDDEN',
    admin: 'FORBIDDEN',
  };
  // A read by id answers a role that reads no young person at all like any other hidden record
  // (docs/AUTHZ.md, "Reads by id"); lists and changes refuse that role outright.
  const KAA_READ_BY_ID: Record<RoleName, Outcome> = {
    ...KAA_ONLY,
    leadership: 'NOT_FOUND',
    logReviewer: 'NOT_FOUND',
    admin: 'NOT_FOUND',
  };
  // Changing a young person's case is the KAA unit's; a partner is refused outright.
  const KAA_CHANGES: Record<RoleName, Outcome> = { ...KAA_ONLY, schoolStaff: 'FORBIDDEN', partner: 'FORBIDDEN' };

  const operations: Array<{
    name: string;
    query: string;
    variables: () => Record<string, unknown>;
    expected: Record<RoleName, Outcome>;
  }> = [
    {
      name: 'read the young person',
      query: 'query ($id: ID!) { youngPerson(id: $id) { id } }',
      variables: () => ({ id: ids.person }),
      expected: KAA_READ_BY_ID,
    },
    {
      name: 'read the registration',
      query: 'query ($id: ID!) { kaaEnrollment(id: $id) { id } }',
      variables: () => ({ id: ids.enrollment }),
      expected: KAA_READ_BY_ID,
    },
    {
      name: 'read the measure',
      query: 'query ($id: ID!) { measure(id: $id) { id } }',
      variables: () => ({ id: ids.measure }),
      expected: KAA_READ_BY_ID,
    },
    {
      name: 'read the plan',
      query: 'query ($id: ID!) { actionPlan(id: $id) { id } }',
      variables: () => ({ id: ids.plan }),
      expected: KAA_READ_BY_ID,
    },
    {
      name: 'log a contact attempt',
      query: 'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      variables: () => ({
        input: {
          youngPersonId: ids.person,
          channel: 'PHONE',
          occurredAt: new Date().toISOString(),
          outcome: 'NOT_REACHED',
        },
      }),
      expected: KAA_CHANGES,
    },
    {
      name: 'record an occupation',
      query: 'mutation ($input: RecordOccupationInput!) { recordOccupation(input: $input) { id } }',
      variables: () => ({
        input: { youngPersonId: ids.person, kind: 'CURRENT', category: 'NONE', validFrom: today(), source: 'OTHER' },
      }),
      expected: KAA_CHANGES,
    },
  ];

  for (const operation of operations) {
    it(`${operation.name}: ${ROLES.map((r) => `${r}=${operation.expected[r]}`).join(', ')}`, async () => {
      const actual: Record<string, string> = {};
      for (const role of ROLES)
        actual[role] = outcome(await t.graphql(operation.query, operation.variables(), tokens[role]));
      expect(actual).toEqual(operation.expected);
    });
  }

  it('keeps lists to what each role may read: nobody else’s young person in caseloads or searches', async () => {
    for (const role of ROLES) {
      const caseload = await t.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
        '{ caseload(first: 100) { nodes { id } } }',
        {},
        tokens[role],
      );
      const search = await t.graphql<{ searchYoungPeople: { nodes: Array<{ id: string }> } }>(
        '{ searchYoungPeople(query: "Alva", first: 100) { nodes { id } } }',
        {},
        tokens[role],
      );
      const sees = KAA_ONLY[role] === 'OK';
      if (KAA_ONLY[role] === 'FORBIDDEN') {
        expect([role, errorCode(caseload), errorCode(search)]).toEqual([role, 'FORBIDDEN', 'FORBIDDEN']);
        continue;
      }
      expect([role, caseload.data!.caseload.nodes.some((n) => n.id === ids.person)]).toEqual([role, sees]);
      expect([role, search.data!.searchYoungPeople.nodes.some((n) => n.id === ids.person)]).toEqual([role, sees]);
    }
  });

  it('answers a guessed id exactly like another tenant’s record', async () => {
    for (const [query, id] of [
      ['query ($id: ID!) { youngPerson(id: $id) { id } }', randomUUID()],
      ['query ($id: ID!) { measure(id: $id) { id } }', randomUUID()],
      ['query ($id: ID!) { actionPlan(id: $id) { id } }', randomUUID()],
    ] as const) {
      const guessed = await t.graphql(query, { id }, tokens.coordinator);
      expect(guessed.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
    const guessed = await t.graphql(
      'query ($id: ID!) { youngPerson(id: $id) { id } }',
      { id: randomUUID() },
      tokens.otherTeamLead,
    );
    const foreign = await t.graphql(
      'query ($id: ID!) { youngPerson(id: $id) { id } }',
      { id: ids.person },
      tokens.otherTeamLead,
    );
    expect(foreign.errors?.[0]?.message).toBe(guessed.errors?.[0]?.message);
    expect(foreign.errors?.[0]?.extensions?.code).toBe(guessed.errors?.[0]?.extensions?.code);
  });
});
