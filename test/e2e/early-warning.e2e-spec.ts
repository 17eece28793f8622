import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { stockholmDay } from '../support/young-people';

// Early warning end to end over HTTP (issue 17): the admin's indicators, a school's absence days
// pushing a pupil past the threshold, the suggestion to the named mentor explained with its data,
// the mentor's review (audited), reads logged on the school's ground, and nothing of it for
// another school's staff, the KAA unit or the admin.
const SUGGESTION = `id version indicator status reason facts { name value } pupilId personalIdentityNumber className
  mentorUserId mentorName addressedLevel addressedToId addressedToName reviewedById reviewedByName decision actionTaken`;
const RECORD = `mutation ($input: RecordAbsenceDaysInput!) {
  recordAbsenceDays(input: $input) { received created evaluation { ran opened updated ended escalated } } }`;
const LIST = `query ($mine: Boolean) { earlyWarningSuggestions(mine: $mine) { ${SUGGESTION} } }`;
const SETTINGS = `version attendanceEnabled attendanceMinPercent attendancePeriodDays unexcusedEnabled unexcusedCount
  unexcusedDays weekdayEnabled weekdayCount weekdayDays singleDaysEnabled singleDaysCount singleDaysDays dropOutEnabled
  escalateAfterDays`;

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

describe('early warning', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let school: TestOrganization;
  let mentor: TestUser;
  let health: TestUser;
  let otherStaff: TestUser;
  const tokens: Record<string, string> = {};
  const pupil = makeIdentityNumber('2012-03-03', 411);
  let suggestion: { id: string; version: number; pupilId: string };

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Norra skolan');
    const otherSchool = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Södra skolan');
    mentor = await t.factories.user(school, Role.SCHOOL_STAFF);
    health = await t.factories.user(school, Role.SCHOOL_STAFF);
    otherStaff = await t.factories.user(otherSchool, Role.SCHOOL_STAFF);
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const admin = await t.factories.user(kaa, Role.ADMIN);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    const reviewer = await t.factories.user(management, Role.LOG_REVIEWER);
    for (const [name, user] of Object.entries({ mentor, health, otherStaff, coordinator, admin, reviewer })) {
      tokens[name] = await t.login(user);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lets the admin set the indicators, refusing a threshold out of bounds with its code', async () => {
    const read = await t.graphql<{ earlyWarningSettings: Record<string, number | boolean> }>(
      `query { earlyWarningSettings { ${SETTINGS} } }`,
      {},
      tokens.admin,
    );
    expect(read.errors).toBeUndefined();
    const current = read.data!.earlyWarningSettings;
    expect(current).toMatchObject({ attendanceMinPercent: 90, attendancePeriodDays: 28, unexcusedCount: 4 });
    const update = (input: Record<string, unknown>, token = tokens.admin) =>
      t.graphql<{ updateEarlyWarningSettings: Record<string, number | boolean> }>(
        `mutation ($input: UpdateEarlyWarningSettingsInput!) { updateEarlyWarningSettings(input: $input) { ${SETTINGS} } }`,
        { input },
        token,
      );
    const wrong = await update({ ...current, unexcusedDays: 400 });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'EARLY_WARNING_THRESHOLD_INVALID',
      details: { field: 'unexcusedDays' },
    });
    const staffTry = await update({ ...current, unexcusedCount: 3 }, tokens.mentor);
    expect(staffTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await update({ ...current, unexcusedCount: 3 });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateEarlyWarningSettings).toMatchObject({ unexcusedCount: 3, version: 2 });
    const stale = await update({ ...current, unexcusedCount: 5 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets the school name the pupil’s mentor and its student health, only among its own staff', async () => {
    const setMentor = (mentorUserId: string) =>
      t.graphql<{ setPupilMentor: { id: string; mentorName: string; className: string } }>(
        `mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id mentorUserId mentorName className } }`,
        { input: { personalIdentityNumber: pupil, mentorUserId, className: '8B' } },
        tokens.health,
      );
    const foreign = await setMentor(otherStaff.id);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('EARLY_WARNING_STAFF_INVALID');
    const named = await setMentor(mentor.id);
    expect(named.errors).toBeUndefined();
    expect(named.data?.setPupilMentor).toMatchObject({ className: '8B' });
    const healthRes = await t.graphql<{ setStudentHealthStaff: Array<{ userId: string; studentHealth: boolean }> }>(
      `mutation ($input: SetStudentHealthStaffInput!) { setStudentHealthStaff(input: $input) { userId name studentHealth } }`,
      { input: { userId: health.id, studentHealth: true } },
      tokens.health,
    );
    expect(healthRes.errors).toBeUndefined();
    expect(healthRes.data?.setStudentHealthStaff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: health.id, studentHealth: true }),
        expect.objectContaining({ userId: mentor.id, studentHealth: false }),
      ]),
    );
    expect(healthRes.data?.setStudentHealthStaff.some((s) => s.userId === otherStaff.id)).toBe(false);
  });

  it('opens one suggestion to the mentor when the school’s absence days push the pupil past the threshold', async () => {
    const send = (days: string[]) =>
      t.graphql<{ recordAbsenceDays: { received: number; created: number; evaluation: { opened: number } } }>(
        RECORD,
        { input: { days: days.map((day) => ({ personalIdentityNumber: pupil, day, unexcused: true })) } },
        tokens.health,
      );
    // Days in one week (no weekday or single-day pattern): two, then the third.
    const first = await send([daysAgo(3), daysAgo(2)]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordAbsenceDays).toMatchObject({ received: 2, created: 2 });
    const none = await t.graphql<{ earlyWarningSuggestions: unknown[] }>(LIST, { mine: true }, tokens.mentor);
    expect(none.data?.earlyWarningSuggestions).toEqual([]);

    const third = await send([daysAgo(1)]);
    expect(third.errors).toBeUndefined();
    expect(third.data?.recordAbsenceDays.created).toBe(1);
    const list = await t.graphql<{ earlyWarningSuggestions: Array<Record<string, unknown>> }>(
      LIST,
      { mine: true },
      tokens.mentor,
    );
    expect(list.errors).toBeUndefined();
    const found = list.data!.earlyWarningSuggestions.filter((s) => s.indicator === 'UNEXCUSED_ABSENCES');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      status: 'OPEN',
      className: '8B',
      mentorUserId: mentor.id,
      addressedLevel: 'MENTOR',
      addressedToId: mentor.id,
    });
    expect(found[0].reason).toContain('3 unexcused absence days');
    expect(found[0].facts).toEqual(expect.arrayContaining([{ name: 'thresholdCount', value: '3' }]));
    suggestion = found[0] as typeof suggestion;

    // The same days again open nothing.
    const again = await send([daysAgo(3), daysAgo(2), daysAgo(1)]);
    expect(again.data?.recordAbsenceDays).toMatchObject({ created: 0, evaluation: { opened: 0 } });
    const future = await send([daysAgo(-3)]);
    expect(future.errors?.[0]?.extensions?.code).toBe('EARLY_WARNING_ABSENCE_INVALID');
  });

  it('logs each read of the pupil on the school’s ground, as a school pupil, not a young person', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows } = await t.pool.query<{
      ground: string;
      categories: string[];
      subject_kind: string;
      young_person_ids: string[];
      school_pupil_ids: string[];
    }>(
      `SELECT ground::text AS ground, categories, subject_kind::text, young_person_ids, school_pupil_ids
         FROM access_log WHERE user_id = $1 AND operation = 'query earlyWarningSuggestions'`,
      [mentor.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toEqual({
      ground: 'SCHOOL',
      categories: ['ABSENCE'],
      subject_kind: 'SCHOOL_PUPIL',
      young_person_ids: [],
      school_pupil_ids: [suggestion.pupilId],
    });
    // The young person's "who read my record" reads access_log_entry by young person: a pupil's
    // id never appears there as one.
    const asYoungPerson = await t.pool.query(
      'SELECT 1 FROM access_log_entry WHERE municipality_id = $1 AND young_person_id = $2',
      [m.id, suggestion.pupilId],
    );
    expect(asYoungPerson.rows).toEqual([]);
  });

  it('lets the log reviewer find the school’s reads of a pupil by subject kind and pupil', async () => {
    const query = `query ($filter: AccessLogFilterInput) {
      accessLog(filter: $filter, first: 50) { nodes { subjectKind youngPersonId schoolPupilId ground userId } } }`;
    const pupils = await t.graphql<{
      accessLog: { nodes: Array<Record<string, string | null>> };
    }>(query, { filter: { subjectKind: 'SCHOOL_PUPIL', schoolPupilId: suggestion.pupilId } }, tokens.reviewer);
    expect(pupils.errors).toBeUndefined();
    const nodes = pupils.data!.accessLog.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node).toMatchObject({
        subjectKind: 'SCHOOL_PUPIL',
        youngPersonId: null,
        schoolPupilId: suggestion.pupilId,
        ground: 'SCHOOL',
      });
    }
    const young = await t.graphql<{ accessLog: { nodes: Array<Record<string, string | null>> } }>(
      query,
      { filter: { subjectKind: 'YOUNG_PERSON' } },
      tokens.reviewer,
    );
    expect(young.errors).toBeUndefined();
    expect(young.data!.accessLog.nodes.filter((node) => node.schoolPupilId !== null)).toEqual([]);
  });

  it('shows nothing to another school’s staff, the KAA unit or the admin', async () => {
    const other = await t.graphql<{ earlyWarningSuggestions: unknown[] }>(LIST, {}, tokens.otherStaff);
    expect(other.errors).toBeUndefined();
    expect(other.data?.earlyWarningSuggestions).toEqual([]);
    for (const token of [tokens.coordinator, tokens.admin]) {
      const res = await t.graphql(LIST, {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const review = await t.graphql(
      `mutation ($input: ReviewEarlyWarningInput!) { reviewEarlyWarningSuggestion(input: $input) { id } }`,
      {
        input: {
          suggestionId: suggestion.id,
          version: suggestion.version,
          decision: 'NO_ACTION',
          actionTaken: 'Inte vår elev alls',
        },
      },
      tokens.otherStaff,
    );
    expect(review.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const presence = await t.graphql<{ schoolPresence: unknown[] }>(
      `query { schoolPresence(from: "${daysAgo(60)}", to: "${daysAgo(0)}") { className month attendancePercent pupils } }`,
      {},
      tokens.otherStaff,
    );
    expect(presence.data?.schoolPresence).toEqual([]);
  });

  it('records the mentor’s review: who looked, what they decided and what was done (audited, once)', async () => {
    const input = {
      suggestionId: suggestion.id,
      version: suggestion.version,
      decision: 'ACTION_TAKEN',
      actionTaken: 'Samtal med eleven och vårdnadshavare; elevhälsan informerad.',
    };
    const res = await t.graphql<{ reviewEarlyWarningSuggestion: Record<string, unknown> }>(
      `mutation ($input: ReviewEarlyWarningInput!) { reviewEarlyWarningSuggestion(input: $input) { ${SUGGESTION} } }`,
      { input },
      tokens.mentor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.reviewEarlyWarningSuggestion).toMatchObject({
      status: 'REVIEWED',
      reviewedById: mentor.id,
      decision: 'ACTION_TAKEN',
      actionTaken: input.actionTaken,
    });
    const twice = await t.graphql(
      `mutation ($input: ReviewEarlyWarningInput!) { reviewEarlyWarningSuggestion(input: $input) { id } }`,
      { input: { ...input, version: suggestion.version + 1 } },
      tokens.mentor,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('EARLY_WARNING_SUGGESTION_CLOSED');
    const audit = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'early_warning.review' AND subject_id = $1`,
      [suggestion.id],
    );
    expect(audit.rows[0].n).toBe(1);
    // Run again: the reviewed condition opens nothing new.
    const run = await t.graphql<{ evaluateEarlyWarnings: { opened: number } }>(
      'mutation { evaluateEarlyWarnings { ran opened updated ended escalated } }',
      {},
      tokens.mentor,
    );
    expect(run.errors).toBeUndefined();
    expect(run.data?.evaluateEarlyWarnings.opened).toBe(0);
  });

  it('shows the school its presence per class and for the whole school, from its reported periods', async () => {
    const sent = await t.graphql(
      `mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { id } }`,
      {
        input: {
          kind: 'ABSENCE_PERIOD',
          personalIdentityNumber: pupil,
          occurredOn: daysAgo(1),
          periodStart: daysAgo(29),
          periodEnd: daysAgo(1),
          absencePercent: 15,
        },
      },
      tokens.health,
    );
    expect(sent.errors).toBeUndefined();
    const res = await t.graphql<{
      schoolPresence: Array<{ className: string | null; month: string; attendancePercent: number; pupils: number }>;
    }>(
      `query { schoolPresence(from: "${daysAgo(60)}", to: "${daysAgo(0)}") { className month attendancePercent pupils } }`,
      {},
      tokens.mentor,
    );
    expect(res.errors).toBeUndefined();
    const month = daysAgo(1).slice(0, 7);
    expect(res.data?.schoolPresence).toEqual([
      { className: null, month, attendancePercent: 85, pupils: 1 },
      { className: '8B', month, attendancePercent: 85, pupils: 1 },
    ]);
  });
});
