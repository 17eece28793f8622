import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { Client as WsClient } from 'graphql-ws';

import { startTestApi, type TestApi } from '../support/test-api';
import { recordConsent, register, today, type YoungPersonView } from '../support/young-people';

type Occupations = Array<{ kind: string; category: string }>;
interface Event {
  youngPersonChanged: { id: string; occupations: Occupations };
}

// A subscription's events one at a time: `next()` resolves with the event that arrives after it
// is called, so a test can change the record between two events.
function eventsOf(client: WsClient, query: string): { next: () => Promise<Event>; cancel: () => void } {
  const waiting: Array<(event: Event) => void> = [];
  const failures: Array<(error: Error) => void> = [];
  const cancel = client.subscribe<Event>(
    { query },
    {
      next: (value) => {
        if (value.errors) failures.shift()?.(new Error(JSON.stringify(value.errors)));
        else if (value.data) waiting.shift()?.(value.data);
      },
      error: (error) => failures.shift()?.(new Error(String(error))),
      complete: () => undefined,
    },
  );
  const next = () =>
    new Promise<Event>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event within 10 s')), 10_000);
      waiting.push((event) => {
        clearTimeout(timer);
        resolve(event);
      });
      failures.push(reject);
    });
  return { next, cancel };
}

// Every event of a subscription is a read of its own: its nested fields show the record as it is
// at that event, under the access the subscriber has at that event (not at the first one).
describe('subscription events', () => {
  let t: TestApi;
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    tokens.coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.social = await t.login(await t.factories.user(social, Role.PARTNER_CASEWORKER));
    person = await register(t, tokens.coordinator, { givenName: 'Ebba', familyName: 'Sund' });
    // The social services see the plan (and so the name) on consent; nothing about occupations.
    await recordConsent(t, tokens.coordinator, {
      youngPersonId: person.id,
      recipientOrganizationId: social.id,
      categories: ['PLAN'],
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  const QUERY = (id: string) => `subscription { youngPersonChanged(id: "${id}") { id occupations { kind category } } }`;

  async function recordOccupation(category: string): Promise<void> {
    const res = await t.graphql(
      'mutation ($input: RecordOccupationInput!) { recordOccupation(input: $input) { id } }',
      { input: { youngPersonId: person.id, kind: 'CURRENT', category, validFrom: today(), source: 'YOUNG_PERSON' } },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
  }

  const current = (event: Event) => event.youngPersonChanged.occupations.find((o) => o.kind === 'CURRENT')?.category;

  it('loads nested fields afresh for every event', async () => {
    const events = eventsOf(t.ws(tokens.coordinator), QUERY(person.id));
    try {
      await t.waitForListeners(1);
      for (const category of ['WORK', 'EDUCATION']) {
        const event = events.next();
        await recordOccupation(category);
        expect(current(await event)).toBe(category);
      }
    } finally {
      events.cancel();
      await t.waitForListeners(0);
    }
  });

  it('shows nested fields under the access the subscriber has at each event', async () => {
    const started = await t.graphql<{ startEmergencyAccess: { id: string } }>(
      'mutation ($input: StartEmergencyAccessInput!) { startEmergencyAccess(input: $input) { id } }',
      { input: { youngPersonId: person.id, reason: 'Akut oro för den unges säkerhet' } },
      tokens.social,
    );
    expect(started.errors).toBeUndefined();
    const events = eventsOf(t.ws(tokens.social), QUERY(person.id));
    try {
      await t.waitForListeners(1);
      // During the emergency access the whole record is open, occupations included.
      const during = events.next();
      await recordOccupation('OTHER_ACTIVITY');
      expect(current(await during)).toBe('OTHER_ACTIVITY');

      const ended = await t.graphql(
        'mutation ($id: ID!) { endEmergencyAccess(id: $id) { id } }',
        { id: started.data!.startEmergencyAccess.id },
        tokens.social,
      );
      expect(ended.errors).toBeUndefined();
      // Afterwards only the consent's plan (and the name) remain: the same subscription's next
      // event still arrives, without occupations.
      const after = events.next();
      await recordOccupation('WORK');
      expect((await after).youngPersonChanged.occupations).toEqual([]);
    } finally {
      events.cancel();
      await t.waitForListeners(0);
    }
  });
});
