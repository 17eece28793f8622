import { Role } from '@app/core/authz';
import { verifyAuditChains } from '@app/core/audit';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { register, today } from '../support/young-people';

interface Ok<T> {
  data?: T;
  errors?: unknown[];
}

// The "done when": through the API alone a coordinator registers a young person, logs
// contacts, offers and runs a measure, builds and revises a shared plan with actions for partner
// organisations, and hands the young person over; every step is audited and the chains verify.
describe('a coordinator’s whole journey with one young person', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res: Ok<T> = await t.graphql<T>(query, variables, token);
    if (!res.data || res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  it('registers, contacts, runs a measure, plans with partners, hands over, and audits every step', async () => {
    const home = await t.factories.municipality('Hemkommun');
    let next = await t.factories.municipality('Nya kommunen');
    while (next.id === home.id) next = await t.factories.municipality('Nya kommunen');
    const kaa = await t.factories.organization(home.id, OrganizationKind.KAA_UNIT);
    const employment = await t.factories.organization(home.id, OrganizationKind.EMPLOYMENT_SERVICE);
    const health = await t.factories.organization(home.id, OrganizationKind.HEALTH_CARE);
    const coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    const admin = await t.login(await t.factories.user(kaa, Role.ADMIN));
    const receiver = await t.login(
      await t.factories.user(await t.factories.organization(next.id, OrganizationKind.KAA_UNIT), Role.TEAM_LEAD),
    );
    const auditsBefore = await t.factories.auditCount(home.id);

    const person = await register(t, coordinator);
    await ok(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          channel: 'TEXT_MESSAGE',
          occurredAt: new Date().toISOString(),
          outcome: 'REACHED',
        },
      },
      coordinator,
    );
    const type = await ok<{ createMeasureType: { id: string } }>(
      'mutation ($input: CreateMeasureTypeInput!) { createMeasureType(input: $input) { id } }',
      { input: { code: 'KOMVUX', name: 'Komvux', scbCategory: 'ADULT_EDUCATION', defaultTier: 'REMEDIAL' } },
      admin,
    );
    const offered = await ok<{ offerMeasure: { id: string } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          measureTypeId: type.createMeasureType.id,
          offeredOn: today(),
          planningAndGoal: 'Läsa in matematik',
          followUpOn: '2099-01-01',
        },
      },
      coordinator,
    );
    const measureId = offered.offerMeasure.id;
    await ok(
      'mutation ($input: RespondToMeasureInput!) { respondToMeasure(input: $input) { status } }',
      { input: { id: measureId, version: 1, accepted: true, respondedOn: today() } },
      coordinator,
    );
    await ok(
      'mutation ($input: StartMeasureInput!) { startMeasure(input: $input) { status } }',
      { input: { id: measureId, version: 2, startedOn: today() } },
      coordinator,
    );
    const plan = await ok<{ createActionPlan: { id: string; version: number } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id version } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Min plan',
          participation: 'PARTICIPATED',
          leadOrganizationId: kaa.id,
          goals: [{ text: 'Klara matten', owner: 'YOUNG_PERSON' }],
          actions: [
            { goalIndex: 0, description: 'Vägledning', responsibleOrganizationId: employment.id },
            { goalIndex: 0, description: 'Samtal om stress', responsibleOrganizationId: health.id },
          ],
          followUps: [{ plannedOn: '2099-02-01' }],
        },
      },
      coordinator,
    );
    const revised = await ok<{ reviseActionPlan: { version: number } }>(
      'mutation ($input: ReviseActionPlanInput!) { reviseActionPlan(input: $input) { version } }',
      { input: { id: plan.createActionPlan.id, version: 1, developmentArea: 'Studieteknik' } },
      coordinator,
    );
    expect(revised.reviseActionPlan.version).toBe(2);
    const status = await ok<{ youngPerson: { enrollment: { status: string } } }>(
      'query ($id: ID!) { youngPerson(id: $id) { enrollment { status } } }',
      { id: person.id },
      coordinator,
    );
    expect(status.youngPerson.enrollment.status).toBe('IN_MEASURE');

    const sent = await ok<{ handOverToMunicipality: { id: string } }>(
      'mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) { id } }',
      { input: { youngPersonId: person.id, toMunicipalityCode: next.code, movedOn: today() } },
      coordinator,
    );
    await ok(
      'mutation ($input: AcceptHandOverInput!) { acceptHandOver(input: $input) { youngPerson { id } } }',
      { input: { id: sent.handOverToMunicipality.id } },
      receiver,
    );

    // register, contact, catalogue type, offer, accept, start, plan, revision, hand-over sent,
    // hand-over received: one audit row each in the home municipality's chain.
    expect((await t.factories.auditCount(home.id)) - auditsBefore).toBe(10);
    const { rows } = await t.pool.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE municipality_id = $1 ORDER BY seq',
      [home.id],
    );
    expect(rows.map((r) => r.action).slice(-10)).toEqual([
      'young_person.register',
      'contact_attempt.log',
      'measure_type.create',
      'measure.offer',
      'measure.accepted',
      'measure.started',
      'action_plan.create',
      'action_plan.revise',
      'hand_over.send',
      'hand_over.received',
    ]);
    const verification = await verifyAuditChains(t.db.adminUrl);
    expect(verification.breaks).toEqual([]);
    expect(verification.chains.map((c) => c.municipalityId)).toEqual(expect.arrayContaining([home.id, next.id]));
  });
});
