import { randomUUID } from 'node:crypto';

import type { Client } from 'pg';

import { ManualClock } from '@app/core/clock';
import { makeIdentityNumber } from '@app/young-people';

import { startAlertFixture, type AlertFixture } from '../../../test/support/alert-fixture';
import type { AlertEvaluationService } from './alert-evaluation.service';

// The two rules about records of other libraries (issue 17): a school's signal not handled
// within N days (libs/signals) and a "to check" entry left for N days (libs/target-group), on a
// real PostgreSQL. Each opens on the Swedish day the threshold is reached and not the day before,
// stays one alert the day after and on every further run, is owned as the owner rule says (the
// registered young person's coordinator, else the KAA unit's team lead), and resolves itself when
// the signal is handled or the entry decided.
describe('AlertEvaluationService: signals and "to check" entries (PostgreSQL)', () => {
  let fixture: AlertFixture;
  let admin: Client;
  let service: AlertEvaluationService;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00Z'));
  const municipalityId = randomUUID();
  const unitA = randomUUID();
  const unitB = randomUUID();
  const schoolId = randomUUID();
  const coordinatorId = randomUUID();
  const teamLeadA = randomUUID();
  const teamLeadB = randomUUID();
  const registeredId = randomUUID();
  const signal = { unregistered: randomUUID(), registered: randomUUID() };
  const checkId = randomUUID();

  beforeAll(async () => {
    fixture = await startAlertFixture({
      municipality: { id: municipalityId, code: '1497', name: 'Signalkommun' },
      clock,
    });
    ({ admin, service } = fixture);
    // Unit A is the municipality's first KAA unit (where a signal about nobody registered goes).
    await fixture.addOrganization({ id: unitA, name: 'KAA A', createdAt: '2026-01-01' });
    await fixture.addOrganization({ id: unitB, name: 'KAA B', createdAt: '2026-02-01' });
    await fixture.addOrganization({
      id: schoolId,
      name: 'Skolan',
      kind: 'SCHOOL',
      secrecyDomain: 'SCHOOL',
      createdAt: '2026-01-01',
    });
    await fixture.addStaff({ id: coordinatorId, organizationId: unitA, role: 'COORDINATOR' });
    await fixture.addStaff({ id: teamLeadA, organizationId: unitA, role: 'TEAM_LEAD' });
    await fixture.addStaff({ id: teamLeadB, organizationId: unitB, role: 'TEAM_LEAD' });
    const { identityNumber: registeredNumber } = await fixture.addYoungPerson({
      id: registeredId,
      unitId: unitA,
      coordinatorId,
      dateOfBirth: '2008-05-01',
      serial: 31,
      familyName: 'Reg',
      registeredOn: '2026-11-01',
    });
    // Received on Tuesday 1 December at 00:30 in Stockholm (still 30 November in UTC): the
    // default 7 days run out on Tuesday 8 December.
    for (const [id, number, ypId] of [
      [signal.unregistered, makeIdentityNumber('2008-06-01', 32), null],
      [signal.registered, registeredNumber, null],
    ] as const) {
      await admin.query(
        `INSERT INTO signal (id, municipality_id, school_id, kind, personal_identity_number, coordination_number,
           young_person_id, occurred_on, hash, created_at)
         VALUES ($1, $2, $3, 'UNEXCUSED_ABSENCE', $4, false, $5, '2026-11-27', $6, '2026-11-30T23:30:00Z')`,
        [id, municipalityId, schoolId, number, ypId, id.replace(/-/g, '').padEnd(64, '0')],
      );
    }
    // In unit B's queue since Saturday 21 November, 00:30 in Stockholm: 14 days on 5 December.
    await admin.query(
      `INSERT INTO target_group_check (id, municipality_id, kaa_unit_id, personal_identity_number, coordination_number,
         date_of_birth, given_name, family_name, status, lists_date, opened_at)
       VALUES ($1, $2, $3, $4, false, '2007-09-01', 'Kolla', 'Mig', 'TO_CHECK', '2026-11-20', '2026-11-20T23:30:00Z')`,
      [checkId, municipalityId, unitB, makeIdentityNumber('2007-09-01', 33)],
    );
    // Only the two rules of this test.
    await fixture.disableRules([
      'NO_COORDINATOR',
      'NO_CONTACT',
      'NEVER_REACHED',
      'NO_ACTIVITY',
      'STATUS_UNKNOWN',
      'TURNING_20_NO_HAND_OVER',
      'FIRST_CONTACT_DUE',
      'OFFER_DUE',
    ]);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const alerts = async (rule: string, conditionKey: string) =>
    (
      await admin.query<{
        young_person_id: string | null;
        kaa_unit_id: string | null;
        owner_user_id: string | null;
        due_on: string;
        ended_at: Date | null;
        resolution: string | null;
        facts: Record<string, unknown>;
      }>(
        `SELECT young_person_id, kaa_unit_id, owner_user_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, ended_at,
                resolution, facts FROM alert WHERE rule = $1 AND condition_key = $2 ORDER BY opened_at`,
        [rule, conditionKey],
      )
    ).rows;

  const runAt = async (instant: string) => {
    clock.set(instant);
    return service.runOnce();
  };

  it('opens the "to check" alert on the 14th Swedish day for the entry’s unit’s team lead, not the day before', async () => {
    await runAt('2026-12-04T22:59:00Z'); // 4 December 23:59 in Stockholm: 13 days
    expect(await alerts('TO_CHECK_LEFT', checkId)).toEqual([]);
    await runAt('2026-12-04T23:00:00Z'); // 5 December 00:00 in Stockholm: 14 days
    const [alert] = await alerts('TO_CHECK_LEFT', checkId);
    expect(alert).toMatchObject({
      young_person_id: null,
      kaa_unit_id: unitB,
      owner_user_id: teamLeadB,
      due_on: '2026-12-05',
      ended_at: null,
    });
    expect(alert.facts).toEqual({ since: '2026-11-21', checkId, threshold: 14 });
    // The day after, and again: still the one alert, nothing rewritten.
    await runAt('2026-12-05T23:00:00Z');
    const again = await runAt('2026-12-05T23:30:00Z');
    expect(again).toMatchObject({ opened: 0, updated: 0, ended: 0 });
    expect(await alerts('TO_CHECK_LEFT', checkId)).toHaveLength(1);
  });

  it('opens the signal alert on the 7th Swedish day: about the registered young person for the coordinator, else for the first unit’s team lead', async () => {
    await runAt('2026-12-07T22:59:00Z'); // 7 December 23:59 in Stockholm: 6 days
    expect(await alerts('SIGNAL_NOT_HANDLED', signal.unregistered)).toEqual([]);
    expect(await alerts('SIGNAL_NOT_HANDLED', signal.registered)).toEqual([]);
    await runAt('2026-12-07T23:00:00Z'); // 8 December 00:00: 7 days
    const [unregistered] = await alerts('SIGNAL_NOT_HANDLED', signal.unregistered);
    expect(unregistered).toMatchObject({
      young_person_id: null,
      kaa_unit_id: unitA,
      owner_user_id: teamLeadA,
      due_on: '2026-12-08',
    });
    expect(unregistered.facts).toMatchObject({ receivedOn: '2026-12-01', threshold: 7, kind: 'UNEXCUSED_ABSENCE' });
    const [registered] = await alerts('SIGNAL_NOT_HANDLED', signal.registered);
    expect(registered).toMatchObject({
      young_person_id: registeredId,
      kaa_unit_id: unitA,
      owner_user_id: coordinatorId,
    });
    // The day after: still one each.
    const next = await runAt('2026-12-08T23:00:00Z');
    expect(next.opened).toBe(0);
    expect(await alerts('SIGNAL_NOT_HANDLED', signal.unregistered)).toHaveLength(1);
    expect(await alerts('SIGNAL_NOT_HANDLED', signal.registered)).toHaveLength(1);
  });

  it('opens one alert per condition when two evaluations race (both unique indexes)', async () => {
    await admin.query(`UPDATE alert SET ended_at = now(), resolved_at = now() WHERE ended_at IS NULL`);
    clock.set('2026-12-09T09:00:00Z');
    const now = clock.now();
    const { tx } = fixture;
    await Promise.all([
      tx.run(() => service.evaluate(now), { requireAudit: false }),
      tx.run(() => service.evaluate(now), { requireAudit: false }),
    ]);
    for (const [rule, key] of [
      ['TO_CHECK_LEFT', checkId],
      ['SIGNAL_NOT_HANDLED', signal.unregistered],
      ['SIGNAL_NOT_HANDLED', signal.registered],
    ]) {
      expect((await alerts(rule, key)).filter((a) => a.ended_at === null)).toHaveLength(1);
    }
  });

  it('escalates an ignored alert about a registered young person to the unit’s team lead', async () => {
    await runAt('2026-12-16T09:00:00Z'); // opened 9 December, 7 days
    const { rows } = await admin.query<{ escalated_to_id: string | null }>(
      `SELECT escalated_to_id FROM alert WHERE rule = 'SIGNAL_NOT_HANDLED' AND condition_key = $1 AND ended_at IS NULL`,
      [signal.registered],
    );
    expect(rows[0].escalated_to_id).toBe(teamLeadA);
  });

  it('resolves itself when the signal is handled or the entry decided', async () => {
    await admin.query(
      `UPDATE signal SET decision = 'CONTACTED', handled_by_id = $2, handled_at = '2026-12-16T10:00:00Z' WHERE id = $1`,
      [signal.unregistered, coordinatorId],
    );
    await admin.query(
      `UPDATE target_group_check SET status = 'DISMISSED', dismiss_reason = 'MOVED', decided_at = '2026-12-16T10:00:00Z'
        WHERE id = $1`,
      [checkId],
    );
    const result = await runAt('2026-12-16T11:00:00Z');
    expect(result.ended).toBe(2);
    expect((await alerts('SIGNAL_NOT_HANDLED', signal.unregistered)).at(-1)).toMatchObject({
      resolution: 'CONDITION_ENDED',
    });
    expect((await alerts('TO_CHECK_LEFT', checkId)).every((a) => a.ended_at !== null)).toBe(true);
    // The registered young person's signal is still unhandled: its alert stays.
    expect((await alerts('SIGNAL_NOT_HANDLED', signal.registered)).filter((a) => a.ended_at === null)).toHaveLength(1);
  });
});
