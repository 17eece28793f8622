import type { Page } from 'playwright-core';

import {
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

// The team lead: the unit's caseloads per coordinator, one coordinator's list, and
// reassigning a young person to another coordinator.
describe('team lead (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'teamledare@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the caseloads per coordinator with their sizes', async () => {
    await expectHeading(page, 'Enhetens ärenden');
    await page.getByRole('link', { name: 'Sam Samordnare' }).waitFor();
    await page.getByRole('columnheader', { name: 'Ungdomar' }).waitFor();
    await expectAccessible(page, 'team-lead-start');
  });

  it('opens one coordinator’s list and reassigns a young person', async () => {
    await page.getByRole('link', { name: 'Sam Samordnare' }).click();
    await expectHeading(page, 'Enhetens ungdomar');
    await waitUntil(() => Promise.resolve(/samordnare=[0-9a-f-]{36}/.test(page.url())), 'the coordinator filter');
    const person = page.getByRole('table').getByRole('link').first();
    const name = (await person.textContent()) ?? '';
    await person.click();
    await expectHeading(page, name);
    await page.getByRole('button', { name: 'Byt samordnare' }).click();
    await page.getByText('Nu ansvarig: Sam Samordnare').waitFor();
    await page.getByLabel('Samordnare', { exact: true }).selectOption({ label: 'Sara Samordnare' });
    await page.getByRole('button', { name: 'Spara ny samordnare' }).click();
    await page.getByText('Ny samordnare är sparad.').waitFor();
    await expectAccessible(page, 'team-lead-reassigned');
    const { rows } = await app.api.pool.query<{ display_name: string }>(
      `SELECT u.display_name FROM young_person p JOIN app_user u ON u.id = p.coordinator_id
        WHERE p.id = $1`,
      [/\/ungdomar\/([0-9a-f-]{36})$/.exec(page.url())?.[1]],
    );
    expect(rows.map((r) => r.display_name)).toEqual(['Sara Samordnare']);
  });
});
