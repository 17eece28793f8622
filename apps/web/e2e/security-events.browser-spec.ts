import type { Page } from 'playwright-core';
import request from 'supertest';

import { SecurityEventService } from '@app/core/audit';

import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

const PARTNER = 'handlaggare@demo.brygga.se';
const PROBE_ADDRESS = '198.51.100.7';

// Issue 19: the log reviewer sees the security events beside the access log. Someone guesses a
// partner's password from one address until an anomaly is raised, and a coordinator asks for
// something they may not; the reviewer is told of the anomaly on the start page, follows it to
// the account's and the address's events, and finds the refused operation by its kind.
describe('security events (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp({ SECURITY_ANOMALY_ACCOUNT_FAILURES: '3' });
    for (let i = 0; i < 4; i += 1) {
      // Not Node's fetch: it sends the headers of a browser, which may send only the app's
      // persisted operations.
      const res = await request(app.api.url)
        .post('/graphql')
        .set('x-forwarded-for', PROBE_ADDRESS)
        .send({
          query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
          variables: { input: { email: PARTNER, password: `gissning-${i}` } },
        });
      const body = res.body as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0]?.extensions?.code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const coordinator = await app.api.login({ email: 'samordnare@demo.brygga.se', password: DEMO_PASSWORD });
    const refused = await app.api.graphql('{ accessReviews { totalCount } }', {}, coordinator);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await app.api.api.app.get(SecurityEventService).flush();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'granskare@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  const table = () => page.getByRole('table', { name: 'Säkerhetshändelser, nyast först' });

  it('tells the reviewer of the anomaly on the start page and lists it', async () => {
    await expectHeading(page, 'Logggranskning');
    await page.getByText('1 avvikelse bland säkerhetshändelserna de senaste sju dygnen.').waitFor();
    await expectAccessible(page, 'security-anomaly-notice');
    await page.getByRole('link', { name: 'Visa avvikelserna' }).click();
    await expectHeading(page, 'Säkerhetshändelser');
    expect(await page.getByLabel('Händelse', { exact: true }).inputValue()).toBe('ANOMALIES');
    await page.getByRole('heading', { name: '1 händelse' }).waitFor();
    const row = table().getByRole('row').nth(1);
    await row.getByText('Upprepade försök mot ett konto').waitFor();
    await row.getByText('Avvikelse', { exact: true }).waitFor();
    await row.getByText('Hanna Handläggare', { exact: true }).waitFor();
    // The anomaly counts the failures written with it: the events are written in batches, so
    // the third failure or the fourth.
    await row.getByText(/^[34] misslyckade försök på 15 minuter\.$/).waitFor();
    // Never the e-mail address, only the account's key.
    expect(await page.getByText(PARTNER).count()).toBe(0);
    await expectAccessible(page, 'security-events-anomalies');
  });

  it('follows the anomaly to the account’s failed logins and to the address they came from', async () => {
    await table().getByRole('button', { name: 'Visa kontots händelser' }).click();
    await page.getByRole('heading', { name: '5 händelser' }).waitFor();
    await page
      .getByText(/^Konto [0-9a-f]{12}$/)
      .first()
      .waitFor();
    expect(
      await table()
        .getByRole('cell', { name: /^Misslyckad inloggning/ })
        .count(),
    ).toBe(4);
    expect(await page.getByLabel('Händelse', { exact: true }).inputValue()).toBe('');
    await expectAccessible(page, 'security-events-account');
    await table()
      .getByRole('button', { name: `Visa händelser från ${PROBE_ADDRESS}` })
      .first()
      .click();
    await page.getByText(`Adress ${PROBE_ADDRESS}`).waitFor();
    await page.getByRole('heading', { name: '4 händelser' }).waitFor();
    await waitUntil(
      async () =>
        (await table().locator('tbody tr td:nth-child(4)').allTextContents()).every((a) => a === PROBE_ADDRESS),
      'only the address’s events',
    );
    await page.getByRole('button', { name: 'Visa alla adresser' }).click();
    await page.getByRole('button', { name: 'Visa alla konton' }).click();
    await waitUntil(async () => (await page.getByText('Du visar händelser för:').count()) === 0, 'widened');
    await page.getByRole('heading', { name: /^[\d\s]+ händelser$/ }).waitFor();
  });

  it('finds the refused operation by its kind, and explains a bad period before searching', async () => {
    await page.getByRole('button', { name: 'Rensa' }).click();
    await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Nekat anrop' });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { name: '1 händelse' }).waitFor();
    await table().getByText('Anrop: query accessReviews').waitFor();
    await table().getByText('Felkod: FORBIDDEN').waitFor();
    await table().getByText('Sam Samordnare', { exact: true }).waitFor();
    await page.getByLabel('Från och med (ÅÅÅÅ-MM-DD)').fill('2026-02-30');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv datumet som ÅÅÅÅ-MM-DD.' }).waitFor();
    await waitUntil(async () => (await page.title()).startsWith('Fel:'), 'the error title');
    await expectAccessible(page, 'security-events-error');
    // A period that ended before the events leaves none.
    await page.getByLabel('Från och med (ÅÅÅÅ-MM-DD)').fill('2020-01-01');
    await page.getByLabel('Till och med (ÅÅÅÅ-MM-DD)').fill('2020-01-31');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga säkerhetshändelser matchar sökningen.').waitFor();
  });
});
