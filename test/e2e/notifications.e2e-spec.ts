import { AlertEvaluationService } from '@app/alerts';
import { Role } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { NotificationsService } from '@app/notifications';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestUser } from '../support/factories';
import { nextResults, startTestApi, type TestApi } from '../support/test-api';

const SUBSCRIPTION = 'subscription { notificationAdded { id kind count link readAt } }';
const LIST = 'query ($unread: Boolean!) { notifications(unreadOnly: $unread) { totalCount nodes { id kind count } } }';
const MARK = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`;
const OUTBOX = '{ emailOutbox { totalCount nodes { toAddress kind subject body status } } }';

interface Added {
  notificationAdded: { id: string; kind: string; count: number; link: string; readAt: string | null };
}

// Notifications over the api: only the recipient receives, lists and marks theirs (marking is
// audited); the outbox is the admin's.
describe('notifications (e2e)', () => {
  let t: TestApi;
  let first: TestUser;
  let second: TestUser;
  let admin: TestUser;
  let foreign: TestUser;

  beforeAll(async () => {
    t = await startTestApi({ env: { PUBLIC_BASE_URL: 'https://brygga.test' } });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    first = await t.factories.user(kaa, Role.COORDINATOR);
    second = await t.factories.user(kaa, Role.COORDINATOR);
    admin = await t.factories.user(kaa, Role.ADMIN);
    const other = await t.factories.municipality();
    foreign = await t.factories.user(await t.factories.organization(other.id), Role.COORDINATOR);
  });
  afterAll(async () => {
    await t.close();
  });

  // What the alert evaluation's hook does after a run, in a transaction of its own here.
  const record = (userId: string, municipalityId: string, opened: number, escalated: number) =>
    t.api.app
      .get(TransactionHost)
      .run(
        () =>
          t.api.app
            .get(NotificationsService)
            .recordAlertChanges(new Date(), [{ municipalityId, userId, opened, escalated }]),
        { requireAudit: false },
      );

  it('delivers a new notification to its recipient only', async () => {
    await t.waitForListeners(0);
    const mine = nextResults<Added>(t.ws(await t.login(first)), SUBSCRIPTION, 1);
    const colleague = nextResults<Added>(t.ws(await t.login(second)), SUBSCRIPTION, 1, 2_000);
    const stranger = nextResults<Added>(t.ws(await t.login(foreign)), SUBSCRIPTION, 1, 2_000);
    await t.waitForListeners(3);
    await record(first.id, first.municipalityId, 3, 0);
    const [added] = await mine.results;
    expect(added?.notificationAdded).toMatchObject({ kind: 'ALERTS_OPENED', count: 3, link: '/', readAt: null });
    await expect(colleague.results).rejects.toThrow(/timed out with 0\/1/);
    await expect(stranger.results).rejects.toThrow(/timed out with 0\/1/);
  });

  it('lists and marks only the caller’s own, audited', async () => {
    await record(first.id, first.municipalityId, 1, 2);
    const token = await t.login(first);
    const list = await t.graphql<{ notifications: { totalCount: number; nodes: Array<{ id: string; kind: string }> } }>(
      LIST,
      { unread: true },
      token,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.notifications.totalCount).toBe(3);
    expect(list.data?.notifications.nodes.map((n) => n.kind).sort()).toEqual([
      'ALERTS_ESCALATED',
      'ALERTS_OPENED',
      'ALERTS_OPENED',
    ]);
    const ids = list.data?.notifications.nodes.map((n) => n.id) ?? [];

    const otherToken = await t.login(second);
    const none = await t.graphql(LIST, { unread: false }, otherToken);
    expect(none.data).toEqual({ notifications: { totalCount: 0, nodes: [] } });
    // Someone else's ids are left alone.
    const theirs = await t.graphql(MARK, { input: { ids } }, otherToken);
    expect(theirs.data).toEqual({ markNotificationsRead: { marked: 0, unreadCount: 0 } });

    const neither = await t.graphql(MARK, { input: {} }, token);
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const one = await t.graphql(MARK, { input: { ids: [ids[0]] } }, token);
    expect(one.data).toEqual({ markNotificationsRead: { marked: 1, unreadCount: 2 } });
    const all = await t.graphql(MARK, { input: { all: true } }, token);
    expect(all.data).toEqual({ markNotificationsRead: { marked: 2, unreadCount: 0 } });
    const { rows } = await t.pool.query<{ summary: { marked: number; all: boolean } }>(
      `SELECT summary FROM audit_event WHERE action = 'notification.mark_read' AND actor_user_id = $1 ORDER BY seq`,
      [first.id],
    );
    expect(rows.map((r) => [r.summary.marked, r.summary.all])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('is wired to the alert evaluation: a run that opens alerts tells their owner', async () => {
    const m = await t.factories.municipality();
    const unit = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const lead = await t.factories.user(unit, Role.TEAM_LEAD);
    // No coordinator for weeks: the team lead owns the alert.
    const { rows } = await t.pool.query<{ id: string }>(
      `INSERT INTO young_person (municipality_id, personal_identity_number, coordination_number, date_of_birth,
         given_name, family_name, kaa_unit_id) VALUES ($1, $2, false, '2008-03-01', 'Test', 'Larmsson', $3) RETURNING id`,
      [m.id, makeIdentityNumber('2008-03-01', 77), unit.id],
    );
    await t.pool.query(
      `INSERT INTO kaa_enrollment (municipality_id, young_person_id, registered_on, registration_reason, status)
       VALUES ($1, $2, (now() - interval '40 days')::date, 'DROPPED_OUT', 'NOT_CONTACTED')`,
      [m.id, rows[0]?.id],
    );
    await t.api.app.get(AlertEvaluationService).runOnce();
    const opened = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM alert WHERE owner_user_id = $1', [
      lead.id,
    ]);
    expect(opened.rows[0]?.n).toBeGreaterThan(0);
    const list = await t.graphql(LIST, { unread: true }, await t.login(lead));
    expect(list.data).toMatchObject({
      notifications: { totalCount: 1, nodes: [{ kind: 'ALERTS_OPENED', count: opened.rows[0]?.n }] },
    });
  });

  it('shows the outbox to the admin only: counts and links', async () => {
    const outbox = await t.graphql<{
      emailOutbox: { totalCount: number; nodes: Array<{ toAddress: string; body: string; status: string }> };
    }>(OUTBOX, {}, await t.login(admin));
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.emailOutbox.totalCount).toBe(3);
    expect(outbox.data?.emailOutbox.nodes.every((n) => n.toAddress === first.email && n.status === 'PENDING')).toBe(
      true,
    );
    expect(outbox.data?.emailOutbox.nodes.map((n) => n.body).join('\n')).toContain('https://brygga.test/');
    const refused = await t.graphql(OUTBOX, {}, await t.login(first));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
