import { Client } from 'pg';

import { Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today } from '../support/young-people';

const EVALUATE = `mutation { evaluateAlerts { ran opened updated resolved escalated } }`;
const PREVIEW = `query ($input: UpdateAlertSettingsInput!) {
  previewAlertSettings(input: $input) { opening ending rules { rule opening ending holding } } }`;
const ALERTS = `{ alerts(scope: ALL, first: 50) { nodes { id rule youngPersonId } } }`;
const SETTINGS = `{ alertSettings { version noContactDays firstContactDays } }`;

interface Evaluation {
  ran: boolean;
  opened: number;
  updated: number;
  resolved: number;
  escalated: number;
}
interface Preview {
  opening: number;
  ending: number;
  rules: Array<{ rule: string; opening: number; ending: number; holding: number }>;
}

function daysAgo(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

// Issue 17's on-demand run and settings preview over HTTP: the team lead and the admin run the
// rules now for their own municipality only, through the schedule's job lock (a run while it is
// held does nothing and says so), audited; the admin previews a threshold change (counts per
// rule) and the preview writes nothing.
describe('gap alerts on demand and the settings preview (e2e)', () => {
  let t: TestApi;
  const clock = new ManualClock();
  const tokens = { coordinator: '', teamLead: '', admin: '', otherAdmin: '' };
  let municipalityId = '';
  let otherMunicipalityId = '';
  let adminId = '';

  const evaluate = async (token: string) => {
    const res = await t.graphql<{ evaluateAlerts: Evaluation }>(EVALUATE, {}, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.evaluateAlerts;
  };
  const openAlerts = async (id: string) =>
    (
      await t.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM alert WHERE municipality_id = $1 AND ended_at IS NULL`,
        [id],
      )
    ).rows[0].n;

  beforeAll(async () => {
    t = await startTestApi({ clock });
    const m = await t.factories.municipality();
    municipalityId = m.id;
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const teamLead = await t.factories.user(kaa, Role.TEAM_LEAD);
    const admin = await t.factories.user(kaa, Role.ADMIN);
    adminId = admin.id;
    const other = await t.factories.municipality();
    otherMunicipalityId = other.id;
    const otherKaa = await t.factories.organization(other.id, OrganizationKind.KAA_UNIT);
    const otherCoordinator = await t.factories.user(otherKaa, Role.COORDINATOR);
    const otherAdmin = await t.factories.user(otherKaa, Role.ADMIN);
    tokens.coordinator = await t.login(coordinator);
    tokens.teamLead = await t.login(teamLead);
    tokens.admin = await t.login(admin);
    tokens.otherAdmin = await t.login(otherAdmin);
    const otherCoordinatorToken = await t.login(otherCoordinator);
    // Registered 20 days ago, never contacted: the first-contact timer has run out in both.
    const enrollment = {
      registeredOn: daysAgo(20),
      reason: 'DROPPED_OUT',
      eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
    };
    await register(t, tokens.coordinator, { givenName: 'Nu', familyName: 'Körsson', enrollment });
    await register(t, otherCoordinatorToken, { givenName: 'Annan', familyName: 'Kommunsson', enrollment });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('refuses everyone but the team lead and the admin', async () => {
    expect(errorCode(await t.graphql(EVALUATE, {}, tokens.coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(PREVIEW, { input: { version: 0 } }, tokens.teamLead))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(PREVIEW, { input: { version: 0 } }, tokens.coordinator))).toBe('FORBIDDEN');
  });

  it('runs the rules now for the caller’s municipality only, audited, and a second run opens nothing', async () => {
    const first = await evaluate(tokens.teamLead);
    expect(first).toMatchObject({ ran: true, resolved: 0, escalated: 0 });
    expect(first.opened).toBeGreaterThanOrEqual(1);
    expect(await openAlerts(municipalityId)).toBe(first.opened);
    // The other municipality was not evaluated.
    expect(await openAlerts(otherMunicipalityId)).toBe(0);
    const second = await evaluate(tokens.admin);
    expect(second).toEqual({ ran: true, opened: 0, updated: 0, resolved: 0, escalated: 0 });
    const { rows } = await t.pool.query<{ actor_user_id: string; summary: Evaluation }>(
      `SELECT actor_user_id, summary FROM audit_event WHERE action = 'alert.evaluate_on_demand'
        AND municipality_id = $1 ORDER BY seq`,
      [municipalityId],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].summary).toMatchObject({ ran: true, opened: first.opened });
    expect(rows[1].actor_user_id).toBe(adminId);
    const runs = await t.pool.query<{ status: string }>(
      `SELECT status FROM job_run WHERE job = 'alerts-evaluate' ORDER BY started_at`,
    );
    expect(runs.rows.map((r) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    // The other municipality's admin runs theirs.
    expect((await evaluate(tokens.otherAdmin)).opened).toBeGreaterThanOrEqual(1);
    expect(await openAlerts(otherMunicipalityId)).toBeGreaterThanOrEqual(1);
  });

  it('does nothing while a run holds the job lock, and says so', async () => {
    const holder = new Client({ connectionString: t.db.adminUrl });
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('brygga.job.' || 'alerts-evaluate'))`);
      const busy = await evaluate(tokens.teamLead);
      expect(busy).toEqual({ ran: false, opened: 0, updated: 0, resolved: 0, escalated: 0 });
    } finally {
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      await holder.end();
    }
    const { rows } = await t.pool.query<{ status: string }>(
      `SELECT status FROM job_run WHERE job = 'alerts-evaluate' ORDER BY started_at DESC LIMIT 1`,
    );
    expect(rows[0].status).toBe('SKIPPED');
  });

  it('previews a threshold change per rule and writes nothing', async () => {
    const settings = await t.graphql<{ alertSettings: { version: number; noContactDays: number } }>(
      SETTINGS,
      {},
      tokens.admin,
    );
    const before = settings.data!.alertSettings;
    const snapshot = async () =>
      (
        await t.pool.query<{ alerts: string; settings: string; audits: number }>(
          `SELECT (SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) FROM alert a) AS alerts,
                  (SELECT md5(string_agg(s::text, ',' ORDER BY s.municipality_id)) FROM alert_settings s) AS settings,
                  (SELECT count(*)::int FROM audit_event) AS audits`,
        )
      ).rows[0];
    const written = await snapshot();
    // No contact for 10 days: the young person registered 20 days ago would get a NO_CONTACT alert.
    const res = await t.graphql<{ previewAlertSettings: Preview }>(
      PREVIEW,
      { input: { version: before.version, noContactDays: 10 } },
      tokens.admin,
    );
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewAlertSettings;
    const noContact = preview.rules.find((r) => r.rule === 'NO_CONTACT');
    expect(noContact).toMatchObject({ opening: 1, ending: 0, holding: 1 });
    const firstContact = preview.rules.find((r) => r.rule === 'FIRST_CONTACT_DUE');
    expect(firstContact).toMatchObject({ opening: 0, ending: 0, holding: 1 });
    expect(preview.opening).toBe(preview.rules.reduce((sum, r) => sum + r.opening, 0));
    // Switching the first-contact timer off would resolve its alert.
    const off = await t.graphql<{ previewAlertSettings: Preview }>(
      PREVIEW,
      { input: { version: before.version, disabledRules: ['FIRST_CONTACT_DUE'] } },
      tokens.admin,
    );
    expect(off.data!.previewAlertSettings.rules.find((r) => r.rule === 'FIRST_CONTACT_DUE')).toMatchObject({
      opening: 0,
      ending: 1,
    });
    // Nothing written: alerts, settings and the audit trail are as they were.
    expect(await snapshot()).toEqual(written);
    const after = await t.graphql<{ alertSettings: { version: number; noContactDays: number } }>(
      SETTINGS,
      {},
      tokens.admin,
    );
    expect(after.data!.alertSettings).toEqual(before);
    // Only this municipality's alerts count: the other one's admin sees the same preview alone.
    const other = await t.graphql<{ previewAlertSettings: Preview }>(
      PREVIEW,
      { input: { version: 0, noContactDays: 10 } },
      tokens.otherAdmin,
    );
    expect(other.data!.previewAlertSettings.rules.find((r) => r.rule === 'NO_CONTACT')?.holding).toBe(1);
  });

  it('the team lead still reads the unit’s alerts the run opened', async () => {
    const res = await t.graphql<{ alerts: { nodes: Array<{ rule: string }> } }>(ALERTS, {}, tokens.teamLead);
    expect(res.data?.alerts.nodes.map((a) => a.rule)).toContain('FIRST_CONTACT_DUE');
  });
});
