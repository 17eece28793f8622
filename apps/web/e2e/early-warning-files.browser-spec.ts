import type { Page } from 'playwright-core';

import { makeIdentityNumber } from '@app/young-people';

import { type BrowserApp, expectAccessible, expectHeading, menu, signIn, startBrowserApp } from './support/browser';
import { stockholmDay } from '../../../test/support/young-people';

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

// Early warning's school screens in a real Chromium (issue 17): the school names a pupil's
// mentor and its student health on "Mentorer och elevhälsa"; an absence file uploaded on
// "Skicka frånvaro" pushes the pupil past the threshold and the suggestion is on "Tidiga
// signaler" addressed to the mentor; a bad file is refused whole with its rows by line. axe on
// every screen and state.
describe('early warning: mentors and absence files (browser)', () => {
  let app: BrowserApp;
  let school: Page;
  const pupil = makeIdentityNumber('2011-10-10', 845);
  const written = `${pupil.slice(0, 8)}-${pupil.slice(8)}`;
  // Eight unexcused days: at least four of them not holidays whatever the season, past the
  // default threshold (4 within 30 days).
  const absenceFile = () => ({
    name: 'franvaro-v49.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Personnummer;Datum;Frånvarotyp;Klass',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${written};${daysAgo(n)};Ogiltig;9B`),
      ].join('\r\n'),
      'latin1',
    ),
  });

  beforeAll(async () => {
    app = await startBrowserApp();
    school = await app.newPage();
    await school.goto('/');
    await signIn(school, 'mentor@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('names a pupil’s mentor, with the error summary first, and the school’s student health', async () => {
    await menu(school, 'Mentorer och elevhälsa').click();
    await expectHeading(school, 'Mentorer och elevhälsa');
    await expectAccessible(school, 'early-warning-mentors');

    await school.getByRole('button', { name: 'Spara mentor' }).click();
    await school.getByRole('link', { name: 'Skriv elevens personnummer.' }).waitFor();
    await expectAccessible(school, 'early-warning-mentors-error');

    await school.getByLabel('Elevens personnummer').fill(written);
    await school.getByLabel('Klass (valfritt)').fill('9B');
    await school.getByLabel('Mentor', { exact: true }).selectOption({ label: 'Mira Mentor' });
    await school.getByRole('button', { name: 'Spara mentor' }).click();
    await school
      .getByRole('status')
      .getByText(/har nu Mira Mentor som mentor\./)
      .waitFor();
    await school
      .getByRole('region', { name: 'Elever med klass och mentor' })
      .getByRole('row')
      .filter({ hasText: '9B' })
      .getByText('Mira Mentor')
      .waitFor();

    await school.getByRole('checkbox', { name: 'Mira Mentor' }).check();
    await school.getByText('Mira Mentor ingår nu i elevhälsan.').waitFor();
    expect(await school.getByRole('checkbox', { name: 'Mira Mentor' }).isChecked()).toBe(true);
    await expectAccessible(school, 'early-warning-mentors-saved');
  });

  it('uploads an absence file that pushes the pupil past the threshold', async () => {
    await menu(school, 'Skicka frånvaro').click();
    await expectHeading(school, 'Skicka frånvaro');
    await expectAccessible(school, 'early-warning-absence');

    await school.getByRole('button', { name: 'Ladda upp och läs in' }).click();
    await school.getByText('Välj en fil.').waitFor();
    await expectAccessible(school, 'early-warning-absence-no-file');

    await school.getByLabel('Fil', { exact: true }).setInputFiles(absenceFile());
    await school.getByRole('button', { name: 'Ladda upp och läs in' }).click();
    await school.getByText('franvaro-v49.csv: 8 rader lästa, 8 nya frånvarodagar.').waitFor();
    await school.getByText(/^Nya signaler att granska: [1-9]/).waitFor();
    await expectAccessible(school, 'early-warning-absence-imported');

    // The same file again creates nothing.
    await school.getByLabel('Fil', { exact: true }).setInputFiles(absenceFile());
    await school.getByRole('button', { name: 'Ladda upp och läs in' }).click();
    await school.getByText('franvaro-v49.csv är redan inläst. Inget nytt skapades.').waitFor();
  });

  it('shows the suggestion the file opened, addressed to the mentor', async () => {
    await menu(school, 'Tidiga signaler').click();
    await expectHeading(school, 'Tidiga signaler');
    const row = school
      .getByRole('region', { name: 'Signaler att granska' })
      .getByRole('row')
      .filter({ hasText: 'Ogiltig frånvaro' })
      .filter({ hasText: '9B' });
    await row.getByText(/dagar med ogiltig frånvaro mellan/).waitFor();
    await row.getByText('Mentor: Mira Mentor').waitFor();
  });

  it('refuses a bad file whole and lists its rows by line', async () => {
    await menu(school, 'Skicka frånvaro').click();
    await expectHeading(school, 'Skicka frånvaro');
    await school.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'trasig.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Personnummer,Datum,Ogiltig',
          `${written},${daysAgo(9)},Ja`,
          `20080410-0000,${daysAgo(9)},Ja`,
          `${written},${daysAgo(10)},Kanske`,
        ].join('\n'),
      ),
    });
    await school.getByRole('button', { name: 'Ladda upp och läs in' }).click();
    const alert = school.getByRole('alert').filter({ hasText: '2 rader kunde inte läsas. Inget lästes in.' });
    await alert.waitFor();
    await alert.getByText('Rad 3: personnumret är inte giltigt (Personnummer)').waitFor();
    await alert.getByText('Rad 4: ange Ogiltig eller Giltig (eller Ja eller Nej) (Ogiltig)').waitFor();
    await expectAccessible(school, 'early-warning-absence-refused');

    await school.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'tom.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Personnummer;Datum;Ogiltig\n'),
    });
    await school.getByRole('button', { name: 'Ladda upp och läs in' }).click();
    await school.getByRole('alert').getByText('Filen innehåller bara en rubrikrad.').waitFor();
    await expectAccessible(school, 'early-warning-absence-header-only');
  });
});
