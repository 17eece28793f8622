import type { Page } from 'playwright-core';

import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

// The log reviewer: the demo has an emergency access waiting in the review queue.
describe('log reviewer (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    // Reads to review: the partner reads the young people who share with it (ground CONSENT).
    const partner = await app.api.login({ email: 'handlaggare@demo.brygga.se', password: DEMO_PASSWORD });
    const list = await app.api.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(first: 3) { nodes { id } } }',
      {},
      partner,
    );
    for (const { id } of list.data?.caseload.nodes ?? []) {
      await app.api.graphql('query($id: ID!) { youngPerson(id: $id) { id givenName } }', { id }, partner);
    }
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

  it('shows the review queue with the emergency access and its reason', async () => {
    await expectHeading(page, 'Logggranskning');
    await page.getByRole('heading', { name: /^Att granska \(\d+\)$/ }).waitFor();
    await page.getByText('Nödåtkomst', { exact: true }).first().waitFor();
    await page
      .getByText(/^Angivet skäl: /)
      .first()
      .waitFor();
    await expectAccessible(page, 'reviewer-queue');
  });

  it('closes a review with an outcome, which is required', async () => {
    const before = await page.getByRole('heading', { name: /^Att granska/ }).textContent();
    await page.getByRole('button', { name: 'Avsluta granskningen' }).first().click();
    await page.getByText('Välj ett utfall.').first().waitFor();
    await expectAccessible(page, 'reviewer-outcome-required');
    await page.getByRole('radio', { name: 'Befogad' }).first().check();
    await page.getByRole('button', { name: 'Avsluta granskningen' }).first().click();
    const count = Number(/\((\d+)\)/.exec(before ?? '')?.[1]);
    await page.getByRole('heading', { name: `Att granska (${count - 1})` }).waitFor();
  });

  it('searches the access log by ground, user and period, with an error summary for a bad date', async () => {
    await page.getByRole('link', { name: 'Åtkomstlogg' }).click();
    await expectHeading(page, 'Sök i åtkomstloggen');
    await page.getByRole('heading', { name: /^\d+ läsningar$/ }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'reviewer-access-log');
    await page.getByLabel('Grund', { exact: true }).selectOption({ label: 'Samtycke' });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await waitUntil(async () => {
      const grounds = await page.locator('tbody tr td:nth-child(4)').allTextContents();
      return grounds.length > 0 && grounds.every((g) => g === 'Samtycke');
    }, 'only reads on consent');
    await page.getByRole('button', { name: 'Visa Hanna Handläggares läsningar' }).first().click();
    await waitUntil(
      async () => (await page.getByLabel('Användare', { exact: true }).inputValue()).length === 36,
      'the user filter',
    );
    await page.getByLabel('Från och med (ÅÅÅÅ-MM-DD)').fill('2026-13-01');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv datumet som ÅÅÅÅ-MM-DD.' }).waitFor();
    await waitUntil(async () => (await page.title()).startsWith('Fel:'), 'the error title');
    await expectAccessible(page, 'reviewer-access-log-error');
    await page.getByLabel('Från och med (ÅÅÅÅ-MM-DD)').fill('2020-01-01');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { name: /^[1-9]\d* läsningar$/ }).waitFor();
    await page
      .getByRole('button', { name: /^Visa ungdomens läsningar/ })
      .first()
      .click();
    await waitUntil(
      async () => (await page.getByLabel('Ungdomens id').inputValue()).length === 36,
      'the young person filter',
    );
  });

  it('shows the month’s sample and records a sampled read as reviewed', async () => {
    await page.getByRole('link', { name: 'Stickprov' }).click();
    await expectHeading(page, 'Månadens stickprov');
    await page.getByRole('heading', { name: /^[1-9]\d* läsningar i stickprovet$/ }).waitFor();
    await expectAccessible(page, 'reviewer-sample');
    await page.getByLabel('Utfall').first().selectOption({ label: 'Befogad' });
    await page.getByRole('button', { name: 'Spara granskningen' }).first().click();
    await page.getByText('Granskad: Befogad').first().waitFor();
    const { rows } = await app.api.pool.query<{ count: string }>(
      "SELECT count(*) FROM access_review WHERE kind = 'RANDOM_SAMPLE' AND status = 'CLOSED'",
    );
    expect(rows[0]?.count).toBe('1');
  });

  it('lists closed reviews with their outcome and reviewer', async () => {
    await page.getByRole('link', { name: 'Avslutade granskningar' }).click();
    await expectHeading(page, 'Avslutade granskningar');
    await page.getByText('2 avslutade granskningar').waitFor();
    await page.getByRole('cell', { name: 'Stickprov' }).waitFor();
    await page.getByRole('cell', { name: 'Nödåtkomst' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Greta Granskare' }).count()).toBe(2);
    await expectAccessible(page, 'reviewer-closed');
  });
});
