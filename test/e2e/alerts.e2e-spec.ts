import { AlertEvaluationService } from '@app/alerts';
import { Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today } from '../support/young-people';

const ALERTS = `query ($scope: AlertScope, $states: [AlertState!]) {
  alerts(scope: $scope, states: $states, first: 50) {
    totalCount
    nodes { id version rule state reason dueOn youngPersonId youngPersonName ownerUserId ownerName
            escalatedToId escalatedToName acknowledgeReason snoozedUntil resolution facts { name value } }
  } }`;
const ACKNOWLEDGE = `mutation ($input: AcknowledgeAlertInput!) { acknowledgeAlert(input: $input) { id version state snoozedUntil } }`;
const RESOLVE = `mutation ($input: ResolveAlertInput!) { resolveAlert(input: $input) { id state resolution } }`;
const LOG_CONTACT = `mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }`;
const SETTINGS = `{ alertSettings { version firstContactDays firstContactWorkingDays noContactDays escalateAfterDays disabledRules } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateAlertSettingsInput!) {
  updateAlertSettings(input: $input) { version noContactDays disabledRules } }`;

interface AlertView {
  id: string;
  version: number;
  rule: string;
  state: string;
  reason: string;
  dueOn: string;
  youngPersonId: string;
  youngPersonName: string;
  ownerUserId: string | null;
  ownerName: string | null;
  escalatedToId: string | null;
  escalatedToName: string | null;
  resolution: string | null;
  facts: Array<{ name: string; value: string | null }>;
}

