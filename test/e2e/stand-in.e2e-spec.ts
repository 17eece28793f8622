import { AlertEvaluationService } from '@app/alerts';
import { Role } from '@app/core/authz';
import { dayIn, DEFAULT_TIME_ZONE, ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today } from '../support/young-people';

const APPOINT = `mutation ($input: AppointStandInInput!) {
  appointStandIn(input: $input) { id absentUserId absentName standInUserId standInName fromOn toOn state endedAt } }`;
const END = `mutation ($id: ID!) { endStandIn(id: $id) { id state endedAt } }`;
const STAND_INS = `query ($filter: StandInsFilter) { standIns(filter: $filter) { id absentUserId standInUserId fromOn toOn state } }`;
const PERSON = `query ($id: ID!) { youngPerson(id: $id) { id coordinatorId standInFor readAccess { grounds } } }`;
const CASELOAD = `query ($filter: CaseloadFilter) { caseload(first: 50, filter: $filter) {
  totalCount nodes { id coordinatorId standInFor } } }`;
const LOG_CONTACT = `mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }`;
const ALERTS = `{ alerts(first: 50) { nodes { id rule youngPersonId ownerUserId } } }`;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// Stand-ins end to end over HTTP with one server whose clock moves across days: the team lead
// names a stand-in for a period, the stand-in reads and works the absent coordinator's caseload
// exactly on the period's days (logged as STAND_IN), a third coordinator never does, the alerts
// move to the stand-in and back, and every rule of an appointment has its own error code.
describe('stand-ins (e2e)', () => {
  let t: TestApi;
  // Noon in Stockholm today: every move below lands well inside a day.
  const clock = new ManualClock();
  const users = ['absent', 'standIn', 'third', 'teamLead', 'otherLead'] as const;
  type Who = (typeof users)[number];
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  const accounts = {} as Record<Who, { email: string; password: string }>;
  let day0 = '';
  let personId = '';
  // A second case of the absent coordinator, which the stand-in works (the first keeps its alert).
  let workedId = '';
  let municipalityId = '';

  const signIn = async () => {
    for (const who of users) tokens[who] = await t.login(accounts[who]);
  };
  const moveTo = async (day: string) => {
    clock.set(`${day}T11:00:00Z`);
    await signIn();
  };
  const gql = <T>(query: string, variables: Record<string, unknown>, who: Who) =>
    t.graphql<T>(query, variables, tokens[who]);
  const appoint = (input: Record<string, unknown>, who: Who = 'teamLead') =>
    gql<{ appointStandIn: { id: string; state: string; absentName: string } }>(APPOINT, { input }, who);
  const readPerson = (who: Who) =>
    gql<{ youngPerson: { standInFor: string | null; readAccess: { grounds: string[] } } }>(
      PERSON,
      { id: personId },
      who,
    );
  const caseloadIds = async (who: Who, filter?: Record<string, unknown>) => {
    const res = await gql<{ caseload: { nodes: Array<{ id: string; standInFor: string | null }> } }>(
      CASELOAD,
      { filter },
      who,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.caseload.nodes;
  };
  const alertOwners = async (who: Who) => {
    const res = await gql<{ alerts: { nodes: Array<{ youngPersonId: string; ownerUserId: string | null }> } }>(
      ALERTS,
      {},
      who,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.alerts.nodes.filter((a) => a.youngPersonId === personId).map((a) => a.ownerUserId);
  };
  const evaluate = () => t.api.app.get(AlertEvaluationService).runOnce();

  beforeAll(async () => {
    day0 = dayIn(DEFAULT_TIME_ZONE, new Date());
    clock.set(`${day0}T11:00:00Z`);
    t = await startTestApi({ clock });
    const m = await t.factories.municipality();
    municipalityId = m.id;
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const otherUnit = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const made = {
      absent: await t.factories.user(kaa, Role.COORDINATOR),
      standIn: await t.factories.user(kaa, Role.COORDINATOR),
      third: await t.factories.user(kaa, Role.COORDINATOR),
      teamLead: await t.factories.user(kaa, Role.TEAM_LEAD),
      otherLead: await t.factories.user(otherUnit, Role.TEAM_LEAD),
    };
    for (const who of users) {
      accounts[who] = made[who];
      ids[who] = made[who].id;
    }
    await signIn();
    // Registered 20 days ago and never contacted: a first-contact alert for the coordinator.
    const registeredOn = addDays(today(), -20);
    const person = await register(t, tokens.absent, {
      givenName: 'Vik',
      familyName: 'Ariesson',
      enrollment: {
        registeredOn,
        reason: 'DROPPED_OUT',
        eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
      },
    });
    personId = person.id;
    workedId = (await register(t, tokens.absent, { givenName: 'Arbetad', familyName: 'Ärendesson' })).id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('refuses every broken rule of an appointment with its own code, and coordinators may not appoint', async () => {
    const base = {
      absentUserId: ids.absent,
      standInUserId: ids.standIn,
      fromOn: addDays(day0, 1),
      toOn: addDays(day0, 2),
    };
    expect(errorCode(await appoint({ ...base, standInUserId: ids.absent }))).toBe('STAND_IN_SAME_PERSON');
    expect(errorCode(await appoint({ ...base, fromOn: addDays(day0, -1) }))).toBe('STAND_IN_DATES_INVALID');
    expect(errorCode(await appoint({ ...base, toOn: day0 }))).toBe('STAND_IN_DATES_INVALID');
    expect(errorCode(await appoint({ ...base, toOn: addDays(day0, 400) }))).toBe('STAND_IN_DATES_INVALID');
    expect(errorCode(await appoint({ ...base, absentUserId: ids.teamLead }))).toBe('STAND_IN_COORDINATOR_INVALID');
    // Another unit's team lead: the coordinators are not of their unit, so not theirs to name.
    expect(errorCode(await appoint(base, 'otherLead'))).toBe('NOT_FOUND');
    expect(errorCode(await appoint(base, 'standIn'))).toBe('FORBIDDEN');
  });

  it('appoints a stand-in for a period, audited; overlaps and chains are refused', async () => {
    const audits = await t.factories.auditCount(municipalityId);
    const res = await appoint({
      absentUserId: ids.absent,
      standInUserId: ids.standIn,
      fromOn: addDays(day0, 1),
      toOn: addDays(day0, 2),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.appointStandIn).toMatchObject({ state: 'PLANNED', absentName: 'Test COORDINATOR' });
    expect(await t.factories.auditCount(municipalityId)).toBe(audits + 1);
    const overlap = {
      absentUserId: ids.absent,
      standInUserId: ids.third,
      fromOn: addDays(day0, 2),
      toOn: addDays(day0, 3),
    };
    expect(errorCode(await appoint(overlap))).toBe('STAND_IN_OVERLAP');
    // The stand-in is absent themselves then: not chained.
    const chained = {
      absentUserId: ids.standIn,
      standInUserId: ids.third,
      fromOn: addDays(day0, 2),
      toOn: addDays(day0, 2),
    };
    expect(errorCode(await appoint(chained))).toBe('STAND_IN_CHAINED');
    expect(await t.factories.auditCount(municipalityId)).toBe(audits + 1);

    const lead = await gql<{ standIns: Array<{ standInUserId: string }> }>(STAND_INS, {}, 'teamLead');
    expect(lead.data?.standIns.map((s) => s.standInUserId)).toEqual([ids.standIn]);
    const mine = await gql<{ standIns: unknown[] }>(STAND_INS, {}, 'standIn');
    expect(mine.data?.standIns).toHaveLength(1);
    const third = await gql<{ standIns: unknown[] }>(STAND_INS, {}, 'third');
    expect(third.data?.standIns).toEqual([]);
    const other = await gql<{ standIns: unknown[] }>(STAND_INS, {}, 'otherLead');
    expect(other.data?.standIns).toEqual([]);
  });

  it('gives the stand-in the caseload only on the days of the period, logged as STAND_IN; never the third coordinator', async () => {
    // The day before the period: nothing yet.
    expect(errorCode(await readPerson('standIn'))).toBe('NOT_FOUND');
    expect((await caseloadIds('standIn')).map((r) => r.id)).not.toContain(personId);

    await moveTo(addDays(day0, 1));
    const read = await readPerson('standIn');
    expect(read.errors).toBeUndefined();
    expect(read.data?.youngPerson.standInFor).toBe(ids.absent);
    expect(read.data?.youngPerson.readAccess.grounds).toEqual(['STAND_IN']);
    const rows = await caseloadIds('standIn');
    expect(rows.find((r) => r.id === personId)?.standInFor).toBe(ids.absent);
    expect((await caseloadIds('standIn', { includeCovered: false })).map((r) => r.id)).not.toContain(personId);
    // The absent coordinator keeps their own caseload; the third never gets it.
    expect((await readPerson('absent')).data?.youngPerson.standInFor).toBeNull();
    expect(errorCode(await readPerson('third'))).toBe('NOT_FOUND');
    expect((await caseloadIds('third')).map((r) => r.id)).not.toContain(personId);

    // The stand-in works the case: a contact attempt.
    const logged = await gql(
      LOG_CONTACT,
      {
        input: {
          youngPersonId: workedId,
          channel: 'PHONE',
          outcome: 'NOT_REACHED',
          occurredAt: clock.now().toISOString(),
        },
      },
      'standIn',
    );
    expect(logged.errors).toBeUndefined();

    const { rows: log } = await t.pool.query<{ ground: string }>(
      'SELECT DISTINCT ground::text AS ground FROM access_log WHERE user_id = $1 AND $2::uuid = ANY(young_person_ids)',
      [ids.standIn, personId],
    );
    expect(log.map((r) => r.ground)).toEqual(['STAND_IN']);

    // The last day is included; the day after, access has ended.
    await moveTo(addDays(day0, 2));
    expect((await readPerson('standIn')).errors).toBeUndefined();
    await moveTo(addDays(day0, 3));
    expect(errorCode(await readPerson('standIn'))).toBe('NOT_FOUND');
    expect((await caseloadIds('standIn')).map((r) => r.id)).not.toContain(personId);
  });

  it('ends a running stand-in at once, audited, and only once', async () => {
    const res = await appoint({
      absentUserId: ids.absent,
      standInUserId: ids.third,
      fromOn: addDays(day0, 3),
      toOn: addDays(day0, 5),
    });
    expect(res.data?.appointStandIn.state).toBe('ACTIVE');
    const id = res.data!.appointStandIn.id;
    expect((await readPerson('third')).data?.youngPerson.standInFor).toBe(ids.absent);
    const audits = await t.factories.auditCount(municipalityId);
    expect(errorCode(await gql(END, { id }, 'third'))).toBe('FORBIDDEN');
    const ended = await gql<{ endStandIn: { state: string } }>(END, { id }, 'teamLead');
    expect(ended.data?.endStandIn.state).toBe('ENDED');
    expect(await t.factories.auditCount(municipalityId)).toBe(audits + 1);
    expect(errorCode(await readPerson('third'))).toBe('NOT_FOUND');
    expect(errorCode(await gql(END, { id }, 'teamLead'))).toBe('STAND_IN_ENDED');
    expect(errorCode(await gql(END, { id }, 'otherLead'))).toBe('NOT_FOUND');
  });

  it('gives the absent coordinator’s alerts to the stand-in for the period, and back after it', async () => {
    await moveTo(addDays(day0, 4));
    await evaluate();
    expect(await alertOwners('absent')).toEqual([ids.absent]);
    const res = await appoint({
      absentUserId: ids.absent,
      standInUserId: ids.standIn,
      fromOn: addDays(day0, 5),
      toOn: addDays(day0, 5),
    });
    expect(res.errors).toBeUndefined();
    await moveTo(addDays(day0, 5));
    await evaluate();
    // The stand-in owns it and reads it; the third coordinator sees nothing.
    expect(await alertOwners('standIn')).toEqual([ids.standIn]);
    expect(await alertOwners('third')).toEqual([]);
    await moveTo(addDays(day0, 6));
    await evaluate();
    expect(await alertOwners('absent')).toEqual([ids.absent]);
    expect(await alertOwners('standIn')).toEqual([]);
  });
});
