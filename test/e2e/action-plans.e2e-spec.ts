import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { nextResults, startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today } from '../support/young-people';

const PLAN_FIELDS = `id version status title participation leadOrganizationId youngPersonId scope targetGroup nextFollowUpOn
  goals { id position text owner }
  actions { id goalId position description responsibleOrganizationId responsibleUserId dueOn status }
  followUps { id plannedOn heldOn summary goalEvaluations { goalId assessment comment } }`;
const CREATE = `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { ${PLAN_FIELDS} } }`;
const REVISE = `mutation ($input: ReviseActionPlanInput!) { reviseActionPlan(input: $input) { ${PLAN_FIELDS} } }`;
const ACTION_STATUS = `mutation ($input: SetPlanActionStatusInput!) { setPlanActionStatus(input: $input) { version actions { id status } } }`;
const FOLLOW_UP = `mutation ($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { ${PLAN_FIELDS} } }`;
const CLOSE = `mutation ($input: CloseActionPlanInput!) { closeActionPlan(input: $input) { status version } }`;
const READ = `query ($id: ID!) { actionPlan(id: $id) { ${PLAN_FIELDS} versions { version changedFields changedById } } }`;

interface Plan {
  id: string;
  version: number;
  status: string;
  title: string;
  nextFollowUpOn: string | null;
  goals: Array<{ id: string; position: number; text: string; owner: string }>;
  actions: Array<{
    id: string;
    goalId: string | null;
    description: string;
    status: string;
    responsibleOrganizationId: string;
  }>;
  followUps: Array<{ id: string; plannedOn: string; heldOn: string | null; goalEvaluations: unknown[] }>;
  versions?: Array<{ version: number; changedFields: string[]; changedById: string }>;
}