function daysAgo(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

// Gap alerts end to end over HTTP: the job opens the first-contact timer's alert for a young
// person registered without a contact, the coordinator (and nobody outside the case) sees it
// with its reason, it goes to the team lead when left unacknowledged, and it resolves itself when
// the contact is logged; the admin changes the thresholds, audited.
describe('gap alerts (e2e)', () => {
  let t: TestApi;
  const clock = new ManualClock();
  const tokens: Record<'coordinator' | 'colleague' | 'teamLead' | 'admin', string> = {
    coordinator: '',
    colleague: '',
    teamLead: '',
    admin: '',
  };
  const ids: Record<string, string> = {};
  const accounts: Partial<Record<keyof typeof tokens, { email: string; password: string }>> = {};
  // Tokens expire as the clock moves on: sign everyone in again.
  const signIn = async () => {
    for (const key of Object.keys(tokens) as Array<keyof typeof tokens>) tokens[key] = await t.login(accounts[key]!);
  };
  let personId = '';

  const list = async (token: string, variables: Record<string, unknown> = {}) => {
    const res = await t.graphql<{ alerts: { totalCount: number; nodes: AlertView[] } }>(ALERTS, variables, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.alerts.nodes.filter((a) => a.youngPersonId === personId);
  };
  const evaluate = () => t.api.app.get(AlertEvaluationService).runOnce();

  beforeAll(async () => {
    t = await startTestApi({ clock });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const users = {
      coordinator: await t.factories.user(kaa, Role.COORDINATOR),
      colleague: await t.factories.user(kaa, Role.COORDINATOR),
      teamLead: await t.factories.user(kaa, Role.TEAM_LEAD),
      admin: await t.factories.user(kaa, Role.ADMIN),
    };
    for (const key of Object.keys(tokens) as Array<keyof typeof tokens>) {
      accounts[key] = users[key];
      ids[key] = users[key].id;
    }
    await signIn();
    // Registered 20 days ago and never contacted: well past 5 working days whatever the holidays.
    const person = await register(t, tokens.coordinator, {
      givenName: 'Larm',
      familyName: 'Testsson',
      enrollment: {
        registeredOn: daysAgo(20),
        reason: 'DROPPED_OUT',
        eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
      },
    });
    personId = person.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('opens exactly one first-contact alert for the coordinator, with its reason, and shows it to nobody outside the case', async () => {
    const first = await evaluate();
    expect(first.ran).toBe(true);
    await evaluate();
    const mine = await list(tokens.coordinator);
    expect(mine.map((a) => a.rule)).toEqual(['FIRST_CONTACT_DUE']);
    const alert = mine[0];
    expect(alert).toMatchObject({
      state: 'OPEN',
      youngPersonName: 'Larm Testsson',
      ownerUserId: ids.coordinator,
      escalatedToId: null,
    });
    expect(alert.reason).toContain(`Registered on ${daysAgo(20)}`);
    expect(alert.facts).toEqual(
      expect.arrayContaining([
        { name: 'registeredOn', value: daysAgo(20) },
        { name: 'threshold', value: '5' },
        { name: 'workingDays', value: 'true' },
      ]),
    );
    // The read is in the access log, on the caseload ground.
    const { rows } = await t.pool.query<{ ground: string; categories: string[] }>(
      `SELECT ground, categories FROM access_log_entry WHERE user_id = $1 AND young_person_id = $2`,
      [ids.coordinator, personId],
    );
    expect(rows.some((row) => row.ground === 'CASELOAD')).toBe(true);
    // A colleague of the unit does not see it; the team lead sees it among the unit's, not as theirs.
    expect(await list(tokens.colleague, { scope: 'ALL' })).toEqual([]);
    expect(await list(tokens.teamLead)).toEqual([]);
    expect((await list(tokens.teamLead, { scope: 'ALL' })).map((a) => a.id)).toEqual([alert.id]);
    // The admin reads no alerts at all.
    expect(errorCode(await t.graphql(ALERTS, {}, tokens.admin))).toBe('FORBIDDEN');
  });

  it('goes to the team lead when left unacknowledged for the configured days', async () => {
    clock.advanceDays(6);
    expect((await evaluate()).escalated).toBe(0);
    clock.advanceDays(1);
    expect((await evaluate()).escalated).toBe(1);
    await signIn();
    const escalated = await list(tokens.teamLead, { scope: 'ESCALATED_TO_ME' });
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatchObject({ escalatedToId: ids.teamLead, ownerUserId: ids.coordinator });
    expect(escalated[0].escalatedToName).toBeTruthy();
  });

  it('is acknowledged and snoozed with a reason, audited, and a stale version is refused', async () => {
    const [alert] = await list(tokens.coordinator);
    const tomorrow = new Date(clock.now().getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const res = await t.graphql<{ acknowledgeAlert: { state: string; version: number } }>(
      ACKNOWLEDGE,
      { input: { id: alert.id, version: alert.version, reason: 'Ringer honom på måndag', snoozeUntil: tomorrow } },
      tokens.coordinator,
    );
    expect(res.data?.acknowledgeAlert.state).toBe('SNOOZED');
    const stale = await t.graphql(
      ACKNOWLEDGE,
      { input: { id: alert.id, version: alert.version, reason: 'Ringer honom på måndag' } },
      tokens.coordinator,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    // Snoozed alerts leave the default list.
    expect(await list(tokens.coordinator)).toEqual([]);
    const { rows } = await t.pool.query<{ summary: Record<string, unknown> }>(
      `SELECT summary FROM audit_event WHERE action = 'alert.acknowledge' AND subject_id = $1`,
      [alert.id],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].summary)).not.toContain('måndag');
  });

  it('resolves itself once the contact attempt is logged', async () => {
    const logged = await t.graphql(
      LOG_CONTACT,
      {
        input: {
          youngPersonId: personId,
          channel: 'PHONE',
          occurredAt: clock.now().toISOString(),
          outcome: 'NOT_REACHED',
        },
      },
      tokens.coordinator,
    );
    expect(logged.errors).toBeUndefined();
    expect((await evaluate()).ended).toBeGreaterThanOrEqual(1);
    const resolved = await list(tokens.coordinator, { states: ['RESOLVED'] });
    expect(resolved.map((a) => [a.rule, a.resolution])).toEqual([['FIRST_CONTACT_DUE', 'CONDITION_ENDED']]);
    expect(await list(tokens.coordinator, { states: ['OPEN', 'ACKNOWLEDGED', 'SNOOZED'] })).toEqual([]);
    // A resolved alert cannot be resolved again.
    const again = await t.graphql(
      RESOLVE,
      { input: { id: resolved[0].id, version: resolved[0].version, reason: 'Inte längre aktuellt här' } },
      tokens.coordinator,
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('lets the admin change the thresholds, audited, and the team lead read them', async () => {
    const read = await t.graphql<{ alertSettings: { version: number; firstContactDays: number } }>(
      SETTINGS,
      {},
      tokens.admin,
    );
    expect(read.data?.alertSettings).toMatchObject({ firstContactDays: 5 });
    const version = read.data!.alertSettings.version;
    const saved = await t.graphql<{ updateAlertSettings: { version: number; noContactDays: number } }>(
      UPDATE_SETTINGS,
      { input: { version, noContactDays: 45, disabledRules: ['TURNING_20_NO_HAND_OVER'] } },
      tokens.admin,
    );
    expect(saved.data?.updateAlertSettings).toMatchObject({ version: version + 1, noContactDays: 45 });
    const again = await t.graphql(UPDATE_SETTINGS, { input: { version, noContactDays: 40 } }, tokens.admin);
    expect(errorCode(again)).toBe('CONFLICT');
    const outOfRange = await t.graphql(
      UPDATE_SETTINGS,
      { input: { version: version + 1, noContactDays: 0 } },
      tokens.admin,
    );
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    const { rows } = await t.pool.query<{ summary: { changed: string[] } }>(
      `SELECT summary FROM audit_event WHERE action = 'alert_settings.update' AND actor_user_id = $1`,
      [ids.admin],
    );
    expect(rows[0].summary.changed).toEqual(['disabledRules', 'noContactDays']);
    const lead = await t.graphql<{ alertSettings: { noContactDays: number } }>(SETTINGS, {}, tokens.teamLead);
    expect(lead.data?.alertSettings.noContactDays).toBe(45);
  });
});
