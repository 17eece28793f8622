import type { Page } from 'playwright-core';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// The administrator: the municipality's organisations and users, and adding an organisation.
describe('administrator (browser)', () => {
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

  it('lists the organisations and the users with their roles', async () => {
    await expectHeading(page, 'Administration');
    await page.getByRole('cell', { name: 'KAA-enheten' }).first().waitFor();
    await page.getByRole('cell', { name: 'Sam Samordnare' }).waitFor();
    await expectAccessible(page, 'admin-start');
  });

  it('adds an organisation, with an error summary when the form is incomplete', async () => {
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv organisationens namn.' }).waitFor();
    await expectAccessible(page, 'admin-add-organization-errors');
    await page.getByLabel('Namn', { exact: true }).fill('Fritidsgården Norr');
    await page.getByLabel('Typ', { exact: true }).selectOption('NGO');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByText('Fritidsgården Norr är tillagd.').waitFor();
    await page.getByRole('cell', { name: 'Fritidsgården Norr' }).waitFor();
  });
});
