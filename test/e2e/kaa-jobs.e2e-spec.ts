import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { KaaJobsService, makeIdentityNumber } from '@app/young-people';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, type YoungPersonView } from '../support/young-people';

function isoDaysFromToday(days: number, yearsBack = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - yearsBack);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const REMINDERS = `query ($all: Boolean) { reminders(includeAcknowledged: $all, first: 50) {
  totalCount nodes { id youngPersonId kind dueOn acknowledgedAt acknowledgedById } } }`;

interface ReminderView {
  id: string;
  youngPersonId: string;
  kind: string;
  dueOn: string;
  acknowledgedAt: string | null;
  acknowledgedById: string | null;
}

// The scheduled KAA jobs: the registration ends on the 20th birthday, and the coordinator is
// reminded beforehand to plan the hand-over. Run by hand here, and once on the real timer.
describe('KAA jobs', () => {
  let t: TestApi;
  let coordinatorId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    coordinatorId = coordinator.id;
    token = await t.login(coordinator);
  });

  afterAll(async () => {
    await t?.close();
  });

  // Registered a month ago, while still 19, born so that the 20th birthday is `days` from today.
  function registerTurning20In(days: number): Promise<YoungPersonView> {
    const dateOfBirth = isoDaysFromToday(days, 20);
    return register(t, token, {
      personalIdentityNumber: makeIdentityNumber(dateOfBirth, 100 + Math.floor(Math.random() * 800)),
      enrollment: {
        registeredOn: isoDaysFromToday(-40),
        reason: 'DROPPED_OUT',
        eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
      },
    });
  }

  async function enrollment(id: string): Promise<{ ended_on: string | null; end_reason: string | null }> {
    const { rows } = await t.pool.query<{ ended_on: string | null; end_reason: string | null }>(
      `SELECT to_char(ended_on, 'YYYY-MM-DD') AS ended_on, end_reason FROM kaa_enrollment WHERE young_person_id = $1`,
      [id],
    );
    return rows[0];
  }

  it('ends the registration on the 20th birthday, audited as the system, once', async () => {
    const turned = await registerTurning20In(-1);
    const notYet = await registerTurning20In(100);
    const jobs = t.api.app.get(KaaJobsService);
    const first = await jobs.runOnce();
    expect(first.ran).toBe(true);
    expect(first.endedAtTwenty).toBeGreaterThanOrEqual(1);
    expect(await enrollment(turned.id)).toEqual({ ended_on: isoDaysFromToday(-1), end_reason: 'TURNED_20' });
    expect(await enrollment(notYet.id)).toEqual({ ended_on: null, end_reason: null });
    const { rows } = await t.pool.query<{ actor_user_id: string | null; actor_role: string }>(
      `SELECT actor_user_id, actor_role FROM audit_event WHERE action = 'kaa_enrollment.end' AND summary->>'youngPersonId' = $1`,
      [turned.id],
    );
    expect(rows).toEqual([{ actor_user_id: null, actor_role: 'SYSTEM' }]);
    // Idempotent: a second run finds nothing more to end.
    const second = await jobs.runOnce();
    expect(second.endedAtTwenty).toBe(0);
    // The ended registration leaves the caseload.
    const caseload = await t.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(first: 100) { nodes { id } } }',
      {},
      token,
    );
    expect(caseload.data?.caseload.nodes.map((n) => n.id)).not.toContain(turned.id);
  });

  it('reminds the coordinator to plan the hand-over before the 20th birthday, once per person', async () => {
    const soon = await registerTurning20In(30);
    const later = await registerTurning20In(120);
    const jobs = t.api.app.get(KaaJobsService);
    await jobs.runOnce();
    await jobs.runOnce();
    const res = await t.graphql<{ reminders: { nodes: ReminderView[] } }>(REMINDERS, {}, token);
    const mine = res.data!.reminders.nodes.filter((r) => [soon.id, later.id].includes(r.youngPersonId));
    expect(mine).toEqual([
      expect.objectContaining({
        youngPersonId: soon.id,
        kind: 'TURNING_20',
        dueOn: isoDaysFromToday(30),
        acknowledgedAt: null,
      }),
    ]);

    const ACK = 'mutation ($id: ID!) { acknowledgeReminder(id: $id) { acknowledgedAt acknowledgedById } }';
    const ack = await t.graphql<{ acknowledgeReminder: { acknowledgedById: string } }>(ACK, { id: mine[0].id }, token);
    expect(ack.data?.acknowledgeReminder.acknowledgedById).toBe(coordinatorId);
    expect(errorCode(await t.graphql(ACK, { id: mine[0].id }, token))).toBe('CONFLICT');
    const open = await t.graphql<{ reminders: { nodes: ReminderView[] } }>(REMINDERS, {}, token);
    expect(open.data!.reminders.nodes.map((r) => r.id)).not.toContain(mine[0].id);
    const all = await t.graphql<{ reminders: { nodes: ReminderView[] } }>(REMINDERS, { all: true }, token);
    expect(all.data!.reminders.nodes.map((r) => r.id)).toContain(mine[0].id);
  });

  it('runs by itself on the configured interval', async () => {
    const timed = await startTestApi({ db: t.db, env: { KAA_JOBS_INTERVAL_SECONDS: '1' } });
    try {
      const person = await registerTurning20In(-2);
      const deadline = Date.now() + 10_000;
      while ((await enrollment(person.id)).end_reason === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await enrollment(person.id)).toEqual({ ended_on: isoDaysFromToday(-2), end_reason: 'TURNED_20' });
    } finally {
      await timed.close();
    }
  });
});
