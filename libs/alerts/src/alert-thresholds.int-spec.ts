import { randomUUID } from 'node:crypto';

import type { Client } from 'pg';

import { ManualClock } from '@app/core/clock';

import { startAlertFixture, type AlertFixture } from '../../../test/support/alert-fixture';
import type { AlertEvaluationService } from './alert-evaluation.service';

// The rules about the young person's own record at their thresholds (defaults) and one day
// either side, on one timeline of daily runs (13:00 in Stockholm): no alert the day before, one
// on the day, still that one the day after (never a second). The first-contact timer's working
// days and Swedish holidays are in alert-evaluation.int-spec.ts; the signal and "to check" rules
// in alert-signal-check-rules.int-spec.ts.
describe('AlertEvaluationService: every rule at its threshold (PostgreSQL)', () => {
  let fixture: AlertFixture;
  let admin: Client;
  let service: AlertEvaluationService;
  const clock = new ManualClock(new Date('2026-10-01T11:00:00Z'));
  const municipalityId = randomUUID();
  const unitId = randomUUID();
  const coordinatorId = randomUUID();
  const teamLeadId = randomUUID();

  // [rule, person, the day before, the day it opens, the day after]
  const cases: Array<{ rule: string; person: string; days: [string, string, string] }> = [];
  const person = {
    noContact: randomUUID(),
    noCoordinator: randomUUID(),
    noActivity: randomUUID(),
    statusUnknown: randomUUID(),
    offer: randomUUID(),
    turning20: randomUUID(),
    neverReached: randomUUID(),
  };

  beforeAll(async () => {
    fixture = await startAlertFixture({
      municipality: { id: municipalityId, code: '1496', name: 'Gränskommun' },
      clock,
      poolSize: 2,
    });
    ({ admin, service } = fixture);
    await fixture.addOrganization({ id: unitId });
    await fixture.addStaff({ id: coordinatorId, organizationId: unitId, role: 'COORDINATOR' });
    await fixture.addStaff({ id: teamLeadId, organizationId: unitId, role: 'TEAM_LEAD' });
    let serial = 50;
    const add = async (id: string, options: { dob?: string; coordinator?: string | null; status?: string }) => {
      serial += 1;
      const { enrollmentId } = await fixture.addYoungPerson({
        id,
        unitId,
        coordinatorId: options.coordinator === undefined ? coordinatorId : options.coordinator,
        dateOfBirth: options.dob ?? '2008-03-01',
        serial,
        familyName: `G${serial}`,
        registeredOn: '2026-10-01',
        status: options.status,
      });
      return enrollmentId;
    };
    const contact = (id: string, at: string, outcome: string) =>
      admin.query(
        `INSERT INTO contact_attempt (municipality_id, young_person_id, channel, occurred_at, performed_by_id, outcome)
         VALUES ($1, $2, 'PHONE', $3, $4, $5)`,
        [municipalityId, id, at, coordinatorId, outcome],
      );
    // Every person registered on Thursday 1 October 2026.
    // No contact for 30 days since the last attempt (5 October 22:30 UTC, which is the 6th,
    // 00:30, in Stockholm): open on 5 November, not on the 4th as a UTC day would say.
    await add(person.noContact, { status: 'IN_DIALOGUE' });
    await contact(person.noContact, '2026-10-05T22:30:00Z', 'REACHED');
    cases.push({ rule: 'NO_CONTACT', person: person.noContact, days: ['2026-11-04', '2026-11-05', '2026-11-06'] });
    // No coordinator for 3 days: open on 4 October.
    await add(person.noCoordinator, { coordinator: null });
    cases.push({
      rule: 'NO_COORDINATOR',
      person: person.noCoordinator,
      days: ['2026-10-03', '2026-10-04', '2026-10-05'],
    });
    // No measure or plan action for 30 days since registration: open on 31 October.
    await add(person.noActivity, {});
    cases.push({ rule: 'NO_ACTIVITY', person: person.noActivity, days: ['2026-10-30', '2026-10-31', '2026-11-01'] });
    // Unknown since 10 October (its status change): 30 days on 9 November.
    const enrollment = await add(person.statusUnknown, { status: 'UNKNOWN' });
    await admin.query(
      `INSERT INTO kaa_enrollment_status_change (municipality_id, enrollment_id, from_status, to_status, cause, changed_at)
       VALUES ($1, $2, 'NOT_CONTACTED', 'UNKNOWN', 'MANUAL', '2026-10-10T08:00:00Z')`,
      [municipalityId, enrollment],
    );
    cases.push({
      rule: 'STATUS_UNKNOWN',
      person: person.statusUnknown,
      days: ['2026-11-08', '2026-11-09', '2026-11-10'],
    });
    // No offer within 30 calendar days (the deadline, 31 October, is the last day to act).
    await add(person.offer, {});
    cases.push({ rule: 'OFFER_DUE', person: person.offer, days: ['2026-10-31', '2026-11-01', '2026-11-02'] });
    // Turns 20 on 30 January 2027 with no hand-over: flagged 90 days ahead, from 1 November.
    await add(person.turning20, { dob: '2007-01-30' });
    cases.push({
      rule: 'TURNING_20_NO_HAND_OVER',
      person: person.turning20,
      days: ['2026-10-31', '2026-11-01', '2026-11-02'],
    });
    await add(person.neverReached, {});
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const alerts = async (youngPersonId: string, rule: string) =>
    (
      await admin.query<{ ended_at: Date | null; facts: Record<string, unknown> }>(
        'SELECT ended_at, facts FROM alert WHERE young_person_id = $1 AND rule = $2',
        [youngPersonId, rule],
      )
    ).rows;

  it('opens each rule on its day, not the day before, and keeps the one alert the day after', async () => {
    const days = [...new Set(cases.flatMap((c) => c.days))].sort();
    const seen: Record<string, number[]> = {};
    for (const day of days) {
      clock.set(`${day}T11:00:00Z`); // 12:00 in Stockholm (CET from 25 October, CEST before)
      await service.runOnce();
      for (const c of cases) {
        const index = c.days.indexOf(day);
        if (index < 0) continue;
        const list = await alerts(c.person, c.rule);
        (seen[`${c.rule}`] ??= []).push(list.length);
        expect(list.every((a) => a.ended_at === null)).toBe(true);
      }
    }
    expect(seen).toEqual(Object.fromEntries(cases.map((c) => [c.rule, [0, 1, 1]])));
  });

  it('opens the never-reached rule at the third attempt without reaching, once', async () => {
    const at = async (instant: string, outcome = 'NOT_REACHED') => {
      await admin.query(
        `INSERT INTO contact_attempt (municipality_id, young_person_id, channel, occurred_at, performed_by_id, outcome)
         VALUES ($1, $2, 'PHONE', $3, $4, $5)`,
        [municipalityId, person.neverReached, instant, coordinatorId, outcome],
      );
      clock.set(instant);
      await service.runOnce();
      return alerts(person.neverReached, 'NEVER_REACHED');
    };
    expect(await at('2026-11-10T09:00:00Z')).toEqual([]);
    expect(await at('2026-11-11T09:00:00Z')).toEqual([]);
    const third = await at('2026-11-12T09:00:00Z');
    expect(third).toHaveLength(1);
    expect(third[0].facts).toMatchObject({ attempts: 3, threshold: 3 });
    const fourth = await at('2026-11-13T09:00:00Z');
    expect(fourth).toHaveLength(1);
    expect(fourth[0].facts).toMatchObject({ attempts: 4 });
    // Reached at last: the condition ends and the alert resolves itself.
    const reached = await at('2026-11-14T09:00:00Z', 'REACHED');
    expect(reached).toHaveLength(1);
    expect(reached[0].ended_at).not.toBeNull();
  });
});
