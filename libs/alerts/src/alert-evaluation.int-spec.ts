import { randomUUID } from 'node:crypto';

import type { Client } from 'pg';

import { ManualClock } from '@app/core/clock';
import type { TransactionHost } from '@app/core/database';

import { startAlertFixture, type AlertFixture } from '../../../test/support/alert-fixture';
import { DEFAULT_THRESHOLDS } from './alert-settings';
import type { AlertEvaluationService } from './alert-evaluation.service';

// The evaluation job on a real PostgreSQL: the rules judge on the municipality's own day
// (Stockholm, not UTC), the first-contact timer counts Swedish working days, a held condition
// keeps exactly one alert however often and however concurrently the job runs, an ignored
// alert goes to the team lead, and the alert resolves itself when the missing thing is done.
describe('AlertEvaluationService (PostgreSQL)', () => {
  let fixture: AlertFixture;
  let admin: Client;
  let tx: TransactionHost;
  let service: AlertEvaluationService;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00Z'));
  const municipalityId = randomUUID();
  const unitId = randomUUID();
  const coordinatorId = randomUUID();
  const teamLeadId = randomUUID();
  const person = { a: randomUUID(), b: randomUUID(), c: randomUUID() };

  beforeAll(async () => {
    fixture = await startAlertFixture({
      municipality: { id: municipalityId, code: '1499', name: 'Larmkommun' },
      clock,
    });
    ({ admin, tx, service } = fixture);
    await fixture.addOrganization({ id: unitId });
    await fixture.addStaff({ id: coordinatorId, organizationId: unitId, role: 'COORDINATOR' });
    await fixture.addStaff({ id: teamLeadId, organizationId: unitId, role: 'TEAM_LEAD' });
    const add = (id: string, n: number, coordinator: string | null, registeredOn: string) =>
      fixture.addYoungPerson({
        id,
        unitId,
        coordinatorId: coordinator,
        dateOfBirth: '2008-03-01',
        serial: n,
        familyName: `P${n}`,
        registeredOn,
      });
    // Registered on Monday 30 November: 5 working days run out on Monday 7 December.
    await add(person.a, 21, coordinatorId, '2026-11-30');
    // No coordinator, registered on 1 December.
    await add(person.b, 22, null, '2026-12-01');
    // Registered on 23 December: Christmas and New Year push the deadline to 5 January.
    await add(person.c, 23, coordinatorId, '2026-12-23');
    // Only the timer and the coordinator rule in this test (the other rules have their own cases).
    await fixture.disableRules(['NO_CONTACT', 'NO_ACTIVITY', 'OFFER_DUE', 'TURNING_20_NO_HAND_OVER']);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const alerts = async (youngPersonId: string, rule: string) =>
    (
      await admin.query<{
        id: string;
        due_on: string;
        owner_user_id: string | null;
        escalated_to_id: string | null;
        resolved_at: Date | null;
        ended_at: Date | null;
        resolution: string | null;
        facts: Record<string, unknown>;
      }>(
        `SELECT id, to_char(due_on, 'YYYY-MM-DD') AS due_on, owner_user_id, escalated_to_id, resolved_at, ended_at,
                resolution, facts FROM alert WHERE young_person_id = $1 AND rule = $2 ORDER BY opened_at`,
        [youngPersonId, rule],
      )
    ).rows;

  it('gives the defaults the table gives', async () => {
    const other = randomUUID();
    await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, '1498', 'Standard')`, [other]);
    await service.runOnce();
    const { rows } = await admin.query<Record<string, unknown>>(
      `SELECT no_coordinator_days, no_contact_days, never_reached_attempts, no_activity_days, overdue_grace_days,
              referral_unanswered_days, consent_expiring_days, status_unknown_days, turning_20_days,
              first_contact_days, first_contact_working_days, offer_days, offer_working_days, signal_not_handled_days,
              to_check_days, escalate_after_days, disabled_rules FROM alert_settings WHERE municipality_id = $1`,
      [other],
    );
    const row = rows[0];
    expect({
      noCoordinatorDays: row.no_coordinator_days,
      noContactDays: row.no_contact_days,
      neverReachedAttempts: row.never_reached_attempts,
      noActivityDays: row.no_activity_days,
      overdueGraceDays: row.overdue_grace_days,
      referralUnansweredDays: row.referral_unanswered_days,
      consentExpiringDays: row.consent_expiring_days,
      statusUnknownDays: row.status_unknown_days,
      turning20Days: row.turning_20_days,
      firstContactDays: row.first_contact_days,
      firstContactWorkingDays: row.first_contact_working_days,
      offerDays: row.offer_days,
      offerWorkingDays: row.offer_working_days,
      signalNotHandledDays: row.signal_not_handled_days,
      toCheckDays: row.to_check_days,
      escalateAfterDays: row.escalate_after_days,
      disabledRules: row.disabled_rules,
    }).toEqual(DEFAULT_THRESHOLDS);
  });

  it('opens the coordinator rule at its threshold, on the Swedish day, owned by the team lead', async () => {
    // 3 December 23:59 in Stockholm: two days after registration.
    clock.set('2026-12-03T22:59:00Z');
    await service.runOnce();
    expect(await alerts(person.b, 'NO_COORDINATOR')).toEqual([]);
    // 4 December 00:00 in Stockholm (still 3 December in UTC): three days.
    clock.set('2026-12-03T23:00:00Z');
    await service.runOnce();
    const [alert] = await alerts(person.b, 'NO_COORDINATOR');
    expect(alert).toMatchObject({ owner_user_id: teamLeadId, due_on: '2026-12-04', resolved_at: null });
    expect(alert.facts).toEqual({ registeredOn: '2026-12-01', threshold: 3 });
  });

  it('opens the first-contact timer the day after the 5th working day, once however often it runs', async () => {
    clock.set('2026-12-07T22:59:00Z'); // Monday 7 December, 23:59 in Stockholm: the last day to act
    await service.runOnce();
    expect(await alerts(person.a, 'FIRST_CONTACT_DUE')).toEqual([]);
    clock.set('2026-12-07T23:00:00Z'); // Tuesday 8 December in Stockholm
    const first = await service.runOnce();
    expect(first.ran).toBe(true);
    expect(first.opened).toBeGreaterThanOrEqual(1);
    const second = await service.runOnce();
    expect(second).toMatchObject({ ran: true, opened: 0, updated: 0, ended: 0 });
    const list = await alerts(person.a, 'FIRST_CONTACT_DUE');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ owner_user_id: coordinatorId, due_on: '2026-12-07', escalated_to_id: null });
    expect(list[0].facts).toEqual({
      registeredOn: '2026-11-30',
      deadline: '2026-12-07',
      threshold: 5,
      workingDays: true,
    });
  });

  it('opens one alert when two evaluations run in parallel', async () => {
    await admin.query(`UPDATE alert SET ended_at = now(), resolved_at = now() WHERE young_person_id = $1`, [person.a]);
    clock.set('2026-12-08T09:00:00Z');
    const now = clock.now();
    // Without the job lock (two api instances' transactions racing): the unique index decides.
    await Promise.all([
      tx.run(() => service.evaluate(now), { requireAudit: false }),
      tx.run(() => service.evaluate(now), { requireAudit: false }),
    ]);
    expect((await alerts(person.a, 'FIRST_CONTACT_DUE')).filter((a) => a.ended_at === null)).toHaveLength(1);
    // Through the runner: one run works, the other finds the lock taken.
    const other = fixture.newService();
    const results = await Promise.all([service.runOnce(), other.runOnce()]);
    expect(results.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
    expect((await alerts(person.a, 'FIRST_CONTACT_DUE')).filter((a) => a.ended_at === null)).toHaveLength(1);
  });

  it('escalates an alert left unacknowledged to the team lead, and not before', async () => {
    // Opened on 8 December; 7 days later (15 December) it goes to the team lead.
    clock.set('2026-12-14T12:00:00Z');
    const before = await service.runOnce();
    expect(before.escalated).toBe(0);
    clock.set('2026-12-15T12:00:00Z');
    const after = await service.runOnce();
    expect(after.escalated).toBeGreaterThanOrEqual(1);
    const open = (await alerts(person.a, 'FIRST_CONTACT_DUE')).filter((a) => a.ended_at === null);
    expect(open[0]).toMatchObject({ escalated_to_id: teamLeadId, owner_user_id: coordinatorId });
    // The team lead's own alert (no coordinator) is not escalated to themselves.
    expect((await alerts(person.b, 'NO_COORDINATOR'))[0].escalated_to_id).toBeNull();
  });

  it('resolves the alert by itself when the contact is logged, and keeps it as history', async () => {
    await admin.query(
      `INSERT INTO contact_attempt (municipality_id, young_person_id, channel, occurred_at, performed_by_id, outcome)
       VALUES ($1, $2, 'PHONE', '2026-12-15T13:00:00Z', $3, 'NOT_REACHED')`,
      [municipalityId, person.a, coordinatorId],
    );
    clock.set('2026-12-15T14:00:00Z');
    const result = await service.runOnce();
    expect(result.ended).toBeGreaterThanOrEqual(1);
    const list = await alerts(person.a, 'FIRST_CONTACT_DUE');
    expect(list.every((a) => a.ended_at !== null && a.resolved_at !== null)).toBe(true);
    expect(list.at(-1)!.resolution).toBe('CONDITION_ENDED');
    const audit = await admin.query<{ summary: { ended: number; endedIds: string[]; openedIds: string[] } }>(
      `SELECT summary FROM audit_event WHERE municipality_id = $1 AND action = 'alert.evaluate' ORDER BY seq DESC LIMIT 1`,
      [municipalityId],
    );
    // The run's counts and the ids it changed (the statement sends them counted, not one row each).
    expect(audit.rows[0].summary.ended).toBe(result.ended);
    expect(audit.rows[0].summary.endedIds).toHaveLength(result.ended);
    expect(audit.rows[0].summary.endedIds).toContain(list.at(-1)!.id);
    expect(audit.rows[0].summary.openedIds).toEqual([]);
  });

  it('audits a run that opens more than a hundred alerts with its count and the first hundred ids', async () => {
    const many = Array.from({ length: 110 }, () => randomUUID());
    for (const [i, id] of many.entries()) {
      await fixture.addYoungPerson({
        id,
        unitId,
        coordinatorId: null,
        dateOfBirth: '2008-03-01',
        serial: 100 + i,
        familyName: `M${i}`,
        registeredOn: '2026-12-01',
      });
    }
    const result = await service.runOnce();
    expect(result.opened).toBeGreaterThanOrEqual(110);
    const audit = await admin.query<{ summary: { opened: number; openedIds: string[] } }>(
      `SELECT summary FROM audit_event WHERE municipality_id = $1 AND action = 'alert.evaluate' ORDER BY seq DESC LIMIT 1`,
      [municipalityId],
    );
    expect(audit.rows[0].summary.opened).toBe(result.opened);
    expect(audit.rows[0].summary.openedIds).toHaveLength(100);
    const opened = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM alert WHERE id = ANY($1::uuid[]) AND young_person_id = ANY($2::uuid[])
          AND opened_at = $3 AND ended_at IS NULL`,
      [audit.rows[0].summary.openedIds, many, clock.now()],
    );
    expect(opened.rows[0].n).toBe(100);
    await admin.query(`UPDATE young_person SET coordinator_id = $1 WHERE id = ANY($2::uuid[])`, [coordinatorId, many]);
  });

  it('counts the timer over Christmas and New Year (5 January, not 30 December)', async () => {
    clock.set('2027-01-05T12:00:00Z');
    await service.runOnce();
    expect(await alerts(person.c, 'FIRST_CONTACT_DUE')).toEqual([]);
    clock.set('2027-01-05T23:30:00Z'); // 6 January in Stockholm (a holiday, but past the deadline)
    await service.runOnce();
    expect((await alerts(person.c, 'FIRST_CONTACT_DUE'))[0]).toMatchObject({ due_on: '2027-01-05' });
  });
});
