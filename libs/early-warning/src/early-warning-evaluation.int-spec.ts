import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AuditService } from '@app/core/audit';
import { ManualClock } from '@app/core/clock';
import type { AppConfig } from '@app/core/config';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { JobRunEntity, JobRunner } from '@app/core/jobs';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

import { DEFAULT_EARLY_WARNING } from './early-warning-settings';
import { EarlyWarningEvaluationService } from './early-warning-evaluation.service';

// The early-warning indicators on a real PostgreSQL, judged on the municipality's day (Tuesday
// 1 December 2026 in Stockholm): each indicator at its threshold and one percent or one day
// either side, one suggestion per pupil and condition however often the job runs, addressed to
// the mentor, then student health, ended when the condition ends, and only from the school's
// own data.
describe('EarlyWarningEvaluationService (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Client;
  let dataSource: DataSource;
  let service: EarlyWarningEvaluationService;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00Z'));
  const municipalityId = randomUUID();
  const schoolA = randomUUID();
  const schoolB = randomUUID();
  const mentor = randomUUID();
  const health = randomUUID();
  let serial = 300;
  const pupil = () => makeIdentityNumber('2012-05-05', (serial += 1));

  const config = { env: { KAA_JOBS_INTERVAL_SECONDS: 0 } } as unknown as AppConfig;
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, '1497', 'Skolkommun')`, [municipalityId]);
    for (const [id, name] of [
      [schoolA, 'Norra skolan'],
      [schoolB, 'Södra skolan'],
    ]) {
      await admin.query(
        `INSERT INTO organization (id, municipality_id, name, kind, secrecy_domain) VALUES ($1, $2, $3, 'SCHOOL', 'SCHOOL')`,
        [id, municipalityId, name],
      );
    }
    for (const id of [mentor, health]) {
      await admin.query(`INSERT INTO app_user (id, municipality_id, email, display_name) VALUES ($1, $2, $3, $4)`, [
        id,
        municipalityId,
        `${id}@skola.test`,
        id === mentor ? 'Mentor' : 'Elevhälsa',
      ]);
      await admin.query(
        `INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'SCHOOL_STAFF')`,
        [municipalityId, id, schoolA],
      );
    }
    await admin.query(
      `INSERT INTO school_staff_function (school_id, user_id, function, municipality_id, created_at)
       VALUES ($1, $2, 'STUDENT_HEALTH', $3, now())`,
      [schoolA, health, municipalityId],
    );
    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 4, statementTimeoutMs: 20_000, applicationName: 'ew' },
        [JobRunEntity],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    const tx = new TransactionHost(dataSource);
    const runner = new JobRunner(tx, clock, createLogger('info', {}, quiet));
    service = new EarlyWarningEvaluationService(tx, new AuditService(tx, clock), config, runner);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  const period = async (pnr: string, start: string, end: string, absence: number, school = schoolA) => {
    await admin.query(
      `INSERT INTO signal (municipality_id, school_id, kind, personal_identity_number, coordination_number, occurred_on,
         period_start, period_end, absence_percent, hash, created_at)
       VALUES ($1, $2, 'ABSENCE_PERIOD', $3, false, $5, $4, $5, $6, $7, clock_timestamp())`,
      [municipalityId, school, pnr, start, end, absence, randomUUID().replace(/-/g, '').padEnd(64, '0')],
    );
  };
  const absent = async (pnr: string, days: string[], unexcused = true, school = schoolA) => {
    for (const day of days) {
      await admin.query(
        `INSERT INTO school_absence_day (municipality_id, school_id, personal_identity_number, day, unexcused, created_at)
         VALUES ($1, $2, $3, $4, $5, now())`,
        [municipalityId, school, pnr, day, unexcused],
      );
    }
  };
  const suggestions = async (pnr: string, indicator: string) =>
    (
      await admin.query<{
        id: string;
        status: string;
        school_id: string;
        addressed_level: string;
        addressed_to_id: string | null;
        condition_key: string;
        facts: Array<{ name: string; value: string }>;
      }>(
        `SELECT id, status, school_id, addressed_level, addressed_to_id, condition_key, facts
           FROM early_warning_suggestion WHERE personal_identity_number = $1 AND indicator = $2 ORDER BY opened_at, id`,
        [pnr, indicator],
      )
    ).rows;
  const run = () => service.runFor(municipalityId, null);

  it('gives the defaults the table gives', async () => {
    await run();
    const { rows } = await admin.query<Record<string, unknown>>(
      `SELECT attendance_enabled, attendance_min_percent, attendance_period_days, unexcused_enabled, unexcused_count,
              unexcused_days, weekday_enabled, weekday_count, weekday_days, single_days_enabled, single_days_count,
              single_days_days, drop_out_enabled, escalate_after_days
         FROM early_warning_settings WHERE municipality_id = $1`,
      [municipalityId],
    );
    const camel = Object.fromEntries(
      Object.entries(rows[0]).map(([key, value]) => [
        key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()),
        value,
      ]),
    );
    expect(camel).toEqual({ ...DEFAULT_EARLY_WARNING });
  });

  it('fires attendance below 90 % over four weeks at 89 %, not at 90 % or 91 %, nor a 27-day or old period', async () => {
    const [at89, at90, at91, short, recent, old] = [pupil(), pupil(), pupil(), pupil(), pupil(), pupil()];
    await period(at89, '2026-11-03', '2026-11-30', 11);
    await period(at90, '2026-11-03', '2026-11-30', 10);
    await period(at91, '2026-11-03', '2026-11-30', 9);
    // 27 days: too short a period to judge.
    await period(short, '2026-11-04', '2026-11-30', 50);
    // Ended 27 days ago (in the window) and 28 days ago (out of it).
    await period(recent, '2026-10-08', '2026-11-04', 50);
    await period(old, '2026-10-07', '2026-11-03', 50);
    await run();
    const fired = await suggestions(at89, 'ATTENDANCE_BELOW');
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ status: 'OPEN', condition_key: '2026-11-03..2026-11-30' });
    expect(fired[0].facts).toEqual(
      expect.arrayContaining([
        { name: 'attendancePercent', value: '89' },
        { name: 'thresholdPercent', value: '90' },
      ]),
    );
    expect(await suggestions(at90, 'ATTENDANCE_BELOW')).toHaveLength(0);
    expect(await suggestions(at91, 'ATTENDANCE_BELOW')).toHaveLength(0);
    expect(await suggestions(short, 'ATTENDANCE_BELOW')).toHaveLength(0);
    expect(await suggestions(recent, 'ATTENDANCE_BELOW')).toHaveLength(1);
    expect(await suggestions(old, 'ATTENDANCE_BELOW')).toHaveLength(0);
  });

  it('fires 4 unexcused days within 30 days, not when the fourth is 30 days ago or is excused', async () => {
    const [inside, outside, excused] = [pupil(), pupil(), pupil()];
    // 2 November is the 30th day counting today (1 December); 1 November is the 31st.
    await absent(inside, ['2026-11-02', '2026-11-16', '2026-11-23', '2026-11-30']);
    await absent(outside, ['2026-11-01', '2026-11-16', '2026-11-23', '2026-11-30']);
    await absent(excused, ['2026-11-16', '2026-11-23', '2026-11-30']);
    await absent(excused, ['2026-11-10'], false);
    await run();
    const fired = await suggestions(inside, 'UNEXCUSED_ABSENCES');
    expect(fired).toHaveLength(1);
    expect(fired[0].facts).toEqual(expect.arrayContaining([{ name: 'count', value: '4' }]));
    expect(await suggestions(outside, 'UNEXCUSED_ABSENCES')).toHaveLength(0);
    expect(await suggestions(excused, 'UNEXCUSED_ABSENCES')).toHaveLength(0);
  });

  it('fires the same weekday 3 times within 42 days, not when the third is on the 43rd day', async () => {
    const [edge, beyond] = [pupil(), pupil()];
    // Wednesdays; 21 October is the 42nd day counting today, 14 October well outside.
    await absent(edge, ['2026-10-21', '2026-11-18', '2026-11-25'], false);
    await absent(beyond, ['2026-10-14', '2026-11-18', '2026-11-25'], false);
    await run();
    const fired = await suggestions(edge, 'SAME_WEEKDAY');
    expect(fired).toHaveLength(1);
    expect(fired[0].facts).toEqual(expect.arrayContaining([{ name: 'weekday', value: '3' }]));
    expect(await suggestions(beyond, 'SAME_WEEKDAY')).toHaveLength(0);
  });

  it('fires 4 single absence days within 30 days; days next to another absence (over a weekend too) are not single', async () => {
    const [four, three, weekend] = [pupil(), pupil(), pupil()];
    await absent(four, ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12'], false);
    await absent(three, ['2026-11-03', '2026-11-04', '2026-11-10', '2026-11-12', '2026-11-17'], false);
    // Friday 6 and Monday 9 November are neighbouring school days.
    await absent(weekend, ['2026-11-06', '2026-11-09', '2026-11-12', '2026-11-17', '2026-11-19'], false);
    await run();
    expect(await suggestions(four, 'SINGLE_DAYS')).toHaveLength(1);
    expect(await suggestions(three, 'SINGLE_DAYS')).toHaveLength(0);
    expect(await suggestions(weekend, 'SINGLE_DAYS')).toHaveLength(0);
  });

  it('fires a drop-out notice of the school', async () => {
    const left = pupil();
    await admin.query(
      `INSERT INTO signal (municipality_id, school_id, kind, personal_identity_number, coordination_number, occurred_on,
         hash, created_at) VALUES ($1, $2, 'LEFT_UPPER_SECONDARY', $3, false, '2026-11-20', $4, now())`,
      [municipalityId, schoolA, left, randomUUID().replace(/-/g, '').padEnd(64, '0')],
    );
    await run();
    expect(await suggestions(left, 'DROP_OUT')).toHaveLength(1);
  });

  it('judges each school on its own data only', async () => {
    const both = pupil();
    // Three unexcused days at each school: four in all, but neither school has four.
    await absent(both, ['2026-11-16', '2026-11-23', '2026-11-30']);
    await absent(both, ['2026-11-17', '2026-11-24', '2026-11-26'], true, schoolB);
    await run();
    expect(await suggestions(both, 'UNEXCUSED_ABSENCES')).toHaveLength(0);
    await absent(both, ['2026-11-27'], true, schoolB);
    await run();
    const fired = await suggestions(both, 'UNEXCUSED_ABSENCES');
    expect(fired).toHaveLength(1);
    expect(fired[0].school_id).toBe(schoolB);
  });

  it('addresses the mentor, else student health; escalates after 5 days, not after 4', async () => {
    const [mentored, alone] = [pupil(), pupil()];
    await admin.query(
      `INSERT INTO school_pupil (municipality_id, school_id, personal_identity_number, mentor_user_id, updated_at)
       VALUES ($1, $2, $3, $4, now())`,
      [municipalityId, schoolA, mentored, mentor],
    );
    await absent(mentored, ['2026-11-16', '2026-11-23', '2026-11-27', '2026-11-30']);
    await absent(alone, ['2026-11-16', '2026-11-23', '2026-11-27', '2026-11-30']);
    await run();
    expect((await suggestions(mentored, 'UNEXCUSED_ABSENCES'))[0]).toMatchObject({
      addressed_level: 'MENTOR',
      addressed_to_id: mentor,
    });
    expect((await suggestions(alone, 'UNEXCUSED_ABSENCES'))[0]).toMatchObject({
      addressed_level: 'STUDENT_HEALTH',
      addressed_to_id: health,
    });
    clock.set(new Date('2026-12-05T08:00:00Z'));
    await run();
    expect((await suggestions(mentored, 'UNEXCUSED_ABSENCES'))[0].addressed_level).toBe('MENTOR');
    clock.set(new Date('2026-12-06T08:00:00Z'));
    await run();
    expect((await suggestions(mentored, 'UNEXCUSED_ABSENCES'))[0]).toMatchObject({
      addressed_level: 'STUDENT_HEALTH',
      addressed_to_id: health,
    });
    clock.set(new Date('2026-12-01T08:00:00Z'));
  });

  it('opens one suggestion per condition however often it runs, also after a review; new data may open the next', async () => {
    const pnr = pupil();
    await period(pnr, '2026-11-02', '2026-11-29', 30);
    await Promise.all([run(), run(), run()]);
    await run();
    const first = await suggestions(pnr, 'ATTENDANCE_BELOW');
    expect(first).toHaveLength(1);
    await admin.query(
      `UPDATE early_warning_suggestion SET status = 'REVIEWED', reviewed_at = now(), decision = 'MONITOR',
              action_taken = 'Samtal med eleven' WHERE id = $1`,
      [first[0].id],
    );
    await run();
    expect(await suggestions(pnr, 'ATTENDANCE_BELOW')).toHaveLength(1);
    // A new report that still fires is a new condition.
    await period(pnr, '2026-11-03', '2026-11-30', 25);
    await run();
    const after = await suggestions(pnr, 'ATTENDANCE_BELOW');
    expect(after.map((s) => s.status).sort()).toEqual(['OPEN', 'REVIEWED']);
    expect(after.find((s) => s.status === 'OPEN')?.condition_key).toBe('2026-11-03..2026-11-30');
  });

  it('ends an open suggestion when the condition ends', async () => {
    const pnr = pupil();
    await period(pnr, '2026-10-30', '2026-11-26', 40);
    await run();
    expect((await suggestions(pnr, 'ATTENDANCE_BELOW'))[0].status).toBe('OPEN');
    await period(pnr, '2026-11-02', '2026-11-30', 0);
    await run();
    expect((await suggestions(pnr, 'ATTENDANCE_BELOW'))[0].status).toBe('ENDED');
  });

  // Holidays (Easter 2027: Långfredagen 26 March, Annandag påsk 29 March; midsummer 2027:
  // midsommarafton Friday 25 June). Run last: the clock leaves December 2026 behind.
  describe('Swedish holidays in the absence patterns', () => {
    afterAll(() => clock.set(new Date('2026-12-01T08:00:00Z')));

    it('does not count an absence reported on a holiday as an unexcused day', async () => {
      clock.set(new Date('2027-04-09T08:00:00Z'));
      const [withHoliday, control] = [pupil(), pupil()];
      // Three school days and Annandag påsk: three, below the threshold of four.
      await absent(withHoliday, ['2027-03-24', '2027-03-25', '2027-03-29', '2027-03-30']);
      await absent(control, ['2027-03-23', '2027-03-24', '2027-03-25', '2027-03-30']);
      await run();
      expect(await suggestions(withHoliday, 'UNEXCUSED_ABSENCES')).toHaveLength(0);
      const fired = await suggestions(control, 'UNEXCUSED_ABSENCES');
      expect(fired).toHaveLength(1);
      expect(fired[0].facts).toEqual(expect.arrayContaining([{ name: 'count', value: '4' }]));
    });

    it('does not count Långfredagen or midsommarafton as a same-weekday repeat', async () => {
      clock.set(new Date('2027-04-09T08:00:00Z'));
      const [goodFriday, fridays] = [pupil(), pupil()];
      await absent(goodFriday, ['2027-03-12', '2027-03-19', '2027-03-26'], false);
      await absent(fridays, ['2027-03-12', '2027-03-19', '2027-04-02'], false);
      await run();
      expect(await suggestions(goodFriday, 'SAME_WEEKDAY')).toHaveLength(0);
      expect(await suggestions(fridays, 'SAME_WEEKDAY')).toHaveLength(1);

      clock.set(new Date('2027-07-02T08:00:00Z'));
      const [midsummerEve, control] = [pupil(), pupil()];
      await absent(midsummerEve, ['2027-06-11', '2027-06-18', '2027-06-25'], false);
      await absent(control, ['2027-06-11', '2027-06-18', '2027-07-02'], false);
      await run();
      expect(await suggestions(midsummerEve, 'SAME_WEEKDAY')).toHaveLength(0);
      expect(await suggestions(control, 'SAME_WEEKDAY')).toHaveLength(1);
    });

    it('takes the school days around Easter as neighbours: the Thursday before and the Tuesday after', async () => {
      clock.set(new Date('2027-04-09T08:00:00Z'));
      const [acrossEaster, beforeEaster, onGoodFriday] = [pupil(), pupil(), pupil()];
      // 25 and 30 March are neighbouring school days: neither is single, so two of four.
      await absent(acrossEaster, ['2027-03-16', '2027-03-18', '2027-03-25', '2027-03-30'], false);
      // Present on 24 and 30 March: 25 March is single, the fourth.
      await absent(beforeEaster, ['2027-03-16', '2027-03-18', '2027-03-23', '2027-03-25'], false);
      // A day on Långfredagen is no absence, single or not: three.
      await absent(onGoodFriday, ['2027-03-16', '2027-03-18', '2027-03-23', '2027-03-26'], false);
      await run();
      expect(await suggestions(acrossEaster, 'SINGLE_DAYS')).toHaveLength(0);
      const fired = await suggestions(beforeEaster, 'SINGLE_DAYS');
      expect(fired).toHaveLength(1);
      expect(fired[0].facts).toEqual(
        expect.arrayContaining([{ name: 'days', value: '2027-03-16,2027-03-18,2027-03-23,2027-03-25' }]),
      );
      expect(await suggestions(onGoodFriday, 'SINGLE_DAYS')).toHaveLength(0);
    });

    it('judges the Thursday before Easter only once the Tuesday after has come', async () => {
      const pnr = pupil();
      await absent(pnr, ['2027-03-16', '2027-03-18', '2027-03-23', '2027-03-25'], false);
      // Annandag påsk: the next school day (30 March) is still to come.
      clock.set(new Date('2027-03-29T08:00:00Z'));
      await run();
      expect(await suggestions(pnr, 'SINGLE_DAYS')).toHaveLength(0);
      clock.set(new Date('2027-03-30T08:00:00Z'));
      await run();
      expect(await suggestions(pnr, 'SINGLE_DAYS')).toHaveLength(1);
    });

    it('takes the school days around midsummer as neighbours: the Thursday before and the Monday after', async () => {
      clock.set(new Date('2027-07-02T08:00:00Z'));
      const [acrossMidsummer, control] = [pupil(), pupil()];
      await absent(acrossMidsummer, ['2027-06-10', '2027-06-15', '2027-06-24', '2027-06-28'], false);
      // Present on 28 June: 24 and 29 June are both single.
      await absent(control, ['2027-06-10', '2027-06-15', '2027-06-24', '2027-06-29'], false);
      await run();
      expect(await suggestions(acrossMidsummer, 'SINGLE_DAYS')).toHaveLength(0);
      expect(await suggestions(control, 'SINGLE_DAYS')).toHaveLength(1);
    });
  });
});
