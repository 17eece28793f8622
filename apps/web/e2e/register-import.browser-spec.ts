import type { Page } from 'playwright-core';

import { makeIdentityNumber } from '@app/young-people';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// An ISO date `years` years and `days` days before today (UTC).
function daysAgo(days: number, years = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

// The register import in a real Chromium (issue 16): the team lead uploads the municipality's
// register, maps its columns and saves the mapping, reads the dry run's report (counts, refused
// rows with their lines), and runs it after a confirmation (a job, its progress shown); axe on
// every state.
describe('register import (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  const alva = makeIdentityNumber(daysAgo(40, 17), 991);
  const bo = makeIdentityNumber(daysAgo(80, 18), 992);
  const registered = daysAgo(30);

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'teamledare@demo.brygga.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    // The page has no menu entry yet: opened by its address inside the app.
    // Evaluated as a string: the browser's globals are not in the api project's types.
    await page.evaluate(
      "window.history.pushState({}, '', '/registerimport'); window.dispatchEvent(new PopStateEvent('popstate'))",
    );
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('asks for a file, and refuses a file that mixes encodings in the words of its code', async () => {
    await expectHeading(page, 'Importera befintligt register');
    await expectAccessible(page, 'register-import-start');
    // The shared upload form: the missing file is told at the file input.
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const input = page.getByLabel('Registerfil (CSV eller Excel)');
    await page.getByText('Välj en fil.').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'register-import-no-file');
    // UTF-8 with a Latin-1 row pasted below: FILE_ENCODING_INVALID, in Swedish.
    await input.setInputFiles({
      name: 'blandad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([
        Buffer.from(`Personnummer;Förnamn\n${alva};Åsa\n`),
        Buffer.from(`${bo};Björn\n`, 'latin1'),
      ]),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Filen blandar teckenkodningar från rad 3. Spara hela filen som UTF-8.' })
      .waitFor({ timeout: 20_000 });
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    await expect(page.getByLabel('Personnummer', { exact: true }).count()).resolves.toBe(0);
    await expectAccessible(page, 'register-import-refused-file');
  });

  it('reads the file and offers its columns for the mapping', async () => {
    const file = [
      'Personnummer;Förnamn;Efternamn;Handläggare;Reg.datum;Status',
      `${alva};Alva;Andersson;samordnare@demo.brygga.se;${registered};I dialog`,
      `${bo};Bo;Berg;;${registered};`,
      `19990101-0000;Fel;Nummer;;${registered};`,
      `${alva.slice(2, 8)}-${alva.slice(8)};Alva;Andersson;;${registered};`,
    ].join('\n');
    await page.getByLabel('Registerfil (CSV eller Excel)').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const select = (label: string) => page.getByLabel(label, { exact: true });
    // The refusal of the file before is gone once a file is read.
    await page.getByRole('alert').filter({ hasText: 'Filen blandar teckenkodningar' }).waitFor({ state: 'detached' });
    await select('Personnummer').waitFor();
    await select('Personnummer').selectOption('Personnummer');
    await select('Förnamn').selectOption('Förnamn');
    await select('Efternamn').selectOption('Efternamn');
    await select('Koordinatorns e-post').selectOption('Handläggare');
    await select('Registreringsdatum').selectOption('Reg.datum');
    await select('Status eller sysselsättning').selectOption('Status');
    await expectAccessible(page, 'register-import-mapping');
    await page.getByRole('button', { name: 'Spara kolumnmappningen' }).click();
    await page.getByText('Kolumnmappningen är sparad.').waitFor();
  });

  it('shows the dry run: counts and the refused rows with their lines', async () => {
    await page.getByRole('button', { name: 'Provkör importen' }).click();
    const counts = page.getByRole('table', { name: 'Resultat av provkörningen' });
    await counts.waitFor({ timeout: 20_000 });
    await counts.getByRole('row').filter({ hasText: 'Registreras' }).filter({ hasText: '2' }).waitFor();
    await counts.getByRole('row').filter({ hasText: 'Kan inte importeras' }).filter({ hasText: '2' }).waitFor();
    const rows = page.getByRole('table', { name: 'Rader som ändras eller inte kan importeras' });
    await rows.getByRole('row').filter({ hasText: 'Personnumret är inte giltigt.' }).filter({ hasText: '4' }).waitFor();
    await rows
      .getByRole('row')
      .filter({ hasText: 'Personen finns redan på en tidigare rad.' })
      .filter({ hasText: '5' })
      .waitFor();
    await expectAccessible(page, 'register-import-report');
  });

  it('runs the import after a confirmation', async () => {
    await page.getByRole('button', { name: 'Genomför importen' }).click();
    await page.getByText('Registrera 2 ungdomar och ändra 0?', { exact: false }).waitFor();
    await expectAccessible(page, 'register-import-confirm');
    // Each registration made slow, so that the run's job is seen in progress.
    await app.api.pool.query(`CREATE FUNCTION test_slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$`);
    await app.api.pool.query(
      'CREATE TRIGGER test_slow_insert BEFORE INSERT ON young_person FOR EACH ROW EXECUTE FUNCTION test_slow_insert()',
    );
    try {
      await page.getByRole('button', { name: 'Ja, genomför importen' }).click();
      await page.getByText('Importen genomförs: 0 av 2 rader').waitFor({ timeout: 10_000 });
      await expectAccessible(page, 'register-import-running');
      await page
        .getByText('Importen är genomförd: 2 ungdomar registrerades och 0 ändrades.')
        .waitFor({ timeout: 20_000 });
    } finally {
      await app.api.pool.query('DROP TRIGGER IF EXISTS test_slow_insert ON young_person');
      await app.api.pool.query('DROP FUNCTION IF EXISTS test_slow_insert()');
    }
    const { rows } = await app.api.pool.query<{ status: string }>(
      `SELECT j.status FROM register_import r JOIN job j ON j.id = r.run_job_id WHERE r.status = 'APPLIED'`,
    );
    expect(rows).toEqual([{ status: 'SUCCEEDED' }]);
    await expectAccessible(page, 'register-import-done');
  });
});
