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

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

// Signals from schools in a real Chromium (issue 16): the school uploads an absence file with a
// drop-out in it; the drop-out is in the KAA unit's "to check" queue at once with the school
// named; the same file again changes nothing; a coordinator handles a signal. axe on every screen.
describe('signals from schools (browser)', () => {
  let app: BrowserApp;
  let school: Page;
  let unit: Page;
  const absent = makeIdentityNumber(yearsAgo(17, 30), 981);
  const dropOut = makeIdentityNumber(yearsAgo(18, 50), 982);
  const file = () => ({
    name: 'franvaro-vecka.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Personnummer;Signal;Datum;Från;Till;Frånvaro',
        `${absent};Frånvaro;;${daysAgo(40)};${daysAgo(10)};35`,
        `${dropOut};Avbrott;${daysAgo(3)};;;`,
      ].join('\n'),
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

  it('lets the school upload an absence file with a drop-out', async () => {
    await menu(school, 'Signaler').click();
    await expectHeading(school, 'Signaler');
    await expectAccessible(school, 'signals-school');
    await school.getByLabel('Fil', { exact: true }).setInputFiles(file());
    await school.getByRole('button', { name: 'Ladda upp' }).click();
    await school.getByText('franvaro-vecka.csv: 2 rader lästa, 2 nya signaler.').waitFor();
    await school.getByRole('row').filter({ hasText: 'Slutade gymnasiet utan examen' }).waitFor();
    await school.getByRole('row').filter({ hasText: '35 % frånvaro' }).waitFor();
    await expectAccessible(school, 'signals-school-imported');
  });

  it('changes nothing when the same file comes again', async () => {
    await school.getByLabel('Fil', { exact: true }).setInputFiles(file());
    await school.getByRole('button', { name: 'Ladda upp' }).click();
    await school.getByText('franvaro-vecka.csv är redan importerad. Inget nytt skapades.').waitFor();
    expect(await school.getByRole('row').filter({ hasText: 'Slutade gymnasiet utan examen' }).count()).toBe(1);
  });

  it('puts the drop-out in the KAA unit’s queue with the school named', async () => {
    unit = await app.newPage();
    await unit.goto('/');
    await signIn(unit, 'samordnare@demo.brygga.se');
    await menu(unit, 'Målgruppen').click();
    await expectHeading(unit, 'Att kontrollera');
    await unit.getByText(`Slutade på Norra gymnasiet ${daysAgo(3)} utan examen (signal från skolan).`).waitFor();
  });

  it('lets a coordinator handle a signal', async () => {
    await menu(unit, 'Signaler').click();
    await expectHeading(unit, 'Signaler från skolor');
    await expectAccessible(unit, 'signals-unit');
    const row = unit.getByRole('row').filter({ hasText: '35 % frånvaro' });
    // The pupil's home municipality is named on the KAA unit's page.
    await unit.getByRole('columnheader', { name: 'Hemkommun' }).first().waitFor();
    expect(await row.getByRole('cell', { name: 'Demo kommun' }).count()).toBe(1);
    await row.getByRole('button', { name: /Hantera/ }).click();
    const dialog = unit.getByRole('dialog', { name: 'Hantera signal' });
    await dialog.waitFor();
    await dialog.getByLabel('Ingen åtgärd').check();
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await dialog.getByText('Skriv varför ingen åtgärd behövs.').waitFor();
    await expectAccessible(unit, 'signals-handle-dialog');
    await dialog.getByLabel('Motivering').fill('Eleven har redan kontakt med oss via mentorn.');
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await unit.getByText('Signalen är hanterad.').waitFor();
    await unit
      .getByRole('region', { name: 'Signaler' })
      .last()
      .getByText(/Ingen åtgärd av Sam Samordnare/)
      .waitFor();
    await expectAccessible(unit, 'signals-unit-handled');
  });

  // The send form's errors in a summary that takes focus on a failed submit, its links to the
  // fields, as the app's other forms do (issue 15); a refusal of the api tied to a field too.
  it('sums up the send form’s errors, focuses the summary and links to the fields', async () => {
    const activeId = () => school.evaluate<string>('document.activeElement?.id ?? ""');
    const summaryFocused = () =>
      school.evaluate<boolean>(
        "document.activeElement?.textContent?.includes('Rätta följande innan du fortsätter') ?? false",
      );
    await school.getByLabel('Typ av signal').selectOption({ label: 'Frånvaro under period' });
    await school.getByLabel('Datum', { exact: true }).fill('3 mars');
    await school.getByRole('button', { name: 'Skicka signal' }).click();
    await waitUntil(summaryFocused, 'focus on the error summary');
    const summary = school.getByRole('link', { name: 'Fyll i personnummer.' });
    await summary.waitFor();
    await school.getByRole('link', { name: 'Skriv datum som ÅÅÅÅ-MM-DD.' }).waitFor();
    await school.getByRole('link', { name: 'Skriv periodens första dag som ÅÅÅÅ-MM-DD.' }).waitFor();
    await school.getByRole('link', { name: 'Skriv periodens sista dag som ÅÅÅÅ-MM-DD.' }).waitFor();
    await school.getByRole('link', { name: 'Skriv frånvaron i procent som ett heltal från 0 till 100.' }).waitFor();
    expect(await school.getByRole('textbox', { name: 'Personnummer' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(school, 'signals-school-send-errors');
    await summary.click();
    await waitUntil(async () => (await activeId()) === 'signal-pnr', 'focus on the identity number');

    // The api refuses a day after today: the summary again, naming the date, with focus on it.
    await school.getByLabel('Typ av signal').selectOption({ label: 'Betydande ogiltig frånvaro' });
    await school.getByRole('textbox', { name: 'Personnummer' }).fill(absent);
    await school.getByLabel('Datum', { exact: true }).fill(daysAgo(-30));
    await school.getByRole('button', { name: 'Skicka signal' }).click();
    await school.getByRole('link', { name: /Kontrollera datumen/ }).waitFor();
    await waitUntil(summaryFocused, 'focus on the error summary after the api refused');
    expect(await school.getByLabel('Datum', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(school, 'signals-school-send-refused');
    await school.getByLabel('Datum', { exact: true }).fill(daysAgo(1));
    await school.getByRole('button', { name: 'Skicka signal' }).click();
    await school.getByText('Signalen är skickad.').waitFor();
    expect(await school.getByRole('link', { name: /Kontrollera datumen/ }).count()).toBe(0);
  });
});
