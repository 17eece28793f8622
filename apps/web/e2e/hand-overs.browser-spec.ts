import type { Page } from 'playwright-core';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { register, today } from '../../../test/support/young-people';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectFocused,
  expectHeading,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

const TEAM_LEAD = 'teamledare@demo.brygga.se';
const DEMO_MUNICIPALITY_CODE = '9999';

// The receiving team lead: young people who moved here from another municipality wait on the
// start page as incoming hand-overs; one is taken into the register with a coordinator, one that
// was taken in meanwhile (elsewhere) is refused with the api's reason.
describe('incoming hand-overs (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startBrowserApp();
    // Another municipality in Brygga sends two young people who moved to the demo municipality.
    const from = await app.api.factories.municipality('Avsändarkommun');
    const kaa = await app.api.factories.organization(from.id, OrganizationKind.KAA_UNIT);
    const sender = await app.api.login(await app.api.factories.user(kaa, Role.COORDINATOR));
    for (const [key, givenName] of [
      ['first', 'Tilde'],
      ['second', 'Wilmer'],
    ] as const) {
      const person = await register(app.api, sender, { givenName, familyName: 'Flyttström' });
      const sent = await app.api.graphql<{ handOverToMunicipality: { id: string } }>(
        'mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) { id } }',
        { input: { youngPersonId: person.id, toMunicipalityCode: DEMO_MUNICIPALITY_CODE, movedOn: today() } },
        sender,
      );
      if (!sent.data) throw new Error(JSON.stringify(sent.errors));
      ids[key] = sent.data.handOverToMunicipality.id;
    }
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, TEAM_LEAD);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  const section = () => page.getByRole('region', { name: 'Inkommande överlämningar' });

  it('lists the hand-overs waiting on the team lead’s start page', async () => {
    await expectHeading(page, 'Enhetens ärenden');
    const table = section().getByRole('table', { name: 'Överlämningar att ta emot' });
    await table.getByRole('cell', { name: 'Tilde Flyttström', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'Wilmer Flyttström', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'Avsändarkommun' }).first().waitFor();
    await expectAccessible(page, 'hand-overs-incoming');
  });

  it('says so when the hand-over was taken in meanwhile', async () => {
    const token = await app.api.login({ email: TEAM_LEAD, password: DEMO_PASSWORD });
    const elsewhere = await app.api.graphql(
      'mutation ($input: AcceptHandOverInput!) { acceptHandOver(input: $input) { handOver { id } } }',
      { input: { id: ids.second } },
      token,
    );
    expect(elsewhere.errors).toBeUndefined();
    await section().getByRole('button', { name: 'Ta emot Wilmer Flyttström' }).click();
    await expectFocused(page, '#accept-hand-over-heading');
    await section().getByRole('button', { name: 'Ta emot i registret' }).click();
    await section().getByRole('alert').filter({ hasText: 'Överlämningen är redan mottagen.' }).waitFor();
    await expectAccessible(page, 'hand-overs-already-received');
    await section().getByRole('button', { name: 'Avbryt' }).click();
  });

  it('takes a young person into the register with a coordinator of the unit', async () => {
    await page.reload();
    await expectHeading(page, 'Enhetens ärenden');
    await section().getByRole('cell', { name: 'Tilde Flyttström', exact: true }).waitFor();
    expect(await section().getByRole('cell', { name: 'Wilmer Flyttström', exact: true }).count()).toBe(0);
    await section().getByRole('button', { name: 'Ta emot Tilde Flyttström' }).click();
    await expectFocused(page, '#accept-hand-over-heading');
    const coordinator = section().getByLabel('Ansvarig samordnare');
    await coordinator.getByRole('option', { name: 'Sam Samordnare' }).waitFor({ state: 'attached' });
    await coordinator.selectOption({ label: 'Sam Samordnare' });
    // Checked with the zebra-striped row's "Ta emot" hovered: ui/brygga.css gives DataTable row
    // actions an opaque hover colour that keeps 4.5:1 over the stripe and the row's own shade.
    await section().getByRole('button', { name: 'Ta emot Tilde Flyttström' }).hover();
    await expectAccessible(page, 'hand-overs-accept-form');
    await section().getByRole('button', { name: 'Ta emot i registret' }).click();
    await section().getByText('Tilde Flyttström är mottagen i registret.').waitFor();
    await section().getByText('Inga överlämningar väntar.').waitFor();
    await expectAccessible(page, 'hand-overs-accepted');

    const { rows } = await app.api.pool.query<{ email: string; registration_reason: string }>(
      `SELECT u.email, e.registration_reason
         FROM kaa_hand_over h
         JOIN young_person p ON p.id = h.received_young_person_id
         JOIN app_user u ON u.id = p.coordinator_id
         JOIN kaa_enrollment e ON e.young_person_id = p.id AND e.ended_on IS NULL
        WHERE h.id = $1`,
      [ids.first],
    );
    expect(rows).toEqual([{ email: 'samordnare@demo.brygga.se', registration_reason: 'MOVED_IN' }]);

    await section().getByRole('link', { name: 'Öppna Tilde Flyttström' }).click();
    await expectHeading(page, 'Tilde Flyttström');
  });
});
