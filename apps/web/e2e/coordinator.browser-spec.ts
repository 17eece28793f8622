import type { Page } from 'playwright-core';

import { randomIdentityNumber } from '../../../test/support/young-people';
import {
  type BrowserApp,
  expectAccessible,
  expectFocused,
  expectHeading,
  expectNothingStored,
  menu,
  signIn,
  startBrowserApp,
  waitUntil,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
// The coordinator's main path in a real Chromium against the real api and the demo
// municipality: start page, caseload (filters, sorting, paging), search, registering a young
// person, the young person's page and logging a contact attempt; axe on every screen and state.
describe('coordinator (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  const requests: string[] = [];
  // The first young person of the caseload by name (the demo data gives them a history).
  let firstPerson = '';

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/');
    await signIn(page, COORDINATOR);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('opens on "Mitt arbete" with what needs doing, each item a filtered list', async () => {
    await expectHeading(page, 'Mitt arbete');
    await page.getByRole('heading', { name: 'Att göra' }).waitFor();
    await page.getByRole('link', { name: /Ej kontaktade/ }).waitFor();
    await expectAccessible(page, 'coordinator-start');
  });

  it('lists the caseload with filters, status counts, server-side sorting and paging', async () => {
    await menu(page, 'Mina ungdomar').click();
    await expectHeading(page, 'Mina ungdomar');
    await expectFocused(page, 'h1');
    const table = page.getByRole('table');
    await table.waitFor();
    await page.getByText(/^Visar 1–\d+ av \d+$/).waitFor();
    firstPerson = (await page.getByRole('table').getByRole('link').first().textContent()) ?? '';
    const nameHeader = page.getByRole('columnheader', { name: 'Namn' });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await expectAccessible(page, 'coordinator-caseload');

    await page.getByRole('button', { name: 'Fyller 20' }).click();
    await waitUntil(
      async () =>
        (await page.getByRole('columnheader', { name: 'Fyller 20' }).getAttribute('aria-sort')) === 'ascending',
      'sorting by the 20th birthday',
    );
    expect(page.url()).toContain('sortering=TWENTIETH_BIRTHDAY');
    // The page's "Fyller 20" days, once the sorted page is there (not the previous one, inert).
    const twentieths = async (): Promise<string[]> => {
      await waitUntil(async () => (await table.getAttribute('aria-busy')) !== 'true', 'the sorted page');
      return page.evaluate<string[]>(`(() => {
        const headers = [...document.querySelectorAll('table thead th')].map((th) => th.textContent.trim());
        const column = headers.findIndex((text) => text.startsWith('Fyller 20'));
        return [...document.querySelectorAll('table tbody tr')].map((tr) => tr.children[column]?.textContent ?? '');
      })()`);
    };
    const ascending = await twentieths();
    expect(ascending).toEqual([...ascending].sort());
    // The sorted column's header again reverses the order (issue 15), and says so.
    await page.getByRole('button', { name: 'Fyller 20' }).click();
    await waitUntil(
      async () =>
        (await page.getByRole('columnheader', { name: 'Fyller 20' }).getAttribute('aria-sort')) === 'descending',
      'sorting by the 20th birthday, descending',
    );
    expect(page.url()).toContain('ordning=fallande');
    const descending = await twentieths();
    expect(descending).toEqual([...descending].sort().reverse());
    if (descending.length > 1) expect(descending[0] >= ascending[0]).toBe(true);
    await expectAccessible(page, 'coordinator-caseload-descending');
    // Another column starts ascending.
    await page.getByRole('button', { name: 'Namn' }).click();
    await waitUntil(
      async () => (await nameHeader.getAttribute('aria-sort')) === 'ascending',
      'sorting by name again, ascending',
    );
    expect(page.url()).not.toContain('ordning=fallande');
    await page.getByRole('button', { name: 'Fyller 20' }).click();
    await waitUntil(
      async () =>
        (await page.getByRole('columnheader', { name: 'Fyller 20' }).getAttribute('aria-sort')) === 'ascending',
      'sorting by the 20th birthday again',
    );

    const summary = await page.getByText(/^Visar 1–\d+ av \d+$/).textContent();
    const total = Number(/av (\d[\d\s]*)$/.exec(summary ?? '')?.[1]?.replace(/\s/g, ''));
    if (total > 20) {
      await page.getByRole('button', { name: 'Nästa sida' }).click();
      await page.getByText(/^Visar 21–\d+ av \d+$/).waitFor();
      await page.getByRole('button', { name: 'Föregående sida' }).click();
      await page.getByText(/^Visar 1–\d+ av \d+$/).waitFor();
    }

    await page.getByLabel('Status', { exact: true }).selectOption('NOT_CONTACTED');
    await waitUntil(() => Promise.resolve(page.url().includes('status=NOT_CONTACTED')), 'the status filter in the URL');
    await page.getByText(/^(Visar 1–\d+ av \d+|Inga ungdomar matchar filtret\.)$/).waitFor();
    await expectAccessible(page, 'coordinator-caseload-filtered');
  });

  it('searches by name and by identity number without putting the term in a URL', async () => {
    const firstName = firstPerson;
    await menu(page, 'Sök ungdom').click();
    await expectHeading(page, 'Sök ungdom');
    await page.getByLabel('Namn eller personnummer').fill(firstName.slice(0, 3));
    await page.getByRole('button', { name: 'Sök ungdom' }).click();
    await page.getByText(/^[\d\s]+ träff(ar)?$/).waitFor();
    await expectAccessible(page, 'coordinator-search');

    // A demo young person with a history: the record with its timeline.
    await page.getByRole('table').getByRole('link', { name: firstName }).first().click();
    await expectHeading(page, firstName);
    await page.getByRole('heading', { name: 'Tidslinje' }).waitFor();
    await expectAccessible(page, 'coordinator-young-person-history');
    await page.goBack();
    await expectHeading(page, 'Sök ungdom');

    const { number } = randomIdentityNumber();
    await page.getByLabel('Namn eller personnummer').fill(number);
    await page.getByRole('button', { name: 'Sök ungdom' }).click();
    await page.getByText('Ingen ungdom matchar sökningen.').waitFor();
    const digits = number.replace(/\D/g, '');
    expect(requests.filter((url) => url.replace(/\D/g, '').includes(digits))).toEqual([]);
    expect(page.url()).not.toContain(digits.slice(-4));
  });

  it('registers a young person, with an error summary and the api errors in Swedish', async () => {
    await menu(page, 'Registrera ungdom').click();
    await expectHeading(page, 'Registrera ungdom');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByRole('link', { name: 'Fyll i förnamn.' }).waitFor();
    expect(await page.title()).toBe('Fel: Registrera ungdom – Brygga');
    await expectAccessible(page, 'coordinator-register-errors');

    await page.getByLabel('Förnamn').fill('Elin');
    await page.getByLabel('Efternamn').fill('Andersson');
    await page.getByLabel('Personnummer eller samordningsnummer').fill('20080101-1235');
    await page.getByLabel('Anledning till registrering').selectOption('DROPPED_OUT');
    await page.getByLabel('Grundskola').selectOption('COMPLETED');
    await page.getByLabel('Gymnasieskola').selectOption('DROPPED_OUT');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByRole('link', { name: 'Skriv ett giltigt personnummer eller samordningsnummer.' }).waitFor();

    const { number } = randomIdentityNumber({ age: 17 });
    await page.getByLabel('Personnummer eller samordningsnummer').fill(number);
    await page.getByLabel('Gymnasieskola').selectOption('DIPLOMA');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page
      .getByRole('link', { name: 'Ungdomen har gymnasieexamen eller motsvarande och omfattas inte.' })
      .waitFor();

    await page.getByLabel('Gymnasieskola').selectOption('DROPPED_OUT');
    // The api's refusal of a field names it as a word ("telefon"), not its label's "(valfritt)".
    await page.getByLabel('Telefon (valfritt)').fill('ring mig');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByRole('link', { name: 'Kontrollera telefon.', exact: true }).waitFor();
    await page.getByLabel('Telefon (valfritt)').fill('');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await expectHeading(page, 'Elin Andersson');
    expect(page.url()).toMatch(/\/ungdomar\/[0-9a-f-]{36}$/);
    await page.getByText('Ej kontaktad', { exact: true }).waitFor();
    await expectAccessible(page, 'coordinator-young-person');
  });

  it('logs a contact attempt on the young person’s page and shows it in the timeline', async () => {
    await page.getByRole('button', { name: 'Spara kontaktförsöket' }).click();
    await page.getByRole('link', { name: 'Välj resultat.' }).waitFor();
    await expectAccessible(page, 'coordinator-contact-errors');
    await page.getByLabel('Kanal').selectOption('TEXT_MESSAGE');
    await page.getByRole('radio', { name: 'Nådd', exact: true }).check();
    await page.getByLabel('Sysselsättning som framkom (valfritt)').selectOption('WORK');
    await page.getByRole('button', { name: 'Spara kontaktförsöket' }).click();
    await page.getByText('Kontaktförsöket är sparat.').waitFor();
    await page.getByText('Sms: nådd').waitFor();
    await page.getByText('Sysselsättning: Arbete').waitFor();
    await expectAccessible(page, 'coordinator-contact-logged');
    await expectNothingStored(page);
  });

  it('shows a change made elsewhere without a reload (graphql-ws subscription)', async () => {
    const youngPersonId = /\/ungdomar\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    const token = await app.api.login({ email: COORDINATOR, password: 'brygga-demo-2026' });
    // The page's subscription is open once the api has a listener for it (the header's
    // notification bell has one of its own).
    await app.api.waitForListeners(2);
    const logged = await app.api.graphql(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId,
          channel: 'HOME_VISIT',
          outcome: 'DECLINED',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        },
      },
      token,
    );
    expect(logged.errors).toBeUndefined();
    await page.getByText('Hembesök: avböjde').waitFor();
    await page.getByText(/^Uppgifterna uppdaterades /).waitFor({ state: 'attached' });
  });

  it('says the session expired when the api stops accepting it, and keeps nothing', async () => {
    // The user is disabled and every refresh token revoked: the next request fails, the
    // refresh through the cookie fails too, and the app signs out with a clear message.
    await app.api.pool.query(
      `UPDATE app_user SET disabled_at = now() WHERE email = $1;
       UPDATE refresh_token SET revoked_at = now() WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`.replace(
        /\$1/g,
        `'${COORDINATOR}'`,
      ),
    );
    await menu(page, 'Mina ungdomar').click();
    await page.getByRole('alert').filter({ hasText: 'Din session har gått ut' }).waitFor();
    await expectHeading(page, 'Logga in');
    await expectAccessible(page, 'session-expired');
    await expectNothingStored(page);
  });
});
