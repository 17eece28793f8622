import type { Page } from 'playwright-core';

import { randomIdentityNumber, stockholmDay } from '../../../test/support/young-people';
import {
  chooseOrganization,
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';

// Issue 15: in a region with more than 100 organisations the consent and refusal choosers still
// reach every partner. 120 partner organisations are added, sorting before the demo's, so that
// "Aaa Partner 120" and Arbetsförmedlingen are past the first 100 by name; both are found by a
// search on the server, chosen, and named by the api on the young person's page afterwards.
describe('organisation pickers past the first 100 (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  const section = (name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    app = await startBrowserApp();
    await app.api.pool.query(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       SELECT municipality_id, 'Aaa Partner ' || lpad(g::text, 3, '0'), 'NGO', secrecy_domain
         FROM organization, generate_series(1, 120) g WHERE name = 'Arbetsförmedlingen'`,
    );
    const token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const { number } = randomIdentityNumber({ age: 18 });
    const registered = await app.api.graphql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Vera',
          familyName: 'Väljare',
          personalIdentityNumber: number,
          enrollment: {
            registeredOn: stockholmDay(new Date(Date.now() - 10 * 86_400_000)),
            reason: 'DROPPED_OUT',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
          },
        },
      },
      token,
    );
    expect(registered.errors).toBeUndefined();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
    await page.goto(`/ungdomar/${registered.data?.registerYoungPerson.id ?? ''}`);
    await expectHeading(page, 'Vera Väljare');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('records a consent to an organisation past the first 100, found on the server', async () => {
    const consents = section('Samtycken');
    await consents.getByRole('button', { name: 'Registrera samtycke' }).click();
    const recipient = consents.getByRole('combobox', { name: 'Organisation som får ta del av uppgifterna' });
    // More matches than shown: the first 20 by name, and a word on typing more.
    await recipient.fill('aaa partner');
    await consents.getByText('120 organisationer matchar, de första 20 visas. Skriv mer av namnet.').waitFor();
    expect(await consents.getByRole('option').count()).toBe(20);
    await recipient.fill('Ingen sådan');
    await consents.getByText('Ingen organisation heter något med ”Ingen sådan”.').waitFor();
    // The unit that holds the case is not a partner, though its name matches.
    await recipient.fill('KAA-enh');
    await consents.getByText('Ingen organisation heter något med ”KAA-enh”.').waitFor();
    expect(await consents.getByRole('option', { name: 'KAA-enheten' }).count()).toBe(0);
    // The 120th partner, chosen with the keyboard.
    await recipient.fill('PARTNER 120');
    await consents.getByRole('option', { name: 'Aaa Partner 120' }).waitFor();
    await expectAccessible(page, 'organization-picker-matches');
    await recipient.press('ArrowDown');
    await recipient.press('Enter');
    await consents.getByRole('button', { name: 'Ta bort Aaa Partner 120' }).waitFor();
    await consents.getByRole('checkbox', { name: 'Plan' }).check();
    await consents.getByLabel('Syfte med delningen').fill('Stöd hos föreningen');
    await consents.getByRole('button', { name: 'Spara samtycket' }).click();
    await consents.getByText('Samtycket är sparat.').waitFor();
    // Named by the api, though the page's own list of organisations stops at 100.
    await consents.getByRole('heading', { name: 'Aaa Partner 120 Gäller' }).waitFor();
    const { rows } = await app.api.pool.query<{ consents: number }>(
      `SELECT count(*)::int AS consents FROM consent c JOIN organization o ON o.id = c.recipient_organization_id
        WHERE o.name = 'Aaa Partner 120'`,
    );
    expect(rows[0]?.consents).toBe(1);
    await expectAccessible(page, 'organization-picker-consent-saved');
  });

  it('records a refusal for Arbetsförmedlingen, past the first 100, and names it', async () => {
    const consents = section('Samtycken');
    await consents.getByRole('button', { name: 'Registrera nej' }).click();
    await chooseOrganization(consents, 'Organisation', 'Arbetsförmedlingen', 'arbetsförmedl');
    await consents
      .getByRole('group', { name: 'Uppgifter som inte får delas' })
      .getByRole('checkbox', { name: 'Signaler och oro' })
      .check();
    await consents.getByRole('button', { name: 'Spara nejet' }).click();
    await consents.getByText('Nejet är sparat.').waitFor();
    await consents.getByText('Arbetsförmedlingen: Signaler och oro').waitFor();
  });
});
