import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLType,
} from 'graphql';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization } from '../support/factories';
import { nextResults, startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { register, today } from '../support/young-people';

// What each kind of record is, so a leak names what leaked.
type Kind =
  | 'youngPerson'
  | 'plan'
  | 'measure'
  | 'consent'
  | 'contactAttempt'
  | 'enrollment'
  | 'referral'
  | 'disclosure'
  | 'groupPlan';

const ROLES = [
  'coordinator',
  'colleague',
  'teamLead',
  'schoolStaff',
  'otherSchoolStaff',
  'employment',
  'social',
  'health',
  'adultEducation',
  'leadership',
  'logReviewer',
  'admin',
  'foreignCoordinator',
  'foreignTeamLead',
] as const;
type RoleName = (typeof ROLES)[number];

// Which of municipality A's records each role may see. The employment service holds a consent
// for the plan and has been sent a referral; the school owns a class plan. Nobody else outside
// the KAA unit sees anything of the young person; leadership never reads an identifiable record.
const ALLOWED: Record<RoleName, readonly Kind[]> = {
  coordinator: ['youngPerson', 'plan', 'measure', 'consent', 'contactAttempt', 'enrollment', 'referral', 'disclosure'],
  teamLead: ['youngPerson', 'plan', 'measure', 'consent', 'contactAttempt', 'enrollment', 'referral', 'disclosure'],
  colleague: [],
  schoolStaff: ['groupPlan'],
  otherSchoolStaff: [],
  employment: ['youngPerson', 'plan', 'referral'],
  social: [],
  health: [],
  adultEducation: [],
  leadership: [],
  logReviewer: ['disclosure'],
  admin: [],
  foreignCoordinator: [],
  foreignTeamLead: [],
};

interface Arg {
  name: string;
  type: GraphQLInputType;
}
interface OperationField {
  name: string;
  args: readonly Arg[];
  type: GraphQLOutputType;
}

// The committed schema (schema.e2e-spec keeps it equal to the running app's); read from the
// file because introspection over HTTP is held to the same depth limit as any client.
const SCHEMA = buildSchema(readFileSync(path.join(__dirname, '../../schema.gql'), 'utf8'));

function named(type: GraphQLInputType | GraphQLOutputType): {
  name: string;
  object: boolean;
  list: boolean;
  required: boolean;
} {
  const required = isNonNullType(type);
  let list = false;
  let current: GraphQLType = type;
  while (isNonNullType(current) || isListType(current)) {
    if (isListType(current)) list = true;
    current = current.ofType;
  }
  const base = getNamedType(current);
  return { name: base.name, object: isObjectType(base), list, required };
}

// Every `id` value anywhere in a response.
function idsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string') found.add(inner);
      else idsIn(inner, found);
    }
  }
  return found;
}

function errorOf(res: GraphqlResponse): string | undefined {
  const error = res.errors?.[0];
  return error ? `${String(error.extensions?.code)}: ${error.message}` : undefined;
}

