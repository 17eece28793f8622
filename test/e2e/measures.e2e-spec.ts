import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today, type YoungPersonView } from '../support/young-people';

const MEASURE_FIELDS = `id status version tier level offeredOn respondedOn startedOn endedOn endReason occupationAfter
  planningAndGoal youngPersonResponsibility municipalityResponsibility otherActorResponsibility followUpOn evaluationOn
  evidenceBasis measureType { code scbCategory }`;
const CREATE_TYPE = `mutation ($input: CreateMeasureTypeInput!) { createMeasureType(input: $input) { id code active version } }`;
const UPDATE_TYPE = `mutation ($input: UpdateMeasureTypeInput!) { updateMeasureType(input: $input) { id active version } }`;
const OFFER = `mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { ${MEASURE_FIELDS} } }`;
const RESPOND = `mutation ($input: RespondToMeasureInput!) { respondToMeasure(input: $input) { status version respondedOn } }`;
const START = `mutation ($input: StartMeasureInput!) { startMeasure(input: $input) { status version startedOn } }`;
const END = `mutation ($input: EndMeasureInput!) { endMeasure(input: $input) { status version endReason occupationAfter } }`;
const DOCUMENT = `mutation ($input: UpdateMeasureDocumentationInput!) {
  updateMeasureDocumentation(input: $input) { version planningAndGoal followUpOn evidenceBasis } }`;
const STATUS = `query ($id: ID!) { youngPerson(id: $id) { enrollment { status } measures { id status } } }`;

