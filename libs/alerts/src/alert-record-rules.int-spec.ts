import { randomUUID } from 'node:crypto';

import type { Client } from 'pg';

import { ManualClock } from '@app/core/clock';

import { startAlertFixture, type AlertFixture } from '../../../test/support/alert-fixture';
import type { AlertEvaluationService } from './alert-evaluation.service';

// The rules about a record of the young person (a plan action, a plan's follow-up, a referral,
// a consent) at their default thresholds: no alert the day before, one on the day, still that
// one the day after (never a second), and resolved by itself when the condition ends (the
// action done, the follow-up held, the referral answered, the consent withdrawn). Daily runs at
// 12:00 in Stockholm (CET, 11:00 UTC) in November 2026. The rules about the person themselves
// are in alert-thresholds.int-spec.ts.
describe('AlertEvaluationService: plan, follow-up, referral and consent rules at their thresholds (PostgreSQL)', () => {
  let fixture: AlertFixture;
  let admin: Client;
  let service: AlertEvaluationService;
  const clock = new ManualClock(new Date('2026-11-01T11:00:00Z'));
  const municipalityId = randomUUID();
  const unitId = randomUUID();
  const partnerId = randomUUID();
  const coordinatorId = randomUUID();
  const teamLeadId = randomUUID();
  const caseworkerId = randomUUID();
  const personId = randomUUID();
  const ids = {
    plan: randomUUID(),
    action: randomUUID(),
    followUp: randomUUID(),
    referral: randomUUID(),
    consent: randomUUID(),
  };

  // [rule, the record it is about, [the day before, the day it opens, the day after]]
  const cases: Array<{ rule: string; key: string; days: [string, string, string] }> = [
    // Due on 10 November, no grace days: overdue from the 11th.
    { rule: 'PLAN_ACTION_OVERDUE', key: ids.action, days: ['2026-11-10', '2026-11-11', '2026-11-12'] },
    { rule: 'FOLLOW_UP_OVERDUE', key: ids.followUp, days: ['2026-11-10', '2026-11-11', '2026-11-12'] },
    // Sent 1 November 23:30 UTC, which is 2 November in Stockholm: 14 days on the 16th, not on
    // the 15th as the UTC day would say.
    { rule: 'REFERRAL_UNANSWERED', key: ids.referral, days: ['2026-11-15', '2026-11-16', '2026-11-17'] },
    // Valid to 15 December: within 30 days from 15 November.
    { rule: 'CONSENT_EXPIRING', key: ids.consent, days: ['2026-11-14', '2026-11-15', '2026-11-16'] },
  ];

  beforeAll(async () => {
    fixture = await startAlertFixture({
      municipality: { id: municipalityId, code: '1495', name: 'Postkommun' },
      clock,
      poolSize: 2,
    });
    ({ admin, service } = fixture);
    await fixture.addOrganization({ id: unitId });
    await fixture.addOrganization({
      id: partnerId,
      name: 'Arbetsförmedlingen',
      kind: 'EMPLOYMENT_SERVICE',
      secrecyDomain: 'LABOUR_MARKET',
    });
    await fixture.addStaff({ id: coordinatorId, organizationId: unitId, role: 'COORDINATOR' });
    await fixture.addStaff({ id: teamLeadId, organizationId: unitId, role: 'TEAM_LEAD' });
    await fixture.addStaff({ id: caseworkerId, organizationId: partnerId, role: 'PARTNER_CASEWORKER' });
    // Only the rules this spec is about.
    await fixture.disableRules([
      'NO_COORDINATOR',
      'NO_CONTACT',
      'NEVER_REACHED',
      'NO_ACTIVITY',
      'STATUS_UNKNOWN',
      'TURNING_20_NO_HAND_OVER',
      'FIRST_CONTACT_DUE',
      'OFFER_DUE',
      'SIGNAL_NOT_HANDLED',
      'TO_CHECK_LEFT',
    ]);
    await fixture.addYoungPerson({
      id: personId,
      unitId,
      coordinatorId,
      dateOfBirth: '2007-09-01',
      serial: 81,
      familyName: 'Postsson',
      registeredOn: '2026-11-01',
    });
    await admin.query(
      `INSERT INTO action_plan (id, municipality_id, young_person_id, scope, owner_organization_id, title,
         lead_organization_id, lead_user_id, participation, status, created_by_id)
       VALUES ($1, $2, $3, 'INDIVIDUAL', $4, 'Mot studier', $4, $5, 'PARTICIPATED', 'ACTIVE', $5)`,
      [ids.plan, municipalityId, personId, unitId, coordinatorId],
    );
    await admin.query(
      `INSERT INTO action_plan_action (id, municipality_id, plan_id, position, description, responsible_organization_id,
         responsible_user_id, due_on, status)
       VALUES ($1, $2, $3, 1, 'Studiebesök', $4, $5, '2026-11-10', 'PLANNED')`,
      [ids.action, municipalityId, ids.plan, partnerId, caseworkerId],
    );
    await admin.query(
      `INSERT INTO action_plan_follow_up (id, municipality_id, plan_id, planned_on) VALUES ($1, $2, $3, '2026-11-10')`,
      [ids.followUp, municipalityId, ids.plan],
    );
    await admin.query(
      `INSERT INTO referral (id, municipality_id, young_person_id, from_organization_id, sent_by_id, to_organization_id,
         purpose, categories, legal_ground, provision_reference, status, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'Stöd mot arbete', '{IDENTITY,CONTACT}', 'OTHER_PROVISION', '29 kap. 9 § skollagen',
               'REQUESTED', '2026-11-01T23:30:00Z')`,
      [ids.referral, municipalityId, personId, unitId, coordinatorId, partnerId],
    );
    await admin.query(
      `INSERT INTO consent (id, municipality_id, young_person_id, recipient_organization_id, categories, purpose, given_by,
         form, documented_by_id, documented_at, valid_from, valid_to)
       VALUES ($1, $2, $3, $4, '{IDENTITY,CONTACT}', 'Samverkan mot arbete', 'YOUNG_PERSON', 'WRITTEN', $5,
               '2026-06-15T10:00:00Z', '2026-06-15', '2026-12-15')`,
      [ids.consent, municipalityId, personId, partnerId, coordinatorId],
    );
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const alerts = async (rule: string) =>
    (
      await admin.query<{
        condition_key: string;
        ended_at: Date | null;
        resolved_at: Date | null;
        resolution: string | null;
      }>(
        'SELECT condition_key, ended_at, resolved_at, resolution FROM alert WHERE young_person_id = $1 AND rule = $2',
        [personId, rule],
      )
    ).rows;

  const runOn = async (day: string) => {
    clock.set(`${day}T11:00:00Z`);
    await service.runOnce();
  };

  it('opens each rule on its day, not the day before, and keeps the one alert the day after', async () => {
    const days = [...new Set(cases.flatMap((c) => c.days))].sort();
    const seen: Record<string, number[]> = {};
    for (const day of days) {
      await runOn(day);
      for (const c of cases) {
        if (!c.days.includes(day)) continue;
        const list = await alerts(c.rule);
        (seen[c.rule] ??= []).push(list.length);
        expect(list.every((a) => a.ended_at === null && a.condition_key === c.key)).toBe(true);
      }
    }
    expect(seen).toEqual(Object.fromEntries(cases.map((c) => [c.rule, [0, 1, 1]])));
  });

  it('resolves each by itself when its condition ends, and opens none again', async () => {
    await admin.query(`UPDATE action_plan_action SET status = 'DONE' WHERE id = $1`, [ids.action]);
    await admin.query(`UPDATE action_plan_follow_up SET held_on = '2026-11-17' WHERE id = $1`, [ids.followUp]);
    await admin.query(
      `UPDATE referral SET status = 'ACCEPTED', answered_at = '2026-11-17T09:00:00Z', answered_by_id = $2 WHERE id = $1`,
      [ids.referral, caseworkerId],
    );
    await admin.query(`UPDATE consent SET withdrawn_at = '2026-11-17T09:00:00Z', withdrawn_by_id = $2 WHERE id = $1`, [
      ids.consent,
      coordinatorId,
    ]);
    await runOn('2026-11-18');
    for (const c of cases) {
      const list = await alerts(c.rule);
      const resolved = list.map((a) => ({
        rule: c.rule,
        ended: a.ended_at !== null,
        resolved: a.resolved_at !== null,
        resolution: a.resolution,
      }));
      expect(resolved).toEqual([{ rule: c.rule, ended: true, resolved: true, resolution: 'CONDITION_ENDED' }]);
    }
    await runOn('2026-11-19');
    for (const c of cases) expect(await alerts(c.rule)).toHaveLength(1);
  });

  it('gives the overdue rules their grace days: with 2, the action due on 20 November opens on the 23rd', async () => {
    await admin.query(`UPDATE alert_settings SET overdue_grace_days = 2 WHERE municipality_id = $1`, [municipalityId]);
    const late = randomUUID();
    await admin.query(
      `INSERT INTO action_plan_action (id, municipality_id, plan_id, position, description, responsible_organization_id,
         due_on, status)
       VALUES ($1, $2, $3, 2, 'Praktik', $4, '2026-11-20', 'IN_PROGRESS')`,
      [late, municipalityId, ids.plan, unitId],
    );
    const open = async () =>
      (await alerts('PLAN_ACTION_OVERDUE')).filter((a) => a.condition_key === late && a.ended_at === null).length;
    await runOn('2026-11-22');
    expect(await open()).toBe(0);
    await runOn('2026-11-23');
    expect(await open()).toBe(1);
    await runOn('2026-11-24');
    expect(await open()).toBe(1);
  });
});
