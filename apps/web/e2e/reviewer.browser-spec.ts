import type { Page } from 'playwright-core';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// The log reviewer: the demo has an emergency access waiting in the review queue.
describe('log reviewer (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
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
});