interface MeasureView {
  id: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

// Measures from offer to end: the catalogue, the documentation items of SFS 2006:39, the life
// cycle with its illegal steps refused, versions, and the registration status that follows.
describe('measures', () => {
  let t: TestApi;
  let coordinator: string;
  let colleague: string;
  let admin: string;
  let typeId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    [coordinator, colleague, admin] = await Promise.all(
      [Role.COORDINATOR, Role.COORDINATOR, Role.ADMIN].map(async (role) => t.login(await t.factories.user(kaa, role))),
    );
    const created = await t.graphql<{ createMeasureType: { id: string } }>(
      CREATE_TYPE,
      {
        input: {
          code: 'SYV',
          name: 'Studie- och yrkesvägledning',
          scbCategory: 'STUDY_AND_CAREER_GUIDANCE',
          defaultTier: 'PREVENTIVE',
        },
      },
      admin,
    );
    typeId = created.data!.createMeasureType.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function offer(person: YoungPersonView, extra: Record<string, unknown> = {}): Promise<MeasureView> {
    const res = await t.graphql<{ offerMeasure: MeasureView }>(
      OFFER,
      { input: { youngPersonId: person.id, measureTypeId: typeId, offeredOn: today(), ...extra } },
      coordinator,
    );
    if (!res.data?.offerMeasure) throw new Error(JSON.stringify(res.errors));
    return res.data.offerMeasure;
  }

  async function enrollmentStatus(person: YoungPersonView): Promise<string | undefined> {
    const res = await t.graphql<{ youngPerson: { enrollment: { status: string } | null } }>(
      STATUS,
      { id: person.id },
      coordinator,
    );
    return res.data?.youngPerson.enrollment?.status;
  }

  it('keeps the catalogue with the admin: unique codes, retired types not offered anew', async () => {
    const duplicate = await t.graphql(
      CREATE_TYPE,
      { input: { code: 'SYV', name: 'Igen', scbCategory: 'OTHER', defaultTier: 'REMEDIAL' } },
      admin,
    );
    expect(errorCode(duplicate)).toBe('MEASURE_TYPE_CODE_TAKEN');
    const byCoordinator = await t.graphql(
      CREATE_TYPE,
      { input: { code: 'X', name: 'X', scbCategory: 'OTHER', defaultTier: 'REMEDIAL' } },
      coordinator,
    );
    expect(errorCode(byCoordinator)).toBe('FORBIDDEN');

    const retired = await t.graphql<{ createMeasureType: { id: string } }>(
      CREATE_TYPE,
      { input: { code: 'PRAKTIK', name: 'Praktik', scbCategory: 'WORK_PLACEMENT', defaultTier: 'REMEDIAL' } },
      admin,
    );
    const retiredId = retired.data!.createMeasureType.id;
    const update = await t.graphql(UPDATE_TYPE, { input: { id: retiredId, version: 1, active: false } }, admin);
    expect(update.data).toEqual({ updateMeasureType: { id: retiredId, active: false, version: 2 } });
    const listed = await t.graphql<{ measureTypes: Array<{ code: string }> }>(
      '{ measureTypes { code } }',
      {},
      coordinator,
    );
    expect(listed.data?.measureTypes.map((type) => type.code)).toEqual(['SYV']);
    const person = await register(t, coordinator);
    const res = await t.graphql(
      OFFER,
      { input: { youngPersonId: person.id, measureTypeId: retiredId, offeredOn: today() } },
      coordinator,
    );
    expect(errorCode(res)).toBe('MEASURE_TYPE_INVALID');
  });

  it('offers a measure with the documentation items and shows it on the young person', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person, {
      planningAndGoal: 'Hitta en utbildning till hösten',
      youngPersonResponsibility: 'Gå på två möten',
      municipalityResponsibility: 'Boka studiebesök',
      otherActorResponsibility: 'Komvux tar emot',
      plannedStartOn: today(),
      followUpOn: '2099-01-15',
      evaluationOn: '2099-02-15',
      evidenceBasis: ['PROVEN_EXPERIENCE', 'PUPILS_VOICE'],
    });
    expect(measure).toMatchObject({
      status: 'OFFERED',
      version: 1,
      tier: 'PREVENTIVE',
      level: 'INDIVIDUAL',
      planningAndGoal: 'Hitta en utbildning till hösten',
      followUpOn: '2099-01-15',
      evidenceBasis: ['PROVEN_EXPERIENCE', 'PUPILS_VOICE'],
      measureType: { code: 'SYV', scbCategory: 'STUDY_AND_CAREER_GUIDANCE' },
    });
    const read = await t.graphql<{ youngPerson: { measures: Array<{ id: string }> } }>(
      STATUS,
      { id: person.id },
      coordinator,
    );
    expect(read.data?.youngPerson.measures.map((m) => m.id)).toEqual([measure.id]);
    // The audit row carries no free text from the documentation.
    const { rows } = await t.pool.query<{ summary: unknown }>(
      "SELECT summary FROM audit_event WHERE subject_id = $1 AND action = 'measure.offer'",
      [measure.id],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].summary)).not.toMatch(/utbildning|möten/);
  });

  it('runs offered → accepted → started → ended and moves the registration along', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person);
    const accepted = await t.graphql(
      RESPOND,
      { input: { id: measure.id, version: 1, accepted: true, respondedOn: today() } },
      coordinator,
    );
    expect(accepted.data).toEqual({ respondToMeasure: { status: 'ACCEPTED', version: 2, respondedOn: today() } });
    const started = await t.graphql(START, { input: { id: measure.id, version: 2, startedOn: today() } }, coordinator);
    expect(started.data).toEqual({ startMeasure: { status: 'STARTED', version: 3, startedOn: today() } });
    expect(await enrollmentStatus(person)).toBe('IN_MEASURE');
    const ended = await t.graphql(
      END,
      {
        input: {
          id: measure.id,
          version: 3,
          endedOn: today(),
          reason: 'STARTED_EDUCATION',
          occupationAfter: 'EDUCATION',
        },
      },
      coordinator,
    );
    expect(ended.data).toEqual({
      endMeasure: { status: 'ENDED', version: 4, endReason: 'STARTED_EDUCATION', occupationAfter: 'EDUCATION' },
    });
    expect(await enrollmentStatus(person)).toBe('IN_EDUCATION');
    const { rows } = await t.pool.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY seq',
      [measure.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'measure.offer',
      'measure.accepted',
      'measure.started',
      'measure.ended',
    ]);
  });

  it('refuses illegal steps with MEASURE_INVALID_TRANSITION naming both states, and changes nothing', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person);
    const startOffered = await t.graphql(
      START,
      { input: { id: measure.id, version: 1, startedOn: today() } },
      coordinator,
    );
    expect(errorCode(startOffered)).toBe('MEASURE_INVALID_TRANSITION');
    expect(startOffered.errors?.[0]?.extensions?.details).toEqual({ from: 'OFFERED', to: 'STARTED' });
    const declined = await t.graphql(
      RESPOND,
      { input: { id: measure.id, version: 1, accepted: false, respondedOn: today() } },
      coordinator,
    );
    expect(declined.data).toMatchObject({ respondToMeasure: { status: 'DECLINED' } });
    for (const [query, input] of [
      [RESPOND, { accepted: true, respondedOn: today() }],
      [START, { startedOn: today() }],
      [END, { endedOn: today(), reason: 'COMPLETED', occupationAfter: 'WORK' }],
    ] as const) {
      const res = await t.graphql(query, { input: { id: measure.id, version: 2, ...input } }, coordinator);
      expect(errorCode(res)).toBe('MEASURE_INVALID_TRANSITION');
    }
    const documentClosed = await t.graphql(
      DOCUMENT,
      { input: { id: measure.id, version: 2, planningAndGoal: 'x' } },
      coordinator,
    );
    expect(errorCode(documentClosed)).toBe('MEASURE_CLOSED');
    const { rows } = await t.pool.query<{ status: string; version: number }>(
      'SELECT status, version FROM measure WHERE id = $1',
      [measure.id],
    );
    expect(rows[0]).toEqual({ status: 'DECLINED', version: 2 });
  });

  it('refuses dates out of order or in the future', async () => {
    const person = await register(t, coordinator);
    const future = await t.graphql(
      OFFER,
      { input: { youngPersonId: person.id, measureTypeId: typeId, offeredOn: '2099-01-01' } },
      coordinator,
    );
    expect(errorCode(future)).toBe('MEASURE_DATE_INVALID');
    const backwards = await t.graphql(
      OFFER,
      {
        input: {
          youngPersonId: person.id,
          measureTypeId: typeId,
          offeredOn: today(),
          followUpOn: '2099-05-01',
          evaluationOn: '2099-04-01',
        },
      },
      coordinator,
    );
    expect(errorCode(backwards)).toBe('MEASURE_DATE_INVALID');
    const measure = await offer(person);
    const beforeOffer = await t.graphql(
      RESPOND,
      { input: { id: measure.id, version: 1, accepted: true, respondedOn: '2000-01-01' } },
      coordinator,
    );
    expect(errorCode(beforeOffer)).toBe('MEASURE_DATE_INVALID');
  });

  it('lets exactly one of two simultaneous answers win; a stale version gives CONFLICT', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person);
    const results = await Promise.all(
      [true, false].map((accepted) =>
        t.graphql(RESPOND, { input: { id: measure.id, version: 1, accepted, respondedOn: today() } }, coordinator),
      ),
    );
    expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    const revised = await t.graphql(
      DOCUMENT,
      { input: { id: measure.id, version: 1, planningAndGoal: 'Ny plan' } },
      coordinator,
    );
    // Either answer may win: an accepted measure refuses the stale version, a declined one is
    // closed (which is checked first).
    const acceptWon = results[0]?.errors === undefined;
    expect(errorCode(revised)).toBe(acceptWon ? 'CONFLICT' : 'MEASURE_CLOSED');
  });

  it('revises the documentation of an open measure under its version', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person);
    const revised = await t.graphql(
      DOCUMENT,
      {
        input: {
          id: measure.id,
          version: 1,
          planningAndGoal: 'Reviderad plan',
          followUpOn: '2099-03-01',
          evidenceBasis: ['SCIENTIFIC_BASIS'],
        },
      },
      coordinator,
    );
    expect(revised.data).toEqual({
      updateMeasureDocumentation: {
        version: 2,
        planningAndGoal: 'Reviderad plan',
        followUpOn: '2099-03-01',
        evidenceBasis: ['SCIENTIFIC_BASIS'],
      },
    });
  });

  it('judges the dates as they will be: a cleared date no longer bounds the others', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person);
    const dated = await t.graphql(
      DOCUMENT,
      { input: { id: measure.id, version: 1, followUpOn: '2099-05-01', evaluationOn: '2099-06-01' } },
      coordinator,
    );
    expect(dated.errors).toBeUndefined();
    // The follow-up cleared and the evaluation moved before the old follow-up: allowed.
    const cleared = await t.graphql(
      DOCUMENT,
      { input: { id: measure.id, version: 2, followUpOn: null, evaluationOn: '2099-04-01' } },
      coordinator,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data).toMatchObject({ updateMeasureDocumentation: { version: 3, followUpOn: null } });
    // A stored date still bounds a change that leaves it alone.
    const refollowed = await t.graphql(
      DOCUMENT,
      { input: { id: measure.id, version: 3, followUpOn: '2099-05-01' } },
      coordinator,
    );
    expect(errorCode(refollowed)).toBe('MEASURE_DATE_INVALID');
  });

  it('needs an open registration, and is invisible outside the caseload', async () => {
    const person = await register(t, coordinator);
    const measure = await offer(person);
    const read = await t.graphql(`query ($id: ID!) { measure(id: $id) { id } }`, { id: measure.id }, colleague);
    expect(errorCode(read)).toBe('NOT_FOUND');
    const foreignOffer = await t.graphql(
      OFFER,
      { input: { youngPersonId: person.id, measureTypeId: typeId, offeredOn: today() } },
      colleague,
    );
    expect(errorCode(foreignOffer)).toBe('NOT_FOUND');
    const foreignAnswer = await t.graphql(
      RESPOND,
      { input: { id: measure.id, version: 1, accepted: true, respondedOn: today() } },
      colleague,
    );
    expect(errorCode(foreignAnswer)).toBe('NOT_FOUND');

    await t.graphql(
      'mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { endedOn } }',
      { input: { enrollmentId: person.enrollment!.id, version: 1, endedOn: today(), reason: 'MOVED' } },
      coordinator,
    );
    const afterEnd = await t.graphql(
      OFFER,
      { input: { youngPersonId: person.id, measureTypeId: typeId, offeredOn: today() } },
      coordinator,
    );
    expect(errorCode(afterEnd)).toBe('KAA_NOT_ENROLLED');
  });

  it('filters the caseload by open measures and due follow-ups', async () => {
    const [withMeasure, due, without] = await Promise.all([
      register(t, coordinator),
      register(t, coordinator),
      register(t, coordinator),
    ]);
    await offer(withMeasure, { followUpOn: '2099-01-01' });
    await offer(due, { followUpOn: today() });
    const ids = async (filter: Record<string, unknown>): Promise<string[]> => {
      const res = await t.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
        'query ($filter: CaseloadFilter) { caseload(filter: $filter, first: 100) { nodes { id } } }',
        { filter },
        coordinator,
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.caseload.nodes.map((n) => n.id);
    };
    const open = await ids({ hasOpenMeasure: true });
    expect(open).toEqual(expect.arrayContaining([withMeasure.id, due.id]));
    expect(open).not.toContain(without.id);
    const none = await ids({ hasOpenMeasure: false });
    expect(none).toContain(without.id);
    expect(none).not.toContain(withMeasure.id);
    const followUps = await ids({ followUpDue: true });
    expect(followUps).toContain(due.id);
    expect(followUps).not.toContain(withMeasure.id);
  });
});
