import type { Page } from 'playwright-core';

import { type BrowserApp, expectAccessible, expectHeading, menu, signIn, startBrowserApp } from './support/browser';

// Retention in a real Chromium (issue 19): the admin opens Gallring, is told what is wrong with a
// rule's years (error summary), enables the notifications' rule, sees the dry run as counts, runs
// a disposal after a confirmation and reads the protocols; axe on every state.
describe('retention (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'admin@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('lists every class with its rule, none enabled', async () => {
    await expectHeading(page, 'Administration');
    await menu(page, 'Gallring').click();
    await expectHeading(page, 'Gallring');
    const rules = page.getByRole('table', { name: 'Gallringsregler per typ av uppgift' });
    for (const name of ['Signaler från skolor', 'Notiser', 'Åtkomstlogg', 'Ändringslogg']) {
      await rules.getByRole('row').filter({ hasText: name }).filter({ hasText: 'Av' }).waitFor();
    }
    await page.getByText('Inget har gallrats än.').waitFor();
    await expectAccessible(page, 'retention-start');
  });

  it('summarises bad years, then enables the notifications’ rule', async () => {
    await page.getByLabel('Typ av uppgift', { exact: true }).selectOption({ label: 'Notiser' });
    await page.getByLabel('Gallras efter (år)', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Spara regel' }).click();
    await page.getByRole('link', { name: 'Skriv antal år som ett heltal, minst 1 och högst 100.' }).waitFor();
    await expectAccessible(page, 'retention-errors');
    await page.getByLabel('Gallras efter (år)', { exact: true }).fill('1');
    await page.getByLabel('Gallra enligt regeln').check();
    await page.getByRole('button', { name: 'Spara regel' }).click();
    await page.getByText('Regeln för Notiser är sparad.').waitFor();
    await page
      .getByRole('table', { name: 'Gallringsregler per typ av uppgift' })
      .getByRole('row')
      .filter({ hasText: 'Notiser' })
      .filter({ hasText: 'På' })
      .waitFor();
    await expectAccessible(page, 'retention-saved');
  });

  it('shows the dry run as counts and disposes after a confirmation', async () => {
    await page.getByRole('button', { name: 'Visa antal' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^Notiser: \d+$/ })
      .waitFor();
    await page.getByRole('button', { name: 'Gallra nu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gallra nu?' });
    await dialog.waitFor();
    await expectAccessible(page, 'retention-confirm');
    await dialog.getByRole('button', { name: 'Gallra', exact: true }).click();
    await page.getByText(/^Gallringen är klar/).waitFor();
    await expectAccessible(page, 'retention-done');
  });
});
