import { Role } from '@app/core/authz';
import { addDays, dayIn, ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestUser } from '../support/factories';
import { nextResults, startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';

// Issue 17: an early-warning suggestion tells named school staff, mentor first, then student
// health. One running api, one clock the test moves day by day: a fired indicator notifies the
// pupil's mentor (live and in the list), student health hears nothing until the mentor has left
// it unreviewed for the municipality's escalateAfterDays, and then exactly once. A review in time
// keeps it with the mentor; the admin's setting moves the day. Notifications and their e-mails
// carry a count and a link, never the pupil.

const ZONE = 'Europe/Stockholm';
// Ten in the morning in Stockholm on `day` (UTC+1 in winter, UTC+2 in summer).
function morning(day: string): Date {
  for (const utcHour of [9, 8]) {
    const candidate = new Date(`${day}T0${utcHour}:00:00Z`);
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' }).format(
      candidate,
    );
    if (hour === '10') return candidate;
  }
  throw new Error(`no ten o'clock on ${day}`);
}

const RECORD = `mutation ($input: RecordAbsenceDaysInput!) {
  recordAbsenceDays(input: $input) { created evaluation { opened escalated } } }`;
const EVALUATE = 'mutation { evaluateEarlyWarnings { ran opened updated ended escalated } }';
const NOTIFICATIONS = '{ notifications(unreadOnly: false) { totalCount nodes { kind count link } } }';
const SUGGESTIONS = `query ($mine: Boolean) { earlyWarningSuggestions(mine: $mine) {
  id version indicator status personalIdentityNumber addressedLevel addressedToId escalatedAt } }`;
const SUBSCRIPTION = 'subscription { notificationAdded { kind count link } }';

interface Notification {
  kind: string;
  count: number;
  link: string;
}
interface Suggestion {
  id: string;
  version: number;
  indicator: string;
  status: string;
  personalIdentityNumber: string;
  addressedLevel: string;
  addressedToId: string | null;
  escalatedAt: string | null;
}

