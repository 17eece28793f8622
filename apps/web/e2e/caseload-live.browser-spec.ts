import type { Page } from 'playwright-core';

import {
  type BrowserApp,
  expectAccessible,
  expectFocused,
  expectHeading,
  menu,
  signIn,
  startBrowserApp,
  waitUntil,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const rowNames = (page: Page) => page.getByRole('table').getByRole('link').allTextContents();

// The caseload's live notice: the same coordinator in two browsers. A contact logged in the
// second reaches the first's caseload as "1 ny händelse – visa" in a polite live region; the
// rows stay exactly where they were (sorted by last contact, the changed row would move) until
// the user asks, and pressing the notice fetches the page again.
describe('caseload live updates (browser)', () => {
  let app: BrowserApp;
  let caseload: Page;
  let other: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    caseload = await app.newPage();
    await caseload.goto('/');
    await signIn(caseload, COORDINATOR);
    await expectHeading(caseload, 'Mitt arbete');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('counts changes made elsewhere without moving a row, and shows them when asked', async () => {
    await menu(caseload, 'Mina ungdomar').click();
    await expectHeading(caseload, 'Mina ungdomar');
    await caseload.getByRole('button', { name: 'Senaste kontakt' }).click();
    await waitUntil(
      async () =>
        (await caseload.getByRole('columnheader', { name: 'Senaste kontakt' }).getAttribute('aria-sort')) ===
        'ascending',
      'the caseload sorted by last contact',
    );
    await caseload.getByRole('table', { name: 'Ungdomar i ditt ansvar' }).waitFor();
    await waitUntil(
      async () => (await caseload.getByRole('table').getAttribute('aria-busy')) !== 'true',
      'the sorted page',
    );
    const before = await rowNames(caseload);
    expect(before.length).toBeGreaterThan(1);
    const first = caseload.getByRole('table').getByRole('link').first();
    const firstName = (await first.textContent()) ?? '';
    const href = (await first.getAttribute('href')) ?? '';
    // The header's bell and the caseload's subscription.
    await app.api.waitForListeners(2);

    // The same coordinator in another browser logs a contact with the first young person,
    // the one with the oldest contact: sorted again, they would move to the end.
    other = await app.newPage();
    await other.goto('/');
    await signIn(other, COORDINATOR);
    await expectHeading(other, 'Mitt arbete');
    await other.goto(href);
    await expectHeading(other, firstName);
    await app.api.waitForListeners(4);
    await other.getByLabel('Kanal').selectOption('PHONE');
    await other.getByRole('radio', { name: 'Nådd', exact: true }).check();
    await other.getByRole('button', { name: 'Spara kontaktförsöket' }).click();
    await other.getByText('Kontaktförsöket är sparat.').waitFor();

    const notice = caseload.getByRole('button', { name: '1 ny händelse – visa' });
    await notice.waitFor();
    expect(await rowNames(caseload)).toEqual(before);
    // The notice is announced politely, from a live region that was there before it.
    expect(await caseload.locator('[aria-live="polite"]', { has: notice }).count()).toBe(1);
    await expectAccessible(caseload, 'caseload-live-notice');

    // A second change (a contact attempt through the api) adds to the count.
    const token = await app.api.login({ email: COORDINATOR, password: 'brygga-demo-2026' });
    const logged = await app.api.graphql(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId: href.split('/').pop(),
          channel: 'EMAIL',
          outcome: 'NOT_REACHED',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        },
      },
      token,
    );
    expect(logged.errors).toBeUndefined();
    await caseload.getByRole('button', { name: '2 nya händelser – visa' }).click();
    await expectFocused(caseload, 'p[tabindex="-1"]');
    await waitUntil(async () => (await rowNames(caseload)).at(0) !== firstName, 'the refetched page');
    expect(await caseload.getByRole('button', { name: /händelse/ }).count()).toBe(0);
    await expectAccessible(caseload, 'caseload-live-shown');
  });
});
