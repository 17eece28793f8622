import type { Page } from 'playwright-core';

import {
  expectAccessible,
  expectFocused,
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
    // The form replaces its button and takes focus to the choice (WCAG 2.4.3).
    await expectFocused(page, '#reassign-coordinator');
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

  it('moves several selected young people at once and says per row what happened', async () => {
    await page.getByRole('link', { name: 'Enhetens ungdomar' }).click();
    await expectHeading(page, 'Enhetens ungdomar');
    const boxes = page.getByRole('checkbox', { name: /^Välj / });
    await boxes.first().waitFor();
    const names: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const link = page.locator('tbody tr').nth(i).getByRole('link');
      names.push((await link.textContent()) ?? '');
      ids.push(/\/ungdomar\/([0-9a-f-]{36})$/.exec((await link.getAttribute('href')) ?? '')?.[1] ?? '');
      await boxes.nth(i).check();
    }
    await page.getByText('3 ungdomar valda.').waitFor();
    await expectAccessible(page, 'team-lead-bulk-selected');
    await page.getByRole('button', { name: 'Flytta 3 ungdomar' }).click();
    await page.getByRole('link', { name: 'Välj en samordnare.' }).waitFor();
    await expectAccessible(page, 'team-lead-bulk-error');
    // Someone else changes the second one meanwhile: its move is refused, the others go through.
    await app.api.pool.query('UPDATE young_person SET version = version + 1 WHERE id = $1', [ids[1]]);
    await page.getByLabel('Ny ansvarig samordnare').selectOption({ label: 'Sixten Samordnare' });
    await page.getByRole('button', { name: 'Flytta 3 ungdomar' }).click();
    await page.getByText(/^[0-3] av 3 flyttade till Sixten Samordnare\.$/).waitFor();
    await page.getByRole('heading', { name: 'Resultat per ungdom' }).waitFor();
    await page.getByText(`✗ ${names[1]}: inte flyttad. Någon annan har ändrat uppgiften`, { exact: false }).waitFor();
    await expectAccessible(page, 'team-lead-bulk-result');
    const { rows: after } = await app.api.pool.query<{ id: string; coordinator: string | null }>(
      `SELECT p.id, u.display_name AS coordinator
         FROM young_person p LEFT JOIN app_user u ON u.id = p.coordinator_id WHERE p.id = ANY($1)`,
      [ids],
    );
    const coordinatorOf = new Map(after.map((r) => [r.id, r.coordinator]));
    expect(coordinatorOf.get(ids[0])).toBe('Sixten Samordnare');
    expect(coordinatorOf.get(ids[2])).toBe('Sixten Samordnare');
  });

  // Last (the added people would crowd the coordinator choices above): with 120 more people in
  // the unit, sorting before the demo's, each coordinator is still named on the start page (the
  // loads name their coordinators; the page used to name only the unit's first 100 users).
  it('names every coordinator with a caseload, past the first 100 people of the unit', async () => {
    await app.api.pool.query(
      `WITH unit AS (
         SELECT m.municipality_id, m.organization_id FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE u.email = 'teamledare@demo.brygga.se' AND m.ended_at IS NULL LIMIT 1
       ), added AS (
         INSERT INTO app_user (municipality_id, email, display_name)
         SELECT unit.municipality_id, 'aaa-team' || g || '@demo.brygga.se', 'Aaa Teamkollega ' || lpad(g::text, 3, '0')
           FROM unit, generate_series(1, 120) g RETURNING id, municipality_id
       )
       INSERT INTO membership (municipality_id, user_id, organization_id, role)
       SELECT added.municipality_id, added.id, unit.organization_id, 'COORDINATOR' FROM added, unit`,
    );
    await page.getByRole('link', { name: 'Enhetens ärenden' }).click();
    await expectHeading(page, 'Enhetens ärenden');
    await page.getByRole('link', { name: 'Sam Samordnare' }).waitFor();
    await page.getByRole('link', { name: 'Sixten Samordnare' }).waitFor();
    expect(await page.getByText('Okänd samordnare').count()).toBe(0);
  });
});