// Issue 5's authorization matrix, generated from the schema: every role × every query (and
// every mutation and subscription that takes an id) with the ids of records of this
// municipality, of another municipality, and ids that exist nowhere. Zero leaks: no response
// carries a record the role may not see; a record the role may not see and one that does not
// exist give the same error; leadership never reads an identifiable record.
describe('authorization matrix (generated from the schema)', () => {
  let t: TestApi;
  const tokens = {} as Record<RoleName, string>;
  const kindOf = new Map<string, Kind>();
  const foreign = new Set<string>();
  const fieldsOf = (type: ReturnType<typeof SCHEMA.getQueryType>): OperationField[] =>
    Object.values(type?.getFields() ?? {}).map((f) => ({ name: f.name, args: f.args, type: f.type }));
  const queries = fieldsOf(SCHEMA.getQueryType());
  const mutations = fieldsOf(SCHEMA.getMutationType());
  const subscriptions = fieldsOf(SCHEMA.getSubscriptionType());
  let person = '';
  let foreignPerson = '';

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.graphql<T>(query, variables, token);
    if (!res.data || res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  // A young person with a case in every part, in the given KAA unit.
  async function caseOf(coordinator: string, admin: string, partner: TestOrganization | undefined, record = true) {
    const yp = await register(t, coordinator, { givenName: 'Matris', familyName: 'Person' });
    const type = await ok<{ createMeasureType: { id: string } }>(
      `mutation { createMeasureType(input: { code: "M${randomUUID().slice(0, 6).toUpperCase()}", name: "Insats", scbCategory: OTHER, defaultTier: PREVENTIVE }) { id } }`,
      {},
      admin,
    );
    const measure = await ok<{ offerMeasure: { id: string } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }',
      { input: { youngPersonId: yp.id, measureTypeId: type.createMeasureType.id, offeredOn: today() } },
      coordinator,
    );
    const plan = await ok<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: yp.id,
          title: 'Plan',
          goals: [{ text: 'Mål', owner: 'YOUNG_PERSON' }],
        },
      },
      coordinator,
    );
    const contact = await ok<{ logContactAttempt: { id: string } }>(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId: yp.id,
          channel: 'PHONE',
          occurredAt: new Date().toISOString(),
          outcome: 'REACHED',
          occupationLearned: 'NONE',
        },
      },
      coordinator,
    );
    const ids: Array<[string, Kind]> = [
      [yp.id, 'youngPerson'],
      [yp.enrollment!.id, 'enrollment'],
      [measure.offerMeasure.id, 'measure'],
      [plan.createActionPlan.id, 'plan'],
      [contact.logContactAttempt.id, 'contactAttempt'],
    ];
    if (partner && record) {
      const consent = await ok<{ recordConsent: { id: string } }>(
        'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        {
          input: {
            youngPersonId: yp.id,
            recipientOrganizationId: partner.id,
            categories: ['PLAN'],
            purpose: 'Matris',
            givenBy: 'YOUNG_PERSON',
            form: 'ORAL',
          },
        },
        coordinator,
      );
      const referral = await ok<{ sendReferral: { id: string } }>(
        'mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id } }',
        {
          input: {
            youngPersonId: yp.id,
            toOrganizationId: partner.id,
            purpose: 'Remiss för matrisen',
            categories: ['PLAN'],
            legalGround: 'CONSENT',
            consentId: consent.recordConsent.id,
          },
        },
        coordinator,
      );
      const disclosures = await ok<{ youngPerson: { disclosures: Array<{ id: string }> } }>(
        'query ($id: ID!) { youngPerson(id: $id) { disclosures { id } } }',
        { id: yp.id },
        coordinator,
      );
      ids.push(
        [consent.recordConsent.id, 'consent'],
        [referral.sendReferral.id, 'referral'],
        ...disclosures.youngPerson.disclosures.map((d): [string, Kind] => [d.id, 'disclosure']),
      );
    }
    return { yp: yp.id, ids };
  }

  beforeAll(async () => {
    t = await startTestApi();
    const a = await t.factories.municipality();
    const b = await t.factories.municipality();
    const kaa = await t.factories.organization(a.id, OrganizationKind.KAA_UNIT);
    const school = await t.factories.organization(a.id, OrganizationKind.SCHOOL);
    const employment = await t.factories.organization(a.id, OrganizationKind.EMPLOYMENT_SERVICE);
    const management = await t.factories.organization(a.id, OrganizationKind.MANAGEMENT);
    const foreignKaa = await t.factories.organization(b.id, OrganizationKind.KAA_UNIT);
    const members: Record<RoleName, [TestOrganization, Role]> = {
      coordinator: [kaa, Role.COORDINATOR],
      colleague: [kaa, Role.COORDINATOR],
      teamLead: [kaa, Role.TEAM_LEAD],
      schoolStaff: [school, Role.SCHOOL_STAFF],
      otherSchoolStaff: [await t.factories.organization(a.id, OrganizationKind.SCHOOL), Role.SCHOOL_STAFF],
      employment: [employment, Role.PARTNER_CASEWORKER],
      social: [await t.factories.organization(a.id, OrganizationKind.SOCIAL_SERVICES), Role.PARTNER_CASEWORKER],
      health: [await t.factories.organization(a.id, OrganizationKind.HEALTH_CARE), Role.PARTNER_CASEWORKER],
      adultEducation: [await t.factories.organization(a.id, OrganizationKind.ADULT_EDUCATION), Role.PARTNER_CASEWORKER],
      leadership: [management, Role.LEADERSHIP],
      logReviewer: [management, Role.LOG_REVIEWER],
      admin: [management, Role.ADMIN],
      foreignCoordinator: [foreignKaa, Role.COORDINATOR],
      foreignTeamLead: [foreignKaa, Role.TEAM_LEAD],
    };
    for (const role of ROLES) tokens[role] = await t.login(await t.factories.user(...members[role]));
    const foreignAdmin = await t.login(await t.factories.user(foreignKaa, Role.ADMIN));
    const foreignPartner = await t.factories.organization(b.id, OrganizationKind.SOCIAL_SERVICES);

    const own = await caseOf(tokens.coordinator, tokens.admin, employment);
    person = own.yp;
    for (const [id, kind] of own.ids) kindOf.set(id, kind);
    const group = await ok<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'CLASS',
          targetGroup: '9B',
          title: 'Närvaro i 9B',
          goals: [{ text: 'Närvaro', owner: 'PROFESSIONAL' }],
        },
      },
      tokens.schoolStaff,
    );
    kindOf.set(group.createActionPlan.id, 'groupPlan');
    const other = await caseOf(tokens.foreignCoordinator, foreignAdmin, foreignPartner);
    foreignPerson = other.yp;
    for (const [id] of other.ids) foreign.add(id);
  });

  afterAll(async () => {
    await t?.close();
  });

  // The smallest selection that shows which records came back.
  function selection(typeName: string): string {
    const type = SCHEMA.getType(typeName);
    if (!type || !isObjectType(type)) return '';
    const fields = new Set(Object.keys(type.getFields()));
    if (fields.has('nodes')) return `{ totalCount nodes ${selection(nodeType(typeName))} }`;
    return fields.has('id') ? '{ id }' : '{ __typename }';
  }

  function nodeType(connection: string): string {
    return connection.replace(/Connection$/, '');
  }

  // Arguments for one call: ids from `id` (every ID argument), and plausible values for the
  // other required arguments.
  function call(field: OperationField, id: string | undefined, kind: 'query' | 'mutation' = 'query') {
    const declared: string[] = [];
    const passed: string[] = [];
    const variables: Record<string, unknown> = {};
    for (const arg of field.args) {
      const type = named(arg.type);
      let value: unknown;
      if (type.name === 'ID' && !type.list) value = id;
      else if (!type.required) continue;
      else if (type.name === 'DateTime')
        value = arg.name === 'from' ? new Date(Date.now() - 86_400_000).toISOString() : new Date().toISOString();
      else if (type.name === 'Int') value = 1;
      else if (arg.name === 'month') value = new Date().toISOString().slice(0, 7);
      else if (arg.name === 'query') value = 'Matris';
      else if (type.name === 'ReferralDirection') value = 'RECEIVED';
      else return undefined; // an input object: mutations with inputs are covered by their own tests
      if (value === undefined) {
        if (type.required) return undefined;
        continue;
      }
      const typeText = `${type.name}${type.required ? '!' : ''}`;
      declared.push(`$${arg.name}: ${typeText}`);
      passed.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = value;
    }
    const result = named(field.type);
    const select = result.object ? selection(result.name) : '';
    const head = declared.length ? `${kind} (${declared.join(', ')})` : kind;
    const args = passed.length ? `(${passed.join(', ')})` : '';
    return { query: `${head} { ${field.name}${args} ${select} }`, variables };
  }

  function takesId(field: OperationField): boolean {
    return field.args.some((arg) => named(arg.type).name === 'ID');
  }

  // The other municipality's records, seen from the role's own.
  const home = (role: RoleName): 'A' | 'B' => (role.startsWith('foreign') ? 'B' : 'A');
  const otherTenant = (role: RoleName): string[] => (home(role) === 'A' ? [...foreign] : [...kindOf.keys()]);

  function leaks(role: RoleName, res: GraphqlResponse): string[] {
    return [...idsIn(res.data)].flatMap((id) => {
      if (foreign.has(id) && home(role) === 'A') return [`a record of another municipality (${id})`];
      const kind = kindOf.get(id);
      return kind && !ALLOWED[role].includes(kind) ? [`${kind} ${id}`] : [];
    });
  }

  it('finds the operations to test', () => {
    expect(queries.length).toBeGreaterThan(30);
    expect(queries.filter(takesId).length).toBeGreaterThan(10);
  });

  it('every query, as every role, returns only records the role may see', async () => {
    const found: string[] = [];
    for (const role of ROLES) {
      for (const field of queries) {
        const targets = takesId(field) ? [...kindOf.keys(), ...foreign] : [undefined];
        for (const id of targets) {
          const request = call(field, id);
          if (!request) continue;
          const res = await t.graphql(request.query, request.variables, tokens[role]);
          for (const leak of leaks(role, res)) found.push(`${role} ${field.name}(${id ?? ''}): ${leak}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('a record the role may not see and one that does not exist give the same error', async () => {
    const differences: string[] = [];
    for (const role of ROLES) {
      for (const field of queries.filter(takesId)) {
        const missing = call(field, randomUUID());
        if (!missing) continue;
        const missingError = errorOf(await t.graphql(missing.query, missing.variables, tokens[role]));
        for (const id of [...kindOf.keys(), ...foreign]) {
          const kind = kindOf.get(id);
          if (kind && ALLOWED[role].includes(kind)) continue;
          if (!kind && home(role) === 'B') continue;
          const request = call(field, id)!;
          const res = await t.graphql(request.query, request.variables, tokens[role]);
          const error = errorOf(res);
          if (error !== missingError)
            differences.push(`${role} ${field.name}(${kind ?? 'foreign'}): ${error} vs ${missingError}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('every mutation that takes an id refuses records of other tenants like missing ones, and changes nothing', async () => {
    const before = await t.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_event');
    const problems: string[] = [];
    for (const role of ROLES) {
      for (const field of mutations.filter(takesId)) {
        const missing = call(field, randomUUID(), 'mutation');
        if (!missing) continue;
        const missingError = errorOf(await t.graphql(missing.query, missing.variables, tokens[role]));
        for (const id of otherTenant(role)) {
          const request = call(field, id, 'mutation')!;
          const res = await t.graphql(request.query, request.variables, tokens[role]);
          if (res.data?.[field.name])
            problems.push(`${role} ${field.name}: succeeded on another municipality's record`);
          else if (errorOf(res) !== missingError)
            problems.push(`${role} ${field.name}: ${errorOf(res)} vs ${missingError}`);
        }
      }
    }
    expect(problems).toEqual([]);
    const after = await t.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_event');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('aliases and nested paths reach nothing more than the plain operation', async () => {
    const res = await t.graphql<Record<string, unknown>>(
      `query ($a: ID!, $b: ID!) {
        mine: youngPerson(id: $a) { id actionPlan { id } measures { id } consents { id } }
        theirs: youngPerson(id: $b) { id }
        plans: actionPlans { nodes { id } } again: actionPlans { nodes { id } } }`,
      { a: person, b: foreignPerson },
      tokens.employment,
    );
    expect(leaks('employment', res)).toEqual([]);
    // The partner's young person is there, with only the consented plan: no measures, consents.
    expect(JSON.stringify(res.errors ?? [])).toMatch(/NOT_FOUND|FORBIDDEN/);
    for (const role of ['leadership', 'admin', 'logReviewer', 'social'] as const) {
      const nested = await t.graphql(
        `query ($a: ID!) { youngPerson(id: $a) { id actionPlan { id } } caseload { nodes { id } }
           searchYoungPeople(query: "Matris") { nodes { id } } }`,
        { a: person },
        tokens[role],
      );
      expect(leaks(role, nested)).toEqual([]);
    }
  });

  it('subscriptions about young people are refused to roles that never read them', async () => {
    const refusedRoles: RoleName[] = ['leadership', 'admin'];
    const aboutYoungPeople = subscriptions.filter((s) => /youngPerson|actionPlan/i.test(s.name));
    expect(aboutYoungPeople.length).toBeGreaterThan(0);
    for (const role of refusedRoles) {
      for (const field of aboutYoungPeople) {
        const request = call(field, person, 'query');
        if (!request) continue;
        const client = t.ws(tokens[role]);
        const query = request.query.replace(/^query/, 'subscription').replace(/\$(\w+): ID!?/g, '$$$1: ID');
        const inline = Object.entries(request.variables).reduce(
          (text, [name, value]) => text.replace(`$${name}`, JSON.stringify(value)),
          query.replace(/^subscription \([^)]*\)/, 'subscription'),
        );
        await expect(nextResults(client, inline, 1, 5_000).results).rejects.toThrow(/FORBIDDEN/);
      }
    }
  });
});