// Shared action plans: drawn up with the young person's own goals and partner actions,
// revised under a version check into stored versions that can be read and compared,
// followed up goal by goal, closed; and school plans at class level.
describe('action plans', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let employment: TestOrganization;
  let social: TestOrganization;
  let school: TestOrganization;
  let coordinator: TestUser;
  let caseworker: TestUser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    caseworker = await t.factories.user(employment, Role.PARTNER_CASEWORKER);
    const other = await t.factories.municipality();
    tokens.otherOrganization = (await t.factories.organization(other.id, OrganizationKind.SOCIAL_SERVICES)).id;
    tokens.coordinator = await t.login(coordinator);
    tokens.colleague = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.teamLead = await t.login(await t.factories.user(kaa, Role.TEAM_LEAD));
    tokens.schoolStaff = await t.login(await t.factories.user(school, Role.SCHOOL_STAFF));
  });

  afterAll(async () => {
    await t?.close();
  });

  function planInput(youngPersonId: string): Record<string, unknown> {
    return {
      scope: 'INDIVIDUAL',
      youngPersonId,
      title: 'Vägen tillbaka till studier',
      background: 'Avbröt gymnasiet i åk 2',
      backgroundDate: today(),
      leadOrganizationId: kaa.id,
      participation: 'PARTICIPATED',
      goals: [
        { text: 'Jag vill börja plugga till hösten', owner: 'YOUNG_PERSON' },
        { text: 'Regelbunden dygnsrytm', owner: 'PROFESSIONAL' },
      ],
      actions: [
        { goalIndex: 0, description: 'Studiebesök på komvux', responsibleOrganizationId: kaa.id, dueOn: '2099-01-31' },
        {
          goalIndex: 0,
          description: 'Inskrivning och vägledning',
          responsibleOrganizationId: employment.id,
          responsibleUserId: caseworker.id,
        },
        { goalIndex: 1, description: 'Samtal om sömn', responsibleOrganizationId: social.id },
      ],
      followUps: [{ plannedOn: '2099-02-15' }],
    };
  }

  async function createPlan(): Promise<Plan> {
    const person = await register(t, tokens.coordinator);
    const res = await t.graphql<{ createActionPlan: Plan }>(
      CREATE,
      { input: planInput(person.id) },
      tokens.coordinator,
    );
    if (!res.data?.createActionPlan) throw new Error(JSON.stringify(res.errors));
    return res.data.createActionPlan;
  }

  async function read(id: string, token = tokens.coordinator): Promise<Plan> {
    const res = await t.graphql<{ actionPlan: Plan }>(READ, { id }, token);
    if (!res.data?.actionPlan) throw new Error(JSON.stringify(res.errors));
    return res.data.actionPlan;
  }

  it('draws up a plan with the young person’s own goals, partner actions, a lead and a follow-up', async () => {
    const plan = await createPlan();
    expect(plan).toMatchObject({
      version: 1,
      status: 'ACTIVE',
      participation: 'PARTICIPATED',
      nextFollowUpOn: '2099-02-15',
    });
    expect(plan.goals.map((g) => [g.text, g.owner])).toEqual([
      ['Jag vill börja plugga till hösten', 'YOUNG_PERSON'],
      ['Regelbunden dygnsrytm', 'PROFESSIONAL'],
    ]);
    expect(plan.actions.map((a) => [a.goalId, a.responsibleOrganizationId, a.status])).toEqual([
      [plan.goals[0].id, kaa.id, 'PLANNED'],
      [plan.goals[0].id, employment.id, 'PLANNED'],
      [plan.goals[1].id, social.id, 'PLANNED'],
    ]);
    const stored = await read(plan.id);
    expect(stored.versions).toEqual([{ version: 1, changedFields: ['created'], changedById: coordinator.id }]);
    // The young person's record shows the plan.
    const person = await t.graphql<{ youngPerson: { actionPlan: { id: string; version: number } } }>(
      `query ($id: ID!) { youngPerson(id: $id) { actionPlan { id version } } }`,
      {
        id: (
          await t.pool.query<{ id: string }>('SELECT young_person_id AS id FROM action_plan WHERE id = $1', [plan.id])
        ).rows[0].id,
      },
      tokens.coordinator,
    );
    expect(person.data?.youngPerson.actionPlan).toEqual({ id: plan.id, version: 1 });
  });

  it('allows one active plan per young person', async () => {
    const plan = await createPlan();
    const { rows } = await t.pool.query<{ id: string }>('SELECT young_person_id AS id FROM action_plan WHERE id = $1', [
      plan.id,
    ]);
    const second = await t.graphql(CREATE, { input: planInput(rows[0].id) }, tokens.coordinator);
    expect(errorCode(second)).toBe('PLAN_ALREADY_ACTIVE');
  });

  it('makes every revision a new version that can be read and compared with earlier ones', async () => {
    const plan = await createPlan();
    const revised = await t.graphql<{ reviseActionPlan: Plan }>(
      REVISE,
      {
        input: {
          id: plan.id,
          version: 1,
          title: 'Vägen tillbaka',
          goals: [
            { id: plan.goals[0].id, text: 'Jag vill börja plugga i januari', owner: 'YOUNG_PERSON' },
            { text: 'Ha en praktikplats', owner: 'YOUNG_PERSON' },
          ],
        },
      },
      tokens.coordinator,
    );
    const v2 = revised.data!.reviseActionPlan;
    expect(v2.version).toBe(2);
    expect(v2.goals.map((g) => g.text)).toEqual(['Jag vill börja plugga i januari', 'Ha en praktikplats']);
    // The action of the removed goal stays but serves no goal now.
    expect(v2.actions.find((a) => a.description === 'Samtal om sömn')?.goalId).toBeNull();

    const old = await t.graphql<{
      actionPlanVersion: { version: number; plan: { title: string; goals: Array<{ text: string }> } };
    }>(
      'query ($planId: ID!) { actionPlanVersion(planId: $planId, version: 1) { version plan { title goals { text } } } }',
      { planId: plan.id },
      tokens.coordinator,
    );
    expect(old.data?.actionPlanVersion.plan.title).toBe('Vägen tillbaka till studier');
    expect(old.data?.actionPlanVersion.plan.goals).toHaveLength(2);

    const diff = await t.graphql<{
      compareActionPlanVersions: Array<{ path: string; kind: string; before: string | null; after: string | null }>;
    }>(
      'query ($planId: ID!) { compareActionPlanVersions(planId: $planId, fromVersion: 1, toVersion: 2) { path kind before after } }',
      { planId: plan.id },
      tokens.coordinator,
    );
    const changes = diff.data!.compareActionPlanVersions;
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'title', kind: 'CHANGED', before: '"Vägen tillbaka till studier"', after: '"Vägen tillbaka"' },
        {
          path: `goals/${plan.goals[0].id}/text`,
          kind: 'CHANGED',
          before: '"Jag vill börja plugga till hösten"',
          after: '"Jag vill börja plugga i januari"',
        },
        expect.objectContaining({ path: `goals/${plan.goals[1].id}`, kind: 'REMOVED' }),
        expect.objectContaining({ kind: 'ADDED', after: expect.stringContaining('Ha en praktikplats') as unknown }),
      ]),
    );
    expect((await read(plan.id)).versions?.map((v) => [v.version, v.changedFields])).toEqual([
      [1, ['created']],
      [2, ['title', 'goals', 'actions']],
    ]);
  });

  it('names who saved each version and the lead person, now and as they were at a version', async () => {
    const plan = await createPlan();
    const name = async (id: string): Promise<string> =>
      (await t.pool.query<{ name: string }>('SELECT display_name AS name FROM app_user WHERE id = $1', [id])).rows[0]
        .name;
    const revised = await t.graphql(
      REVISE,
      { input: { id: plan.id, version: 1, leadUserId: coordinator.id, participationNote: 'Var med på mötet' } },
      tokens.teamLead,
    );
    expect(revised.errors).toBeUndefined();
    const teamLeadId = (
      await t.pool.query<{ id: string }>(
        'SELECT changed_by_id AS id FROM action_plan_revision WHERE plan_id = $1 AND version = 2',
        [plan.id],
      )
    ).rows[0].id;
    const res = await t.graphql<{
      actionPlan: { leadUserName: string | null; versions: Array<{ version: number; changedByName: string | null }> };
      v1: { changedByName: string | null; plan: { leadUserName: string | null } };
      v2: { plan: { leadUserName: string | null; participationNote: string } };
    }>(
      `query ($id: ID!) {
        actionPlan(id: $id) { leadUserName versions { version changedByName } }
        v1: actionPlanVersion(planId: $id, version: 1) { changedByName plan { leadUserName } }
        v2: actionPlanVersion(planId: $id, version: 2) { plan { leadUserName participationNote } }
      }`,
      { id: plan.id },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.actionPlan.leadUserName).toBe(await name(coordinator.id));
    expect(res.data?.actionPlan.versions).toEqual([
      { version: 1, changedByName: await name(coordinator.id) },
      { version: 2, changedByName: await name(teamLeadId) },
    ]);
    expect(res.data?.v1).toEqual({ changedByName: await name(coordinator.id), plan: { leadUserName: null } });
    expect(res.data?.v2.plan).toEqual({
      leadUserName: await name(coordinator.id),
      participationNote: 'Var med på mötet',
    });
  });

  it('refuses a revision based on a stale version and changes nothing; of two at once exactly one wins', async () => {
    const plan = await createPlan();
    const first = await t.graphql(REVISE, { input: { id: plan.id, version: 1, title: 'Första' } }, tokens.coordinator);
    expect(first.errors).toBeUndefined();
    const stale = await t.graphql(
      REVISE,
      { input: { id: plan.id, version: 1, title: 'Gammal', goals: [] } },
      tokens.coordinator,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const after = await read(plan.id);
    expect(after).toMatchObject({ version: 2, title: 'Första' });
    expect(after.goals).toHaveLength(2);

    const racing = await Promise.all(
      ['A', 'B'].map((title) => t.graphql(REVISE, { input: { id: plan.id, version: 2, title } }, tokens.coordinator)),
    );
    expect(racing.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    const { rows } = await t.pool.query<{ versions: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM action_plan_revision WHERE plan_id = $1) AS versions,
              (SELECT count(*)::int FROM audit_event WHERE subject_id = $1) AS audits`,
      [plan.id],
    );
    expect(rows[0]).toEqual({ versions: 3, audits: 3 });
  });

  it('refuses a revision that changes nothing', async () => {
    const plan = await createPlan();
    const res = await t.graphql(REVISE, { input: { id: plan.id, version: 1, title: plan.title } }, tokens.coordinator);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((await read(plan.id)).version).toBe(1);
  });

  it('changes one action’s status as a new version', async () => {
    const plan = await createPlan();
    const res = await t.graphql<{
      setPlanActionStatus: { version: number; actions: Array<{ id: string; status: string }> };
    }>(
      ACTION_STATUS,
      { input: { actionId: plan.actions[1].id, planVersion: 1, status: 'IN_PROGRESS' } },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setPlanActionStatus.version).toBe(2);
    expect(res.data?.setPlanActionStatus.actions[1]).toEqual({ id: plan.actions[1].id, status: 'IN_PROGRESS' });
    expect((await read(plan.id)).versions?.[1]?.changedFields).toEqual(['actions']);
  });

  it('refuses organisations outside the municipality and people outside their organisation', async () => {
    const person = await register(t, tokens.coordinator);
    const foreign = planInput(person.id);
    foreign.actions = [{ description: 'x', responsibleOrganizationId: tokens.otherOrganization }];
    expect(errorCode(await t.graphql(CREATE, { input: foreign }, tokens.coordinator))).toBe(
      'PLAN_ORGANIZATION_INVALID',
    );
    const wrongPerson = planInput(person.id);
    wrongPerson.actions = [
      { description: 'x', responsibleOrganizationId: social.id, responsibleUserId: caseworker.id },
    ];
    expect(errorCode(await t.graphql(CREATE, { input: wrongPerson }, tokens.coordinator))).toBe('PLAN_PERSON_INVALID');
  });

  it('records a follow-up that evaluates every goal and plans the next one', async () => {
    const plan = await createPlan();
    const followUpId = plan.followUps[0].id;
    const partial = await t.graphql(
      FOLLOW_UP,
      {
        input: {
          planId: plan.id,
          version: 1,
          followUpId,
          heldOn: today(),
          summary: 'Bra möte',
          goalEvaluations: [{ goalId: plan.goals[0].id, assessment: 'PARTLY_ACHIEVED' }],
        },
      },
      tokens.coordinator,
    );
    expect(errorCode(partial)).toBe('PLAN_GOAL_NOT_EVALUATED');
    expect(partial.errors?.[0]?.extensions?.details).toMatchObject({ missingGoalIds: [plan.goals[1].id] });

    const full = await t.graphql<{ recordPlanFollowUp: Plan }>(
      FOLLOW_UP,
      {
        input: {
          planId: plan.id,
          version: 1,
          followUpId,
          heldOn: today(),
          summary: 'Bra möte',
          goalEvaluations: [
            { goalId: plan.goals[0].id, assessment: 'PARTLY_ACHIEVED', comment: 'Har sökt' },
            { goalId: plan.goals[1].id, assessment: 'ACHIEVED' },
          ],
          nextFollowUpOn: '2099-06-01',
        },
      },
      tokens.coordinator,
    );
    const after = full.data!.recordPlanFollowUp;
    expect(after.version).toBe(2);
    const held = after.followUps.find((f) => f.id === followUpId);
    expect(held).toMatchObject({ heldOn: today() });
    expect(held?.goalEvaluations).toHaveLength(2);
    expect(after.nextFollowUpOn).toBe('2099-06-01');

    const again = await t.graphql(
      FOLLOW_UP,
      { input: { planId: plan.id, version: 2, followUpId, heldOn: today(), summary: '', goalEvaluations: [] } },
      tokens.coordinator,
    );
    expect(errorCode(again)).toBe('PLAN_FOLLOW_UP_HELD');
  });

  it('puts a young person whose plan follow-up is due in the caseload’s follow-up filter', async () => {
    const person = await register(t, tokens.coordinator);
    const input = planInput(person.id);
    input.followUps = [{ plannedOn: today() }];
    expect((await t.graphql(CREATE, { input }, tokens.coordinator)).errors).toBeUndefined();
    const notYet = await register(t, tokens.coordinator);
    const later = planInput(notYet.id);
    expect((await t.graphql(CREATE, { input: later }, tokens.coordinator)).errors).toBeUndefined();
    const res = await t.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(filter: { followUpDue: true }, first: 100) { nodes { id } } }',
      {},
      tokens.coordinator,
    );
    const ids = res.data!.caseload.nodes.map((n) => n.id);
    expect(ids).toContain(person.id);
    expect(ids).not.toContain(notYet.id);
  });

  it('closes a plan with its evaluation; a closed plan is history and a new one can start', async () => {
    const plan = await createPlan();
    const closed = await t.graphql(
      CLOSE,
      { input: { id: plan.id, version: 1, closedOn: today(), evaluation: 'Målen nådda' } },
      tokens.coordinator,
    );
    expect(closed.data).toEqual({ closeActionPlan: { status: 'CLOSED', version: 2 } });
    const revise = await t.graphql(
      REVISE,
      { input: { id: plan.id, version: 2, title: 'Efteråt' } },
      tokens.coordinator,
    );
    expect(errorCode(revise)).toBe('PLAN_CLOSED');
    const { rows } = await t.pool.query<{ id: string }>('SELECT young_person_id AS id FROM action_plan WHERE id = $1', [
      plan.id,
    ]);
    const next = await t.graphql<{ createActionPlan: Plan }>(
      CREATE,
      { input: planInput(rows[0].id) },
      tokens.coordinator,
    );
    expect(next.data?.createActionPlan.version).toBe(1);
  });

  it('keeps plans inside their caseload or school', async () => {
    const plan = await createPlan();
    expect(errorCode(await t.graphql(READ, { id: plan.id }, tokens.colleague))).toBe('NOT_FOUND');
    expect((await read(plan.id, tokens.teamLead)).id).toBe(plan.id);
    expect(errorCode(await t.graphql(READ, { id: plan.id }, tokens.schoolStaff))).toBe('NOT_FOUND');

    const classPlan = await t.graphql<{ createActionPlan: Plan & { scope: string; targetGroup: string } }>(
      CREATE,
      {
        input: {
          scope: 'CLASS',
          targetGroup: '8B',
          title: 'Närvaro i 8B',
          patternsAndFactors: 'Frånvaro på måndagar',
          developmentArea: 'Trygga morgnar',
          goals: [{ text: 'Fler elever på plats första lektionen', owner: 'PROFESSIONAL' }],
          actions: [{ goalIndex: 0, description: 'Frukost i klassrummet', responsibleOrganizationId: school.id }],
        },
      },
      tokens.schoolStaff,
    );
    const created = classPlan.data!.createActionPlan;
    expect(created).toMatchObject({ scope: 'CLASS', targetGroup: '8B', version: 1 });
    expect(errorCode(await t.graphql(READ, { id: created.id }, tokens.coordinator))).toBe('NOT_FOUND');
    const withPerson = await t.graphql(
      CREATE,
      { input: { scope: 'CLASS', title: 'x', youngPersonId: plan.id } },
      tokens.schoolStaff,
    );
    expect(errorCode(withPerson)).toBe('PLAN_SCOPE_INVALID');
  });

  it('lists the people a plan may name as its lead for an organisation, by name, active members only', async () => {
    const PEOPLE = `query ($organizationId: ID!) { planPeople(organizationId: $organizationId) { id name } }`;
    const unit = await t.factories.organization(kaa.municipalityId, OrganizationKind.KAA_UNIT);
    const [first, second, disabled, ended] = [
      await t.factories.user(unit, Role.COORDINATOR),
      await t.factories.user(unit, Role.TEAM_LEAD),
      await t.factories.user(unit, Role.COORDINATOR),
      await t.factories.user(unit, Role.COORDINATOR),
    ];
    await t.pool.query(`UPDATE app_user SET display_name = 'Örjan Sist' WHERE id = $1`, [first.id]);
    await t.pool.query(`UPDATE app_user SET display_name = 'Anna Först' WHERE id = $1`, [second.id]);
    await t.pool.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    await t.pool.query(`UPDATE membership SET ended_at = now() WHERE user_id = $1`, [ended.id]);
    const res = await t.graphql<{ planPeople: Array<{ id: string; name: string }> }>(
      PEOPLE,
      { organizationId: unit.id },
      tokens.coordinator,
    );
    expect(res.data?.planPeople).toEqual([
      { id: second.id, name: 'Anna Först' },
      { id: first.id, name: 'Örjan Sist' },
    ]);
    // Another municipality's organisation is not found, nor any for a role that cannot write plans
    // (a read of one record); a malformed id is a validation error.
    expect(errorCode(await t.graphql(PEOPLE, { organizationId: tokens.otherOrganization }, tokens.coordinator))).toBe(
      'NOT_FOUND',
    );
    const leadership = await t.login(await t.factories.user(kaa, Role.LEADERSHIP));
    expect(errorCode(await t.graphql(PEOPLE, { organizationId: unit.id }, leadership))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(PEOPLE, { organizationId: 'x' }, tokens.coordinator))).toBe('BAD_USER_INPUT');
  });

  it('delivers every new version to a subscriber, re-checked against access', async () => {
    const plan = await createPlan();
    const client = t.ws(tokens.teamLead);
    const { results } = nextResults<{ actionPlanChanged: { version: number; title: string } }>(
      client,
      `subscription { actionPlanChanged(id: "${plan.id}") { version title } }`,
      1,
    );
    await t.waitForListeners(1);
    await t.graphql(REVISE, { input: { id: plan.id, version: 1, title: 'Ny titel' } }, tokens.coordinator);
    expect((await results).map((r) => r.actionPlanChanged)).toEqual([{ version: 2, title: 'Ny titel' }]);
  });
});