describe('early-warning notifications: mentor, then student health, on a moving clock', () => {
  const day0 = dayIn(ZONE, new Date());
  const clock = new ManualClock(morning(day0));
  let t: TestApi;
  const users: Record<'mentor' | 'health' | 'colleague' | 'admin' | 'newMentor', TestUser> = {} as never;
  const tokens: Record<string, string> = {};
  const first = makeIdentityNumber('2011-05-05', 512);
  const second = makeIdentityNumber('2011-06-06', 613);
  const third = makeIdentityNumber('2011-07-07', 714);

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res: GraphqlResponse<T> = await t.graphql<T>(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  }

  // Moves the clock to ten in the morning `days` after day 0 and signs everyone in again.
  async function moveTo(days: number): Promise<void> {
    clock.set(morning(addDays(day0, days)));
    for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user);
  }

  const notificationsOf = async (name: string) =>
    (await ok<{ notifications: { nodes: Notification[] } }>(NOTIFICATIONS, {}, tokens[name])).notifications.nodes;

  // Four unexcused days in a row, the last one yesterday: UNEXCUSED_ABSENCES at its default
  // threshold (4 within 30 days) and no other pattern.
  const absent = (pupil: string) =>
    ok<{ recordAbsenceDays: { created: number; evaluation: { opened: number } } }>(
      RECORD,
      {
        input: {
          days: [4, 3, 2, 1].map((n) => ({
            personalIdentityNumber: pupil,
            day: addDays(dayIn(ZONE, clock.now()), -n),
            unexcused: true,
          })),
        },
      },
      tokens.colleague,
    );

  beforeAll(async () => {
    t = await startTestApi({
      clock,
      env: { ACCESS_TOKEN_TTL_SECONDS: '3600', PUBLIC_BASE_URL: 'https://brygga.test' },
    });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const school = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Västra skolan');
    users.mentor = await t.factories.user(school, Role.SCHOOL_STAFF);
    users.health = await t.factories.user(school, Role.SCHOOL_STAFF);
    users.colleague = await t.factories.user(school, Role.SCHOOL_STAFF);
    users.newMentor = await t.factories.user(school, Role.SCHOOL_STAFF);
    users.admin = await t.factories.user(kaa, Role.ADMIN);
    await moveTo(0);
    await ok(
      `mutation ($input: SetStudentHealthStaffInput!) { setStudentHealthStaff(input: $input) { userId } }`,
      { input: { userId: users.health.id, studentHealth: true } },
      tokens.colleague,
    );
    for (const pupil of [first, second]) {
      await ok(
        `mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }`,
        { input: { personalIdentityNumber: pupil, mentorUserId: users.mentor.id, className: '7A' } },
        tokens.colleague,
      );
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('tells the mentor, live and in the list, when the school’s absence days fire an indicator', async () => {
    await t.waitForListeners(0);
    const live = nextResults<{ notificationAdded: Notification }>(t.ws(tokens.mentor), SUBSCRIPTION, 1);
    const notLive = nextResults(t.ws(tokens.health), SUBSCRIPTION, 1, 2_000);
    await t.waitForListeners(2);
    const sent = await absent(first);
    expect(sent.recordAbsenceDays).toMatchObject({ created: 4, evaluation: { opened: 1 } });
    const [added] = await live.results;
    expect(added?.notificationAdded).toEqual({ kind: 'EARLY_WARNING_SUGGESTED', count: 1, link: '/tidiga-signaler' });
    await expect(notLive.results).rejects.toThrow(/timed out with 0\/1/);
    expect(await notificationsOf('mentor')).toEqual([
      { kind: 'EARLY_WARNING_SUGGESTED', count: 1, link: '/tidiga-signaler' },
    ]);
    expect(await notificationsOf('health')).toEqual([]);
    expect(await notificationsOf('colleague')).toEqual([]);
  });

  it('does not tell student health while the mentor still has time (escalateAfterDays − 1)', async () => {
    for (const day of [1, 4]) {
      await moveTo(day);
      const run = await ok<{ evaluateEarlyWarnings: { opened: number; escalated: number } }>(
        EVALUATE,
        {},
        tokens.mentor,
      );
      expect(run.evaluateEarlyWarnings).toMatchObject({ opened: 0, escalated: 0 });
    }
    expect(await notificationsOf('health')).toEqual([]);
    // The same condition on every run: the mentor is told once.
    expect(await notificationsOf('mentor')).toHaveLength(1);
  });

  it('escalates to student health on the configured day, telling them exactly once', async () => {
    await moveTo(5);
    const run = await ok<{ evaluateEarlyWarnings: { escalated: number } }>(EVALUATE, {}, tokens.mentor);
    expect(run.evaluateEarlyWarnings.escalated).toBe(1);
    const theirs = await ok<{ earlyWarningSuggestions: Suggestion[] }>(SUGGESTIONS, { mine: true }, tokens.health);
    expect(theirs.earlyWarningSuggestions).toEqual([
      expect.objectContaining({ personalIdentityNumber: first, addressedLevel: 'STUDENT_HEALTH', status: 'OPEN' }),
    ]);
    expect(await notificationsOf('health')).toEqual([
      { kind: 'EARLY_WARNING_ESCALATED', count: 1, link: '/tidiga-signaler' },
    ]);
    await moveTo(6);
    const again = await ok<{ evaluateEarlyWarnings: { escalated: number } }>(EVALUATE, {}, tokens.health);
    expect(again.evaluateEarlyWarnings.escalated).toBe(0);
    expect(await notificationsOf('health')).toHaveLength(1);
    expect(await notificationsOf('mentor')).toHaveLength(1);
  });

  it('keeps a suggestion the mentor reviewed in time from student health, on the admin’s number of days', async () => {
    const settings = await ok<{ earlyWarningSettings: Record<string, unknown> }>(
      `{ earlyWarningSettings { version attendanceEnabled attendanceMinPercent attendancePeriodDays unexcusedEnabled
         unexcusedCount unexcusedDays weekdayEnabled weekdayCount weekdayDays singleDaysEnabled singleDaysCount
         singleDaysDays dropOutEnabled escalateAfterDays } }`,
      {},
      tokens.admin,
    );
    await ok(
      `mutation ($input: UpdateEarlyWarningSettingsInput!) { updateEarlyWarningSettings(input: $input) { version } }`,
      { input: { ...settings.earlyWarningSettings, escalateAfterDays: 2 } },
      tokens.admin,
    );
    await absent(second);
    expect(await notificationsOf('mentor')).toEqual([
      { kind: 'EARLY_WARNING_SUGGESTED', count: 1, link: '/tidiga-signaler' },
      { kind: 'EARLY_WARNING_SUGGESTED', count: 1, link: '/tidiga-signaler' },
    ]);
    await moveTo(7);
    const mine = await ok<{ earlyWarningSuggestions: Suggestion[] }>(SUGGESTIONS, { mine: true }, tokens.mentor);
    const open = mine.earlyWarningSuggestions.find((s) => s.personalIdentityNumber === second && s.status === 'OPEN');
    expect(open).toMatchObject({ addressedLevel: 'MENTOR', addressedToId: users.mentor.id });
    await ok(
      `mutation ($input: ReviewEarlyWarningInput!) { reviewEarlyWarningSuggestion(input: $input) { id } }`,
      {
        input: {
          suggestionId: open?.id,
          version: open?.version,
          decision: 'MONITOR',
          actionTaken: 'Pratat med eleven, följer upp om två veckor.',
        },
      },
      tokens.mentor,
    );
    await moveTo(9);
    const run = await ok<{ evaluateEarlyWarnings: { escalated: number } }>(EVALUATE, {}, tokens.mentor);
    expect(run.evaluateEarlyWarnings.escalated).toBe(0);
    expect(await notificationsOf('health')).toHaveLength(1);
  });

  it('writes e-mails with a count and a link, never the pupil', async () => {
    const { rows } = await t.pool.query<{ subject: string; body: string; user_id: string }>(
      `SELECT o.subject, o.body, o.user_id FROM email_outbox o ORDER BY o.created_at`,
    );
    expect(rows.map((r) => [r.user_id, r.subject])).toEqual([
      [users.mentor.id, 'Brygga: tidiga signaler att granska'],
      [users.health.id, 'Brygga: tidiga signaler till elevhälsan'],
      [users.mentor.id, 'Brygga: tidiga signaler att granska'],
    ]);
    for (const row of rows) {
      expect(row.body).toContain('https://brygga.test/tidiga-signaler');
      expect(row.body).not.toContain(first);
      expect(row.body).not.toContain(second);
      expect(row.body).not.toMatch(/\d{8}-?\d{4}/);
    }
  });

  it('tells a newly named mentor of the open suggestion that moves to them', async () => {
    await ok(
      `mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }`,
      { input: { personalIdentityNumber: third, mentorUserId: users.mentor.id, className: '7A' } },
      tokens.colleague,
    );
    await absent(third);
    expect(await notificationsOf('mentor')).toHaveLength(3);
    expect(await notificationsOf('newMentor')).toEqual([]);
    await ok(
      `mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }`,
      { input: { personalIdentityNumber: third, mentorUserId: users.newMentor.id } },
      tokens.colleague,
    );
    expect(await notificationsOf('newMentor')).toEqual([
      { kind: 'EARLY_WARNING_SUGGESTED', count: 1, link: '/tidiga-signaler' },
    ]);
    // Naming the same mentor again moves nothing and tells nobody.
    await ok(
      `mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }`,
      { input: { personalIdentityNumber: third, mentorUserId: users.newMentor.id } },
      tokens.colleague,
    );
    expect(await notificationsOf('newMentor')).toHaveLength(1);
    expect(await notificationsOf('mentor')).toHaveLength(3);
  });
});
