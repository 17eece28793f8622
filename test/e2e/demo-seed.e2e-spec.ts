import { DataSource, type ObjectLiteral } from 'typeorm';

import { verifyAuditChains } from '@app/core/audit';
import { jsonHydrator, jsonHydratorIfExact } from '@app/core/database';

import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-seed';
import { startTestApi, type TestApi } from '../support/test-api';

interface Caseload {
  caseload: {
    totalCount: number;
    nodes: Array<{ enrollment: { status: string } | null; measures: Array<{ status: string }> }>;
  };
}

// What `npm start` loads into an empty database: a municipality a KAA unit could recognise,
// with two KAA units of young people in every status, contacts, measures and plans, signals from
// schools and the gap alerts of their history (open, acknowledged, escalated and resolved), and a
// login for every role.
describe('demo data', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ env: { DEMO_DATA: 'true' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  const login = (email: string): Promise<string> => t.login({ email, password: DEMO_PASSWORD });

  it('gives a coordinator a caseload in many statuses, with contacts, measures and plans', async () => {
    const token = await login('samordnare@demo.brygga.se');
    const res = await t.graphql<Caseload>(
      '{ caseload(first: 100) { totalCount nodes { enrollment { status } measures { status } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const caseload = res.data!.caseload;
    expect(caseload.totalCount).toBeGreaterThan(50);
    const statuses = new Set(caseload.nodes.map((n) => n.enrollment?.status));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    expect(caseload.nodes.some((n) => n.measures.length > 0)).toBe(true);
    const { rows } = await t.pool.query<{
      contacts: number;
      plans: number;
      statuses: number;
      ended: number;
      protected: number;
      signals: number;
      alerts: number;
    }>(
      `SELECT (SELECT count(*)::int FROM contact_attempt) AS contacts, (SELECT count(*)::int FROM action_plan) AS plans,
              (SELECT count(DISTINCT status)::int FROM kaa_enrollment) AS statuses,
              (SELECT count(DISTINCT end_reason)::int FROM kaa_enrollment WHERE ended_on IS NOT NULL) AS ended,
              (SELECT count(*)::int FROM young_person WHERE protected_identity) AS protected,
              (SELECT count(*)::int FROM signal) AS signals, (SELECT count(*)::int FROM alert) AS alerts`,
    );
    expect(rows[0].contacts).toBeGreaterThan(300);
    expect(rows[0].plans).toBeGreaterThan(20);
    expect(rows[0].statuses).toBe(8);
    expect(rows[0].ended).toBeGreaterThanOrEqual(4);
    expect(rows[0].protected).toBeGreaterThan(0);
    expect(rows[0].signals).toBeGreaterThan(200);
    expect(rows[0].alerts).toBeGreaterThan(100);
  });

  it('shows the team lead the load of every coordinator and the unassigned', async () => {
    const token = await login('teamledare@demo.brygga.se');
    const res = await t.graphql<{ coordinatorLoad: Array<{ coordinatorId: string | null; youngPeople: number }> }>(
      '{ coordinatorLoad { coordinatorId youngPeople } }',
      {},
      token,
    );
    const rows = res.data!.coordinatorLoad;
    // The team lead's own unit (KAA-enheten): not the coordinators of KAA Väster.
    expect(rows.filter((r) => r.coordinatorId !== null)).toHaveLength(3);
    expect(rows.some((r) => r.coordinatorId === null && r.youngPeople > 0)).toBe(true);
  });

  it('has a login for every role, a measure catalogue, and an intact audit chain', async () => {
    for (const email of [
      'admin@demo.brygga.se',
      'mentor@demo.brygga.se',
      'handlaggare@demo.brygga.se',
      'chef@demo.brygga.se',
      'granskare@demo.brygga.se',
    ]) {
      expect(await login(email)).toEqual(expect.any(String));
    }
    const types = await t.graphql<{ measureTypes: Array<{ code: string }> }>(
      '{ measureTypes { code } }',
      {},
      await login('samordnare@demo.brygga.se'),
    );
    expect(types.data!.measureTypes.length).toBeGreaterThanOrEqual(6);
    const verification = await verifyAuditChains(t.db.adminUrl);
    expect(verification.breaks).toEqual([]);
    expect(verification.rows).toBeGreaterThanOrEqual(1);
  });

  it('lets a partner login see the young people who consented, with only the consented categories', async () => {
    const token = await login('handlaggare@demo.brygga.se');
    const res = await t.graphql<{
      caseload: { totalCount: number; nodes: Array<{ contact: unknown; actionPlan: { title: string } | null }> };
    }>('{ caseload(first: 50) { totalCount nodes { contact { phone } actionPlan { title } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.caseload.totalCount).toBeGreaterThan(0);
    for (const node of res.data!.caseload.nodes) {
      expect(node.contact).toBeNull();
      expect(node.actionPlan?.title).toEqual(expect.any(String));
    }
  });

  it('gives the partner referrals to answer and the log reviewer an emergency access to review', async () => {
    const partner = await login('handlaggare@demo.brygga.se');
    const referrals = await t.graphql<{ referrals: { totalCount: number } }>(
      '{ referrals(direction: RECEIVED) { totalCount } }',
      {},
      partner,
    );
    expect(referrals.data!.referrals.totalCount).toBeGreaterThan(0);
    const reviewer = await login('granskare@demo.brygga.se');
    const queue = await t.graphql<{ accessReviews: { nodes: Array<{ kind: string; status: string }> } }>(
      '{ accessReviews(status: OPEN) { nodes { kind status } } }',
      {},
      reviewer,
    );
    expect(queue.data!.accessReviews.nodes).toEqual([{ kind: 'EMERGENCY_ACCESS', status: 'OPEN' }]);
  });

  it('gives leadership SIGNALS and ALERTS reports with shown cells in the recent periods', async () => {
    const token = await login('chef@demo.brygga.se');
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const now = new Date();
    const year = now.getUTCFullYear();
    const firstHalf = now.getUTCMonth() < 6;
    // The last twelve months, the last six and the last whole half-year: whatever today's date,
    // each covers months of the generated history (a half-year just begun would not).
    const periods = [
      { from: day(new Date(now.getTime() - 364 * 86_400_000)), to: day(now) },
      { from: day(new Date(now.getTime() - 182 * 86_400_000)), to: day(now) },
      firstHalf
        ? { from: `${year - 1}-07-01`, to: `${year - 1}-12-31` }
        : { from: `${year}-01-01`, to: `${year}-06-30` },
    ];
    for (const period of periods) {
      for (const kind of ['SIGNALS', 'ALERTS']) {
        const res = await t.graphql<{
          report: { total: { count: number | null }; rows: Array<{ cells: Array<{ count: number | null }> }> };
        }>(
          'query ($input: ReportInput!) { report(input: $input) { total { count } rows { cells { count } } } }',
          { input: { kind, ...period } },
          token,
        );
        expect(res.errors).toBeUndefined();
        const table = res.data!.report;
        const shown = table.rows.flatMap((r) => r.cells).filter((c) => (c.count ?? 0) >= 5).length;
        expect({ kind, period, total: (table.total.count ?? 0) >= 5, shown: shown >= 1 }).toEqual({
          kind,
          period,
          total: true,
          shown: true,
        });
      }
    }
  });

  it('holds open, acknowledged, escalated and resolved gap alerts, escalated by the job’s own rule', async () => {
    const { rows } = await t.pool.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE resolved_at IS NULL AND acknowledged_at IS NULL AND escalated_at IS NULL)::int AS open,
              count(*) FILTER (WHERE resolved_at IS NULL AND acknowledged_at IS NOT NULL)::int AS acknowledged,
              count(*) FILTER (WHERE resolved_at IS NULL AND escalated_at IS NOT NULL)::int AS escalated,
              count(*) FILTER (WHERE resolved_at IS NOT NULL AND escalated_at IS NOT NULL)::int AS escalated_then_resolved,
              count(*) FILTER (WHERE resolved_at IS NOT NULL)::int AS resolved,
              count(DISTINCT kaa_unit_id) FILTER (WHERE resolved_at IS NULL AND escalated_at IS NOT NULL)::int AS units
         FROM alert`,
    );
    // Which unacknowledged alerts are still merely open and which the job's 05:00 UTC runs have
    // escalated depends on the hour the demo is seeded (the alerts are opened relative to that
    // instant): 5 were open at 21:10 UTC, more earlier the same evening. Their sum does not move.
    expect(rows[0].open).toBeGreaterThan(0);
    expect(rows[0].open + rows[0].escalated).toBeGreaterThan(25);
    expect(rows[0].acknowledged).toBeGreaterThan(20);
    expect(rows[0].escalated).toBeGreaterThan(20);
    expect(rows[0].escalated_then_resolved).toBeGreaterThan(20);
    expect(rows[0].resolved).toBeGreaterThan(100);
    // Both units' team leads have escalations waiting.
    expect(rows[0].units).toBe(2);
    for (const email of ['teamledare@demo.brygga.se', 'teamledare2@demo.brygga.se']) {
      const res = await t.graphql<{ alerts: { totalCount: number; nodes: Array<{ state: string }> } }>(
        '{ alerts(scope: ESCALATED_TO_ME, first: 50) { totalCount nodes { state } } }',
        {},
        await login(email),
      );
      expect(res.errors).toBeUndefined();
      expect({ email, escalated: res.data!.alerts.totalCount > 5 }).toEqual({ email, escalated: true });
    }
    // The evaluation job finds nothing left to escalate or end: the demo's alerts are the job's.
    const run = await t.graphql<{ evaluateAlerts: { ran: boolean; resolved: number; escalated: number } }>(
      'mutation { evaluateAlerts { ran resolved escalated } }',
      {},
      await login('teamledare@demo.brygga.se'),
    );
    expect(run.errors).toBeUndefined();
    expect(run.data!.evaluateAlerts).toEqual({ ran: true, resolved: 0, escalated: 0 });
  });

  it('gives leadership unit and sex breakdowns of the cohort with shown cells beside hidden ones', async () => {
    const token = await login('chef@demo.brygga.se');
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const now = new Date();
    const period = { from: day(new Date(now.getTime() - 364 * 86_400_000)), to: day(now) };
    const query = `query ($input: ReportInput!) { report(input: $input) {
      units { id name } rows { cells { count } } } }`;
    type Answer = {
      report: { units: Array<{ id: string; name: string }>; rows: Array<{ cells: Array<{ count: number | null }> }> };
    };
    for (const kind of ['KAA_COHORT', 'ALERTS']) {
      const whole = await t.graphql<Answer>(query, { input: { kind, ...period } }, token);
      expect(whole.errors).toBeUndefined();
      const units = whole.data!.report.units;
      expect(units.map((u) => u.name).sort()).toEqual(['KAA Väster', 'KAA-enheten']);
      const filters = [...units.map((u) => ({ kaaUnitId: u.id })), { sex: 'FEMALE' }, { sex: 'MALE' }];
      for (const filter of filters) {
        const res = await t.graphql<Answer>(query, { input: { kind, ...period, filter } }, token);
        expect(res.errors).toBeUndefined();
        const cells = res.data!.report.rows.flatMap((r) => r.cells);
        expect({
          kind,
          filter,
          shown: cells.filter((c) => c.count !== null && c.count >= 5).length >= 3,
          hidden: cells.some((c) => c.count === null),
        }).toEqual({ kind, filter, shown: true, hidden: true });
      }
    }
  });

  // List pages and the caseload's nested parts carry their rows as `to_json(row)` and build the
  // entities from that JSON (jsonHydrator) instead of TypeORM's column pass. On every table the
  // demo fills, the entity built from JSON must equal the one TypeORM loads: timestamps, dates,
  // enums, arrays, numerics and JSON columns alike.
  it('builds every entity from to_json of its row exactly as TypeORM loads it', async () => {
    const dataSource = t.api.app.get(DataSource);
    // The caseload page's nested parts are built by jsonHydrator whatever their columns.
    const parts = ['kaa_enrollment', 'contact_attempt', 'measure', 'action_plan', 'action_plan_follow_up'];
    const compared: string[] = [];
    for (const metadata of dataSource.entityMetadatas) {
      if (metadata.tableType !== 'regular' || metadata.primaryColumns.length === 0) continue;
      const build =
        jsonHydratorIfExact(metadata) ??
        (parts.includes(metadata.tableName)
          ? jsonHydrator(dataSource.manager, metadata.target as new () => ObjectLiteral)
          : undefined);
      if (!build) continue;
      const keys = metadata.primaryColumns.map((c) => `t."${c.databaseName}"`).join(', ');
      const { rows } = await t.pool.query<{ row: Record<string, unknown> }>(
        `SELECT to_json(t) AS row FROM "${metadata.tableName}" t ORDER BY ${keys} LIMIT 25`,
      );
      if (rows.length === 0) continue;
      const loaded = await dataSource.getRepository(metadata.target).find({
        where: rows.map((r) =>
          Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, r.row[c.databaseName]])),
        ),
      });
      const key = (e: ObjectLiteral): string =>
        metadata.primaryColumns.map((c) => String(c.getEntityValue(e))).join('|');
      const inOrder = (list: ObjectLiteral[]): ObjectLiteral[] =>
        [...list].sort((x, y) => key(x).localeCompare(key(y)));
      expect({ table: metadata.tableName, rows: inOrder(rows.map((r) => build(r.row))) }).toEqual({
        table: metadata.tableName,
        rows: inOrder(loaded),
      });
      compared.push(metadata.tableName);
    }
    // The tables the caseload page and the plain lists read are among them.
    expect(compared).toEqual(expect.arrayContaining(['young_person', 'organization', 'app_user', ...parts]));
  });

  it('loads only once: a second start on the same database adds nothing', async () => {
    const before = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM young_person');
    const again = await startTestApi({ db: t.db, env: { DEMO_DATA: 'true' } });
    await again.close();
    const after = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM young_person');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
