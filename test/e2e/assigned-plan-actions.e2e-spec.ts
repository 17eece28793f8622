import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today } from '../support/young-people';

const LIST = '{ assignedPlanActions { totalCount nodes { id planId planVersion description status } } }';
const UPDATE = `mutation ($input: UpdateAssignedPlanActionInput!) {
  updateAssignedPlanAction(input: $input) { id planVersion status } }`;

interface Assigned {
  id: string;
  planId: string;
  planVersion: number;
  description: string;
  status: string;
}

// Issue 5: a plan action assigned to a partner organisation lets that organisation see and
// update that action only; anything more of the plan or the young person needs a consent.
describe('plan actions assigned to a partner', () => {
  let t: TestApi;
  let employment: TestOrganization;
  let social: TestOrganization;
  let caseworker: TestUser;
  const tokens: Record<string, string> = {};
  let planId: string;
  let personId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    tokens.coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    caseworker = await t.factories.user(employment, Role.PARTNER_CASEWORKER);
    tokens.caseworker = await t.login(caseworker);
    tokens.social = await t.login(await t.factories.user(social, Role.PARTNER_CASEWORKER));
    const person = await register(t, tokens.coordinator);
    personId = person.id;
    const plan = await t.graphql<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Hemlig plan',
          background: 'Känslig bakgrund',
          goals: [{ text: 'Mitt mål', owner: 'YOUNG_PERSON' }],
          actions: [
            {
              goalIndex: 0,
              description: 'Inskrivning hos AF',
              responsibleOrganizationId: employment.id,
              dueOn: '2099-01-01',
            },
            { goalIndex: 0, description: 'Samtal hos socialtjänsten', responsibleOrganizationId: social.id },
          ],
        },
      },
      tokens.coordinator,
    );
    planId = plan.data!.createActionPlan.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function mine(token: string): Promise<Assigned[]> {
    const res = await t.graphql<{ assignedPlanActions: { nodes: Assigned[] } }>(LIST, {}, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.assignedPlanActions.nodes;
  }

  it('shows each organisation exactly its own action, and nothing else of the plan or the young person', async () => {
    const actions = await mine(tokens.caseworker);
    expect(actions).toEqual([
      {
        id: expect.any(String) as unknown,
        planId,
        planVersion: 1,
        description: 'Inskrivning hos AF',
        status: 'PLANNED',
      },
    ]);
    expect((await mine(tokens.social)).map((a) => a.description)).toEqual(['Samtal hos socialtjänsten']);
    const plan = await t.graphql(
      'query ($id: ID!) { actionPlan(id: $id) { title } }',
      { id: planId },
      tokens.caseworker,
    );
    expect(errorCode(plan)).toBe('NOT_FOUND');
    expect(JSON.stringify(await t.graphql(LIST, {}, tokens.caseworker))).not.toMatch(
      /Hemlig|Känslig|Mitt mål|socialtjänsten/,
    );
    // The action is part of the young person's plan: its read is logged on the assignment.
    const { rows } = await t.pool.query<{ ground: string; categories: string[] }>(
      'SELECT ground, categories FROM access_log_entry WHERE user_id = $1',
      [caseworker.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.ground === 'ASSIGNED_ACTION' && r.categories.join() === 'PLAN')).toBe(true);
  });

  it('lets the organisation report on its action as a new plan version, audited as itself', async () => {
    const [action] = await mine(tokens.caseworker);
    const res = await t.graphql<{ updateAssignedPlanAction: { planVersion: number; status: string } }>(
      UPDATE,
      { input: { actionId: action.id, planVersion: action.planVersion, status: 'IN_PROGRESS' } },
      tokens.caseworker,
    );
    expect(res.data?.updateAssignedPlanAction).toMatchObject({ planVersion: 2, status: 'IN_PROGRESS' });
    const plan = await t.graphql<{
      actionPlan: {
        version: number;
        actions: Array<{ status: string }>;
        versions: Array<{ changedFields: string[]; changedById: string }>;
      };
    }>(
      'query ($id: ID!) { actionPlan(id: $id) { version actions { status } versions { changedFields changedById } } }',
      { id: planId },
      tokens.coordinator,
    );
    expect(plan.data?.actionPlan.version).toBe(2);
    expect(plan.data?.actionPlan.actions.map((a) => a.status)).toEqual(['IN_PROGRESS', 'PLANNED']);
    expect(plan.data?.actionPlan.versions[1]).toEqual({ changedFields: ['actions'], changedById: caseworker.id });
    const { rows } = await t.pool.query<{ actor_user_id: string; action: string }>(
      `SELECT actor_user_id, action FROM audit_event WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1`,
      [planId],
    );
    expect(rows[0]).toEqual({ actor_user_id: caseworker.id, action: 'action_plan.assigned_action_status' });
  });

  it('refuses another organisation’s action, a stale version, and any change to the rest of the plan', async () => {
    const [own] = await mine(tokens.caseworker);
    const [others] = await mine(tokens.social);
    const foreign = await t.graphql(
      UPDATE,
      { input: { actionId: others.id, planVersion: own.planVersion, status: 'DONE' } },
      tokens.caseworker,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const stale = await t.graphql(
      UPDATE,
      { input: { actionId: own.id, planVersion: own.planVersion - 1, status: 'DONE' } },
      tokens.caseworker,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const revise = await t.graphql(
      'mutation ($input: ReviseActionPlanInput!) { reviseActionPlan(input: $input) { id } }',
      { input: { id: planId, version: own.planVersion, title: 'Ändrad' } },
      tokens.caseworker,
    );
    expect(errorCode(revise)).toBe('FORBIDDEN');
  });

  // The list says which plan each action is of, by title, only to an organisation that may read
  // that plan (a consent): the assignment alone gives the action, never the plan.
  it('names the plan of an action only to an organisation that may read the plan', async () => {
    const TITLES = '{ assignedPlanActions { nodes { description planTitle } } }';
    const before = await t.graphql<{ assignedPlanActions: { nodes: Array<{ planTitle: string | null }> } }>(
      TITLES,
      {},
      tokens.caseworker,
    );
    expect(before.errors).toBeUndefined();
    expect(before.data?.assignedPlanActions.nodes.map((a) => a.planTitle)).toEqual([null]);
    expect(JSON.stringify(before.data)).not.toMatch(/Hemlig/);
    const consent = await t.graphql(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          youngPersonId: personId,
          recipientOrganizationId: employment.id,
          categories: ['PLAN'],
          purpose: 'Samordnat stöd',
          givenBy: 'YOUNG_PERSON',
          form: 'ORAL',
        },
      },
      tokens.coordinator,
    );
    expect(consent.errors).toBeUndefined();
    const after = await t.graphql<{ assignedPlanActions: { nodes: Array<{ planTitle: string | null }> } }>(
      TITLES,
      {},
      tokens.caseworker,
    );
    expect(after.data?.assignedPlanActions.nodes).toEqual([
      { description: expect.any(String) as unknown, planTitle: 'Hemlig plan' },
    ]);
    // Another organisation's assignment on the same plan still shows no title without its consent.
    const social = await t.graphql<{ assignedPlanActions: { nodes: Array<{ planTitle: string | null }> } }>(
      TITLES,
      {},
      tokens.social,
    );
    expect(social.data?.assignedPlanActions.nodes.map((a) => a.planTitle)).toEqual([null]);
  });

  it('drops the actions of a closed plan from the list', async () => {
    const [own] = await mine(tokens.caseworker);
    const closed = await t.graphql(
      'mutation ($input: CloseActionPlanInput!) { closeActionPlan(input: $input) { status } }',
      { input: { id: planId, version: own.planVersion, closedOn: today(), evaluation: 'Klart' } },
      tokens.coordinator,
    );
    expect(closed.errors).toBeUndefined();
    expect(await mine(tokens.caseworker)).toEqual([]);
    const late = await t.graphql(
      UPDATE,
      { input: { actionId: own.id, planVersion: own.planVersion + 1, status: 'DONE' } },
      tokens.caseworker,
    );
    expect(errorCode(late)).toBe('PLAN_CLOSED');
  });
});
