import { randomUUID } from 'node:crypto';

import { AlertEvaluationService } from '@app/alerts';
import { Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode } from '../support/young-people';

const ALERTS = `{ alerts(scope: ALL, first: 50) {
  nodes { id version rule youngPersonId youngPersonName kaaUnitId ownerUserId facts { name value } } } }`;
const ACKNOWLEDGE = `mutation ($input: AcknowledgeAlertInput!) { acknowledgeAlert(input: $input) { id state } }`;

interface AlertView {
  id: string;
  version: number;
  rule: string;
  youngPersonId: string | null;
  youngPersonName: string;
  kaaUnitId: string | null;
  ownerUserId: string | null;
}

// The alerts about nobody registered over HTTP (issue 17): a school's unhandled signal about
// someone not in the register and a "to check" entry left in a unit's queue are the KAA unit's,
// read and handled by its team lead only: never by the other unit's team lead, a coordinator or
// the admin. Such an alert names no one and writes no access-log row.
describe('gap alerts about nobody registered (e2e)', () => {
  let t: TestApi;
  const clock = new ManualClock();
  const tokens: Record<'leadA' | 'leadB' | 'coordinatorA' | 'admin', string> = {
    leadA: '',
    leadB: '',
    coordinatorA: '',
    admin: '',
  };
  const ids: Record<string, string> = {};
  const checkId: string = randomUUID();
  const signalId: string = randomUUID();

  const list = async (token: string) => {
    const res = await t.graphql<{ alerts: { nodes: AlertView[] } }>(ALERTS, {}, token);
    return res;
  };
  const ours = (nodes: AlertView[]) => nodes.filter((a) => [checkId, signalId].includes(conditionOf(a)));
  const conditionOf = (a: AlertView & { facts?: Array<{ name: string; value: string | null }> }) =>
    a.facts?.find((f) => f.name === 'checkId' || f.name === 'signalId')?.value ?? '';

  beforeAll(async () => {
    t = await startTestApi({ clock });
    const m = await t.factories.municipality();
    // Unit A first: a signal about someone not registered goes to the municipality's first unit.
    const unitA = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT, 'KAA A');
    await t.pool.query(`UPDATE organization SET created_at = '2020-01-01' WHERE id = $1`, [unitA.id]);
    const unitB = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT, 'KAA B');
    const school = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Skolan');
    const users = {
      leadA: await t.factories.user(unitA, Role.TEAM_LEAD),
      leadB: await t.factories.user(unitB, Role.TEAM_LEAD),
      coordinatorA: await t.factories.user(unitA, Role.COORDINATOR),
      admin: await t.factories.user(unitA, Role.ADMIN),
    };
    for (const key of Object.keys(tokens) as Array<keyof typeof tokens>) {
      ids[key] = users[key].id;
      ids[`${key}Unit`] = key === 'leadB' ? unitB.id : unitA.id;
    }
    ids.unitA = unitA.id;
    ids.unitB = unitB.id;
    await t.pool.query(
      `INSERT INTO target_group_check (id, municipality_id, kaa_unit_id, personal_identity_number, coordination_number,
         date_of_birth, given_name, family_name, status, lists_date, opened_at)
       VALUES ($1, $2, $3, $4, false, '2007-09-01', 'Kolla', 'Mig', 'TO_CHECK', current_date - 30, now() - interval '30 days')`,
      [checkId, m.id, unitB.id, makeIdentityNumber('2007-09-01', 41)],
    );
    await t.pool.query(
      `INSERT INTO signal (id, municipality_id, school_id, kind, personal_identity_number, coordination_number,
         occurred_on, hash, created_at)
       VALUES ($1, $2, $3, 'LEFT_UPPER_SECONDARY', $4, false, current_date - 31, $5, now() - interval '30 days')`,
      [signalId, m.id, school.id, makeIdentityNumber('2008-02-02', 42), signalId.replace(/-/g, '').padEnd(64, '0')],
    );
    for (const key of Object.keys(tokens) as Array<keyof typeof tokens>) tokens[key] = await t.login(users[key]);
    await t.api.app.get(AlertEvaluationService).runOnce();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('shows the "to check" alert to the entry’s unit’s team lead only, naming no one', async () => {
    const b = ours((await list(tokens.leadB)).data!.alerts.nodes);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({
      rule: 'TO_CHECK_LEFT',
      youngPersonId: null,
      youngPersonName: '',
      kaaUnitId: ids.unitB,
      ownerUserId: ids.leadB,
    });
    const a = ours((await list(tokens.leadA)).data!.alerts.nodes);
    expect(a.map((x) => x.rule)).toEqual(['SIGNAL_NOT_HANDLED']);
    expect(a[0]).toMatchObject({ youngPersonId: null, kaaUnitId: ids.unitA, ownerUserId: ids.leadA });
  });

  it('shows neither to a coordinator, and refuses the admin', async () => {
    expect(ours((await list(tokens.coordinatorA)).data!.alerts.nodes)).toEqual([]);
    const admin = await list(tokens.admin);
    expect(admin.data?.alerts?.nodes ?? []).toEqual([]);
  });

  it('lets the other unit’s team lead not handle it (not found), and its own team lead acknowledge it', async () => {
    const [alert] = ours((await list(tokens.leadB)).data!.alerts.nodes);
    const input = { id: alert.id, version: alert.version, reason: 'Vi ringer i veckan.' };
    const refused = await t.graphql(ACKNOWLEDGE, { input }, tokens.leadA);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    const done = await t.graphql<{ acknowledgeAlert: { state: string } }>(ACKNOWLEDGE, { input }, tokens.leadB);
    expect(done.data?.acknowledgeAlert.state).toBe('ACKNOWLEDGED');
    // Nothing about a young person was read: no access-log row for these alerts.
    const { rows } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log WHERE user_id = ANY($1::uuid[])`,
      [[ids.leadA, ids.leadB]],
    );
    expect(rows[0].n).toBe(0);
  });
});
