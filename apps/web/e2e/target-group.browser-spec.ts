import type { Page } from 'playwright-core';

import { makeIdentityNumber } from '@app/young-people';

import {
  type BrowserApp,
  expectAccessible,
  expectHeading,
  menu,
  signIn,
  startBrowserApp,
  waitUntil,
} from './support/browser';
import { stockholmDay } from '../../../test/support/young-people';

// An ISO date `years` years and `days` days before today (UTC; far from the band's edges).
function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

// Target-group identification in a real Chromium (issue 16): the coordinator uploads the
// population extract and a school's list (and sees a broken list's rows refused with their
// lines), runs the matching, registers one young person from the queue and dismisses another;
// axe on every screen and state.
describe('target-group identification (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  const alva = makeIdentityNumber(yearsAgo(17, 40), 971);
  const bo = makeIdentityNumber(yearsAgo(18, 80), 972);
  const cia = makeIdentityNumber(yearsAgo(17, 120), 973);
  const listDate = stockholmDay(new Date(Date.now() - 5 * 86_400_000));
  const leftOn = stockholmDay(new Date(Date.now() - 60 * 86_400_000));

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'samordnare@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the headline figures on the start page and opens the import page', async () => {
    await expectHeading(page, 'Mitt arbete');
    await page.getByRole('heading', { name: 'Målgruppen' }).waitFor();
    await page.getByText('Ingen matchning har körts än.').waitFor();
    await expectAccessible(page, 'target-group-start');
    await menu(page, 'Målgruppen').click();
    await expectHeading(page, 'Att kontrollera');
    await page.getByText('Det finns inget att kontrollera just nu.').waitFor();
    await expectAccessible(page, 'target-group-queue-empty');
    await page.getByRole('link', { name: 'Importera listor' }).click();
    await expectHeading(page, 'Importera folkbokföring och elevlistor');
    await expectAccessible(page, 'target-group-import');
  });

  it('asks for a file and a date in the list form before it sends anything', async () => {
    const lists = page.getByLabel('Filer (en eller flera)');
    await page.getByLabel('Listans datum').nth(1).fill('1 oktober');
    await page.getByRole('button', { name: 'Ladda upp och läs in' }).nth(1).click();
    await page.getByText('Välj en fil.').waitFor();
    await page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD.').waitFor();
    expect(await lists.getAttribute('aria-invalid')).toBe('true');
    expect(await lists.getAttribute('multiple')).not.toBeNull();
    await expectAccessible(page, 'target-group-import-form-errors');
    await page.getByLabel('Listans datum').nth(1).fill(listDate);
  });

  it('reads the extract, refuses a broken list row by row, and reads a good one', async () => {
    const population = [
      'Personnummer;Förnamn;Efternamn',
      `${alva};Alva;Andersson`,
      `${bo.slice(2, 8)}-${bo.slice(8)};Bo;Berg`,
      `${cia};Cia;Carlsson`,
    ].join('\n');
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'folkbokforing.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(population),
    });
    await page.getByRole('button', { name: 'Ladda upp och läs in' }).first().click();
    const rowOf = (file: string) => page.getByRole('row').filter({ hasText: file });
    await rowOf('folkbokforing.csv').filter({ hasText: 'Inläst' }).waitFor({ timeout: 20_000 });

    const lists = page.getByLabel('Filer (en eller flera)');
    await lists.setInputFiles({
      name: 'trasig.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Personnummer;Slutdatum', `${cia};`, '19990101-0000;', `${bo};15 augusti`].join('\n')),
    });
    await page.getByLabel('Listans datum').nth(1).fill(listDate);
    await page.getByLabel('Skola (om filen saknar kolumn för skola)').fill('Norra gymnasiet');
    await page.getByRole('button', { name: 'Ladda upp och läs in' }).nth(1).click();
    await rowOf('trasig.csv').filter({ hasText: 'Avvisad' }).waitFor({ timeout: 20_000 });
    const errors = page.getByRole('table', { name: 'Rader med fel i trasig.csv' });
    await errors
      .getByRole('row')
      .filter({ hasText: 'Personnumret är inte giltigt.' })
      .filter({ hasText: '3' })
      .waitFor();
    await errors.getByRole('row').filter({ hasText: 'Datumet är inte ett datum' }).filter({ hasText: '4' }).waitFor();
    await page.getByText('2 rader kunde inte läsas. Inget importerades.', { exact: false }).waitFor();
    await expectAccessible(page, 'target-group-import-refused');

    await lists.setInputFiles({
      name: 'norra.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Personnummer;Slutdatum', `${cia};`, `${bo};${leftOn}`].join('\n')),
    });
    await page.getByLabel('Listans datum').nth(1).fill(listDate);
    await page.getByLabel('Skola (om filen saknar kolumn för skola)').fill('Norra gymnasiet');
    await page.getByRole('button', { name: 'Ladda upp och läs in' }).nth(1).click();
    await rowOf('norra.csv').filter({ hasText: 'Inläst' }).waitFor({ timeout: 20_000 });
    // The form forgets the files it has read: sending again asks for a file, not a second import.
    expect(await lists.inputValue()).toBe('');
  });

  it('refuses a list that mixes encodings after its first MiB, in the words of its code with the line', async () => {
    // Latin-1 past the first MiB (the chunk the file store keeps, which once decided the
    // encoding alone), a UTF-8 row at the end: it was read as Latin-1, "Ã–stra gymnasiet".
    const rows = Array.from({ length: 50_000 }, () => `${cia};Ö-skolan`);
    const mixed = Buffer.concat([
      Buffer.from(['Personnummer;Skola', ...rows, ''].join('\n'), 'latin1'),
      Buffer.from(`${bo};Östra gymnasiet\n`),
    ]);
    expect(mixed.length).toBeGreaterThan(1024 * 1024);
    await page.getByLabel('Filer (en eller flera)').setInputFiles({
      name: 'blandad.csv',
      mimeType: 'text/csv',
      buffer: mixed,
    });
    await page.getByLabel('Listans datum').nth(1).fill(listDate);
    await page.getByRole('button', { name: 'Ladda upp och läs in' }).nth(1).click();
    const rowOf = (file: string) => page.getByRole('row').filter({ hasText: file });
    await rowOf('blandad.csv').filter({ hasText: 'Avvisad' }).waitFor({ timeout: 30_000 });
    // The line the UTF-8 row is on (the header, 50,000 Latin-1 rows), as the upload form names it.
    await page
      .getByText(
        /blandad\.csv lästes inte in\. Filen blandar teckenkodningar från rad 50\s002\. Spara hela filen som UTF-8\./,
      )
      .waitFor();
    // A refusal of the whole file is that one message: no table of "row errors" repeating it.
    expect(await page.getByRole('table', { name: 'Rader med fel i blandad.csv' }).count()).toBe(0);
    await expectAccessible(page, 'target-group-import-mixed-encoding');
  });

  it('refuses a list without an identity-number column in one message that names the column', async () => {
    await page.getByLabel('Filer (en eller flera)').setInputFiles({
      name: 'utan-kolumn.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Namn;Skola', 'Alva;Norra gymnasiet', 'Bo;Norra gymnasiet'].join('\n')),
    });
    await page.getByLabel('Listans datum').nth(1).fill(listDate);
    await page.getByRole('button', { name: 'Ladda upp och läs in' }).nth(1).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'utan-kolumn.csv' })
      .filter({ hasText: 'Avvisad' })
      .waitFor({ timeout: 20_000 });
    await page
      .getByText('utan-kolumn.csv lästes inte in. Filen saknar kolumnen personnummer. Lägg till den i rubrikraden.')
      .waitFor();
    expect(await page.getByRole('table', { name: 'Rader med fel i utan-kolumn.csv' }).count()).toBe(0);
    // The broken list's rows are still a table: the rows to correct.
    await page.getByRole('table', { name: 'Rader med fel i trasig.csv' }).waitFor();
    await expectAccessible(page, 'target-group-import-file-refused');
  });

  it('runs the matching and shows its result', async () => {
    await page.getByRole('checkbox', { name: /norra\.csv/ }).waitFor();
    await page.getByRole('button', { name: 'Starta matchning' }).click();
    await page.getByText('Matchningen är klar: 2 nya, 0 kvar, 0 har lämnat listan.').waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'target-group-run-done');
  });

  it('lists the two to check with their reasons; a coordinator registers one and dismisses the other', async () => {
    await page.getByRole('link', { name: 'Visa listan att kontrollera' }).click();
    await expectHeading(page, 'Att kontrollera');
    const table = page.getByRole('table', { name: 'Ungdomar att kontrollera' });
    await table.getByRole('row').filter({ hasText: 'Alva Andersson' }).waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'Bo Berg' })
      .filter({ hasText: `Slutade på Norra gymnasiet ${leftOn}.` })
      .waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'target-group-queue');

    await page.getByRole('button', { name: 'Registrera Alva Andersson' }).click();
    await page.getByRole('heading', { name: 'Registrera Alva Andersson' }).waitFor();
    await expectAccessible(page, 'target-group-register-form');
    await page.getByRole('button', { name: 'Registrera i aktivitetsansvaret' }).click();
    await page.getByText('Alva Andersson är registrerad.').waitFor();

    await page.getByRole('button', { name: 'Avfärda Bo Berg' }).click();
    await page.getByRole('button', { name: 'Avfärda posten' }).click();
    await page.getByText('Välj skäl att avfärda.').waitFor();
    await page.getByLabel('Skäl att avfärda').selectOption({ label: 'Har flyttat' });
    await page.getByRole('button', { name: 'Avfärda posten' }).click();
    await page.getByText('Posten för Bo Berg är avfärdad.').waitFor();
    await page.getByText('Det finns inget att kontrollera just nu.').waitFor();
    await expectAccessible(page, 'target-group-decided');

    const { rows } = await app.api.pool.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM target_group_check WHERE personal_identity_number = ANY($1)
        GROUP BY status ORDER BY status`,
      [[alva, bo]],
    );
    expect(rows).toEqual([
      { status: 'DISMISSED', n: 1 },
      { status: 'REGISTERED', n: 1 },
    ]);
    await page
      .getByRole('link', { name: 'Öppna ungdomen' })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
  });

  it('keeps every run in the history', async () => {
    await page.getByRole('link', { name: 'Körningar' }).click();
    await expectHeading(page, 'Körningar');
    const table = page.getByRole('table', { name: 'Matchningar' });
    await table.getByRole('row').filter({ hasText: 'folkbokforing.csv, norra.csv' }).waitFor();
    await waitUntil(async () => (await table.getByRole('row').count()) === 2, 'one run in the history');
    await expectAccessible(page, 'target-group-runs');
  });
});
