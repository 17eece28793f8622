import type { Page } from 'playwright-core';

import {
  chooseOrganization,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

// The administrator: the municipality's organisations (adding, renaming) and users (searching,
// paging, editing, disabling), the catalogues and the settings.
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
    await page.getByRole('cell', { name: 'Fritidsgården Norr', exact: true }).waitFor();
  });

  it('renames an organisation, with an error summary and a conflict that keeps what was typed', async () => {
    await page.getByRole('button', { name: 'Byt namn på Fritidsgården Norr' }).click();
    await page.getByRole('heading', { name: 'Byt namn på Fritidsgården Norr' }).waitFor();
    await waitUntil(
      async () => page.evaluate<boolean>("document.activeElement?.id === 'rename-org-heading'"),
      'focus on the form',
    );
    await expectAccessible(page, 'admin-rename-organization');
    await page.getByLabel('Nytt namn').fill(' ');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv organisationens nya namn.' }).waitFor();
    await expectAccessible(page, 'admin-rename-organization-errors');

    // Another admin renames it meanwhile: the save is refused, the typed name stays, and the
    // next save is made against the current version.
    await app.api.pool.query(
      "UPDATE organization SET name = 'Fritidsgården N', version = version + 1 WHERE name = 'Fritidsgården Norr'",
    );
    await page.getByLabel('Nytt namn').fill('Fritidsgården Nord');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Någon annan har ändrat organisationen medan du skrev\./).waitFor();
    await page.getByRole('cell', { name: 'Fritidsgården N', exact: true }).waitFor();
    expect(await page.getByLabel('Nytt namn').inputValue()).toBe('Fritidsgården Nord');
    await expectAccessible(page, 'admin-rename-organization-conflict');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Fritidsgården N heter nu Fritidsgården Nord.').waitFor();
    await page.getByRole('cell', { name: 'Fritidsgården Nord', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: /^Byt namn på/ }).count()).toBe(0);
    await expectAccessible(page, 'admin-organization-renamed');
    const { rows } = await app.api.pool.query<{ name: string }>(
      "SELECT name FROM organization WHERE name LIKE 'Fritidsgården%'",
    );
    expect(rows).toEqual([{ name: 'Fritidsgården Nord' }]);
    const audit = await app.api.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'organization.update'",
    );
    expect(audit.rows[0]?.n).toBe(1);
  });

  it('creates a user, gives a role, changes it and ends a membership', async () => {
    await page.getByRole('link', { name: 'Användare', exact: true }).click();
    await expectHeading(page, 'Användare och roller');
    await page.getByRole('cell', { name: 'Sam Samordnare', exact: true }).waitFor();
    await expectAccessible(page, 'admin-users');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv användarens namn.' }).waitFor();
    await page.getByRole('link', { name: 'Skriv en giltig e-postadress.' }).waitFor();
    await expectAccessible(page, 'admin-user-errors');
    await page.getByLabel('Namn', { exact: true }).fill('Nils Nyanställd');
    await page.getByLabel('E-postadress', { exact: true }).fill('nils@demo.brygga.se');
    await page.getByLabel('Lösenord (valfritt)').fill('ett-langt-losenord-2026');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByText('Nils Nyanställd är tillagd. Ge användaren en roll nedan.').waitFor();
    await page.getByRole('heading', { name: 'Roller för Nils Nyanställd' }).waitFor();
    await chooseOrganization(page, 'Organisation', 'KAA-enheten', 'KAA');
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'KAA-samordnare' });
    await page.getByRole('button', { name: 'Lägg till roll' }).click();
    await page.getByText('Rollen är tillagd.').waitFor();
    await page.getByRole('button', { name: 'Byt roll' }).click();
    await page.getByLabel('Ny roll i KAA-enheten').selectOption({ label: 'Teamledare' });
    await page.getByRole('button', { name: 'Spara ny roll' }).click();
    await page.getByText('Rollen är bytt.').waitFor();
    await page
      .getByRole('paragraph')
      .filter({ hasText: /^Teamledare, KAA-enheten$/ })
      .waitFor();
    await page.getByRole('button', { name: 'Avsluta rollen Teamledare, KAA-enheten' }).click();
    await page.getByText(/^Vill du avsluta rollen Teamledare i KAA-enheten för Nils Nyanställd\?/).waitFor();
    await expectAccessible(page, 'admin-end-membership-confirm');
    await page.getByRole('button', { name: 'Ja, avsluta rollen' }).click();
    await page.getByText('Rollen är avslutad.').waitFor();
    const { rows } = await app.api.pool.query<{ role: string; ended: boolean }>(
      `SELECT m.role, m.ended_at IS NOT NULL AS ended FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE u.email = 'nils@demo.brygga.se' ORDER BY m.role`,
    );
    expect(rows).toEqual([
      { role: 'COORDINATOR', ended: true },
      { role: 'TEAM_LEAD', ended: true },
    ]);
  });

  it('pages the users on the server, edits a user and disables and enables their account', async () => {
    // More users than one page (40): the rest come from the server's next page.
    await app.api.pool.query(
      `INSERT INTO app_user (municipality_id, email, display_name)
       SELECT municipality_id, 'extra' || g || '@demo.brygga.se', 'Östen Extra ' || lpad(g::text, 2, '0')
         FROM app_user, generate_series(1, 45) g WHERE email = 'admin@demo.brygga.se'`,
    );
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.getByRole('link', { name: 'Användare', exact: true }).click();
    await expectHeading(page, 'Användare och roller');
    const total = await app.api.pool.query<{ n: string }>('SELECT count(*) AS n FROM app_user');
    await page.getByText(`${total.rows[0]?.n ?? ''} användare`, { exact: true }).waitFor();
    await waitUntil(async () => (await page.getByRole('row').count()) === 41, 'a page of 40 users');
    const firstPage = await page.getByRole('row').nth(1).innerText();
    await page.getByRole('button', { name: 'Nästa sida' }).click();
    await waitUntil(async () => (await page.getByRole('row').nth(1).innerText()) !== firstPage, 'the next page');
    await expectAccessible(page, 'admin-users-page-2');
    await page.getByRole('button', { name: 'Föregående sida' }).click();
    await waitUntil(async () => (await page.getByRole('row').nth(1).innerText()) === firstPage, 'the first page');

    await page.getByRole('button', { name: 'Hantera Sam Samordnare' }).click();
    await page.getByRole('heading', { name: 'Roller för Sam Samordnare' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).first().fill('');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv användarens namn.' }).waitFor();
    await expectAccessible(page, 'admin-edit-user-errors');
    await page.locator('#edit-user-name').fill('Samuel Samordnare');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Uppgifterna är sparade.').waitFor();
    await page.getByRole('cell', { name: 'Samuel Samordnare', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Stäng av kontot' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'admin-disable-user-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng av kontot' }).click();
    await page.getByText('Kontot är avstängt.', { exact: true }).waitFor();
    await page.getByText('Kontot är avstängt: användaren kan inte logga in.').waitFor();
    await page.getByRole('cell', { name: 'Samuel Samordnare Avstängd', exact: true }).waitFor();
    await expectAccessible(page, 'admin-user-disabled');
    const disabled = await app.api.pool.query<{ disabled: boolean }>(
      `SELECT disabled_at IS NOT NULL AS disabled FROM app_user WHERE email = 'samordnare@demo.brygga.se'`,
    );
    expect(disabled.rows).toEqual([{ disabled: true }]);
    await page.getByRole('button', { name: 'Öppna kontot igen' }).click();
    await page.getByText('Kontot är öppnat igen.').waitFor();
    // One's own account cannot be disabled: the button is not offered.
    await page.getByRole('button', { name: 'Stäng', exact: true }).click();
    await page.getByRole('button', { name: 'Hantera Alva Admin' }).click();
    await page.getByRole('heading', { name: 'Roller för Alva Admin' }).waitFor();
    await page.getByRole('heading', { name: 'Konto', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Stäng av kontot' }).count()).toBe(0);
  });

  it('searches the users by name on the server, paging the matches', async () => {
    // The previous test added 45 users named "Östen Extra 01" to "Östen Extra 45".
    await page.getByRole('button', { name: 'Stäng', exact: true }).click();
    // From the second page of everyone: clearing the search at the end starts at the first.
    await page.getByRole('button', { name: 'Nästa sida' }).click();
    await page.getByRole('button', { name: 'Föregående sida' }).waitFor();
    const search = page.getByRole('search', { name: 'Sök användare' }).getByLabel('Sök på namn');
    await search.fill('extra 0');
    await page.getByText('9 användare med ”extra 0” i namnet', { exact: true }).waitFor();
    await waitUntil(async () => (await page.getByRole('row').count()) === 10, 'nine matches');
    await expectAccessible(page, 'admin-users-search');

    // 45 matches: the server pages them, 40 and then 5.
    await search.fill('ÖSTEN');
    await page.getByText('45 användare med ”ÖSTEN” i namnet', { exact: true }).waitFor();
    await waitUntil(async () => (await page.getByRole('row').count()) === 41, 'a page of 40 matches');
    await page.getByRole('button', { name: 'Nästa sida' }).click();
    await waitUntil(async () => (await page.getByRole('row').count()) === 6, 'the last 5 matches');
    await page.getByRole('cell', { name: 'Östen Extra 45', exact: true }).waitFor();
    await expectAccessible(page, 'admin-users-search-page-2');

    // A new term starts at the first page; ö is a letter of its own, é is e.
    await search.fill('osten');
    await page.getByText('Ingen användare har ”osten” i namnet.', { exact: true }).waitFor();
    await expectAccessible(page, 'admin-users-search-none');
    await app.api.pool.query("UPDATE app_user SET display_name = 'Renée Éklund' WHERE email = 'extra1@demo.brygga.se'");
    await search.fill('renee ek');
    await search.press('Enter');
    await page.getByText('1 användare med ”renee ek” i namnet', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Renée Éklund', exact: true }).waitFor();

    await search.fill('');
    const total = await app.api.pool.query<{ n: string }>('SELECT count(*) AS n FROM app_user');
    await page.getByText(`${total.rows[0]?.n ?? ''} användare`, { exact: true }).waitFor();
    await waitUntil(async () => (await page.getByRole('row').count()) === 41, 'the first page of everyone');
    expect(await page.getByRole('button', { name: 'Föregående sida' }).count()).toBe(0);
  });

  it('adds and retires an information category and takes a measure type out of use', async () => {
    await page.getByRole('link', { name: 'Kategorier och insatstyper' }).click();
    await expectHeading(page, 'Kategorier och insatstyper');
    await page.getByRole('cell', { name: 'PRAKTIK', exact: true }).waitFor();
    await expectAccessible(page, 'admin-catalogues');
    // A blank form names the catalogue's own field (it said "Skriv användarens namn.").
    await page.getByRole('button', { name: 'Lägg till kategori' }).click();
    await page.getByRole('link', { name: 'Skriv kategorins namn.' }).waitFor();
    expect(await page.getByText('Skriv användarens namn.').count()).toBe(0);
    await page.getByLabel('Kod').first().fill('EKONOMI');
    await page.getByLabel('Namn som visas').fill('Ekonomi och försörjning');
    await page.getByRole('button', { name: 'Lägg till kategori' }).click();
    await page.getByText('Kategorin EKONOMI är tillagd.').waitFor();
    await page.getByRole('button', { name: 'Ta bort Ekonomi och försörjning' }).click();
    await page.getByText(/^Borttagen /).waitFor();
    await page.getByRole('button', { name: 'Ta Praktik ur bruk' }).click();
    await page.getByRole('button', { name: 'Ta Praktik i bruk' }).waitFor();
    await page.getByRole('button', { name: 'Lägg till insatstyp' }).click();
    await page.getByRole('link', { name: 'Välj en SCB-kategori.' }).waitFor();
    await page.getByRole('link', { name: 'Skriv insatstypens namn.' }).waitFor();
    await expectAccessible(page, 'admin-measure-type-errors');
  });

  it('renames a measure type and changes its SCB category', async () => {
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.getByRole('link', { name: 'Kategorier och insatstyper' }).click();
    await page.getByRole('cell', { name: 'PRAKTIK', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ändra Praktik' }).click();
    await page.getByRole('heading', { name: 'Ändra insatstypen PRAKTIK' }).waitFor();
    await page.locator('#edit-measure-name').fill('');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv insatstypens namn.' }).waitFor();
    await expectAccessible(page, 'admin-edit-measure-type-errors');
    await page.locator('#edit-measure-name').fill('Arbetspraktik');
    await page.locator('#edit-measure-scb').selectOption('OTHER');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Insatstypen PRAKTIK är sparad.').waitFor();
    await page.getByRole('cell', { name: 'Arbetspraktik', exact: true }).waitFor();
    const { rows } = await app.api.pool.query<{ name: string; scb_category: string }>(
      "SELECT name, scb_category FROM measure_type WHERE code = 'PRAKTIK'",
    );
    expect(rows).toEqual([{ name: 'Arbetspraktik', scb_category: 'OTHER' }]);
  });

  it('changes the municipality’s settings, refusing an unknown time zone', async () => {
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await expectHeading(page, 'Kommunens inställningar');
    await waitUntil(async () => (await page.getByLabel('Tidszon').inputValue()) === 'Europe/Stockholm', 'the zone');
    await expectAccessible(page, 'admin-settings');
    await page.getByLabel('Minsta gruppstorlek i rapporter').fill('2');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('link', { name: 'Skriv ett heltal från 3 till 100, eller lämna tomt.' }).waitFor();
    await page.getByLabel('Minsta gruppstorlek i rapporter').fill('10');
    await page.getByLabel('Tidszon').fill('Europe/Nowhere');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByText('Tidszonen finns inte.', { exact: false }).waitFor();
    await page.getByLabel('Tidszon').fill('Europe/Stockholm');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByText('Inställningarna är sparade.').waitFor();
    const { rows } = await app.api.pool.query<{ report_min_cell: number }>('SELECT report_min_cell FROM municipality');
    expect(rows).toEqual([{ report_min_cell: 10 }]);
  });
});
