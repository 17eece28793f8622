import { DataSource } from 'typeorm';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { register, type YoungPersonView } from '../support/young-people';

const ORGANIZATIONS = 12;
const SOCKETS_PER_PARTNER = 5;
const EVENTS = 8;
const SUBSCRIPTION = (id: string) => `subscription { youngPersonChanged(id: "${id}") { id givenName } }`;

// Issue 19: an event to many partner subscribers. Each delivery's access-log row needs the
// consent its ground rests on, and that lookup was one statement per delivery (here 12 partners
// x 5 sockets x 8 events = 480). Deliveries now share it (AccessLogService.sharedFacts), while
// access is still decided per subscriber at every event: a partner whose consent is withdrawn
// gets nothing more from the next event on, and every delivery still has its row and ground.
describe('partner subscriptions under a burst of events', () => {
  let t: TestApi;
  let person: YoungPersonView;
  let coordinator: string;
  const partners: Array<{ userId: string; organizationId: string; token: string; consentId: string }> = [];
  // Statements that look up the access log's grounds (the per-response and the shared form both
  // select `covered_case`), counted through TypeORM's logger, which counts every statement.
  let groundStatements = 0;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    person = await register(t, coordinator, { givenName: 'Selma', familyName: 'Berg' });
    for (let i = 0; i < ORGANIZATIONS; i += 1) {
      const organization = await t.factories.organization(
        m.id,
        i % 2 === 0 ? OrganizationKind.EMPLOYMENT_SERVICE : OrganizationKind.SOCIAL_SERVICES,
        `Partner ${i}`,
      );
      const user = await t.factories.user(organization, Role.PARTNER_CASEWORKER);
      const res = await t.graphql<{ recordConsent: { id: string } }>(
        'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        {
          input: {
            youngPersonId: person.id,
            recipientOrganizationId: organization.id,
            categories: ['PLAN'],
            purpose: 'Stöd',
            givenBy: 'YOUNG_PERSON',
            form: 'ORAL',
          },
        },
        coordinator,
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      partners.push({
        userId: user.id,
        organizationId: organization.id,
        token: await t.login(user),
        consentId: res.data.recordConsent.id,
      });
    }
    const logger = t.api.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (query.includes('AS covered_case')) groundStatements += 1;
      logQuery(query, parameters, runner);
    };
  });

  afterAll(async () => {
    await t?.close();
  });

  const change = async () => {
    const res = await t.graphql(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          channel: 'LETTER',
          occurredAt: new Date().toISOString(),
          outcome: 'NOT_REACHED',
        },
      },
      coordinator,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };

  async function settled(received: () => number, expected: number): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (received() < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    // A little longer: nothing more may arrive than expected.
    await new Promise((r) => setTimeout(r, 300));
  }

  const logRows = async (userId: string) => {
    const { rows } = await t.pool.query<{ ground: string; consent_ids: string[] }>(
      `SELECT ground::text AS ground, consent_ids FROM access_log
        WHERE user_id = $1 AND operation = 'subscription youngPersonChanged'`,
      [userId],
    );
    return rows;
  };

  it('shares the consent-ground lookups of a burst, stops a withdrawn partner at once, and logs every delivery', async () => {
    const received = new Map<string, number>(partners.map((p) => [p.userId, 0]));
    const cancels: Array<() => void> = [];
    for (const partner of partners) {
      for (let s = 0; s < SOCKETS_PER_PARTNER; s += 1) {
        const client = t.ws(partner.token);
        cancels.push(
          client.subscribe(
            { query: SUBSCRIPTION(person.id) },
            {
              next: (value) => {
                if (value.errors) throw new Error(JSON.stringify(value.errors));
                received.set(partner.userId, (received.get(partner.userId) ?? 0) + 1);
              },
              error: () => undefined,
              complete: () => undefined,
            },
          ),
        );
      }
    }
    const subscribers = ORGANIZATIONS * SOCKETS_PER_PARTNER;
    await t.waitForListeners(subscribers);
    const total = () => [...received.values()].reduce((a, b) => a + b, 0);

    groundStatements = 0;
    for (let e = 0; e < EVENTS; e += 1) await change();
    await settled(total, subscribers * EVENTS);
    expect(total()).toBe(subscribers * EVENTS);
    // One lookup per delivery was subscribers x EVENTS (480); shared, a few per event, however
    // many subscribers (about 3.5 per event measured with 30 sockets and with 60).
    expect(groundStatements).toBeLessThanOrEqual(EVENTS * 5);

    for (const partner of partners) {
      const rows = await logRows(partner.userId);
      expect(rows).toHaveLength(SOCKETS_PER_PARTNER * EVENTS);
      for (const row of rows) expect(row).toEqual({ ground: 'CONSENT', consent_ids: [partner.consentId] });
    }

    // Partner 0's consent is withdrawn: from the next event on, it receives nothing.
    const [withdrawn] = partners;
    if (!withdrawn) throw new Error('no partner');
    const res = await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId: withdrawn.consentId } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    // Whatever the withdrawal's own event delivered settles first.
    await new Promise((r) => setTimeout(r, 500));
    const before = new Map(received);
    for (let e = 0; e < EVENTS; e += 1) await change();
    const others = (ORGANIZATIONS - 1) * SOCKETS_PER_PARTNER;
    const beforeTotal = [...before.values()].reduce((a, b) => a + b, 0);
    await settled(total, beforeTotal + others * EVENTS);
    expect(received.get(withdrawn.userId)).toBe(before.get(withdrawn.userId));
    for (const partner of partners.slice(1)) {
      expect(received.get(partner.userId)).toBe((before.get(partner.userId) ?? 0) + SOCKETS_PER_PARTNER * EVENTS);
    }
    // Every delivery has its row on its ground; the withdrawn partner has no more rows.
    const withdrawnRows = await logRows(withdrawn.userId);
    expect(withdrawnRows).toHaveLength(before.get(withdrawn.userId) ?? -1);
    for (const partner of partners.slice(1)) {
      const rows = await logRows(partner.userId);
      expect(rows).toHaveLength(received.get(partner.userId) ?? -1);
      for (const row of rows) expect(row).toEqual({ ground: 'CONSENT', consent_ids: [partner.consentId] });
    }
    for (const cancel of cancels) cancel();
  });
});
