import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// Leadership's reports on the demo municipality (two KAA units of 300 young people): headline
// figures, a chart with its summary sentence, the same figures as a table with small groups shown
// as words, narrowed to a unit, and downloads that carry the same protection.
describe('reports (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'chef@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the cohort as headline figures, a chart with a summary and a table, small groups as words', async () => {
    await expectHeading(page, 'Rapporter');
    await page.getByRole('heading', { name: /^Nyckeltal, Halvår/ }).waitFor();
    await page.getByText('Registrerade ungdomar').waitFor();
    const chart = page.getByRole('img', { name: /^Ungdomar per status och sysselsättning: totalt [\d\s]+ ungdomar\./ });
    await chart.waitFor();
    const table = page.getByRole('table', { name: /^Ungdomar per status och sysselsättning/ });
    await table.getByRole('columnheader', { name: 'Sysselsättning' }).count();
    await table
      .getByRole('rowheader')
      .or(table.getByRole('cell'))
      .filter({ hasText: /^Totalt$/ })
      .first()
      .waitFor();
    // No cell of the table is a number under five other than zero: small groups read as words.
    const cells = await table.getByRole('cell').allTextContents();
    for (const text of cells) {
      const n = Number(text.replace(/\s/g, ''));
      if (Number.isInteger(n) && n !== 0) expect(n).toBeGreaterThanOrEqual(5);
    }
    expect(cells.some((text) => text === 'färre än 5')).toBe(true);
    // The days to first contact and first measure, per group, the whole municipality first.
    await page.getByRole('heading', { name: /^Tid till första kontakt och första insats, / }).waitFor();
    const durations = page.getByRole('table', { name: /^Tid till första kontakt och första insats/ });
    await durations.getByRole('cell', { name: 'Hela kommunen' }).waitFor();
    await expectAccessible(page, 'reports-cohort');
  });

  it('narrows the cohort to one KAA unit: shown groups beside small ones written as words', async () => {
    // The demo has two KAA units of 300 young people each: a unit's table has groups of at
    // least five as well as hidden small ones (with one unit of 300, nearly all were hidden).
    await page.getByLabel('Urval', { exact: true }).selectOption({ label: 'KAA Väster' });
    await page.waitForURL(/urval=unit/);
    const table = page.getByRole('table', { name: /^Ungdomar per status och sysselsättning/ });
    await page
      .getByRole('img', { name: /^Ungdomar per status och sysselsättning: totalt [\d\s]+ ungdomar\./ })
      .waitFor();
    await table.getByText('färre än 5').first().waitFor();
    const cells = await table.getByRole('cell').allTextContents();
    const numbers = cells.map((text) => Number(text.replace(/\s/g, ''))).filter((n) => Number.isInteger(n) && n !== 0);
    for (const n of numbers) expect(n).toBeGreaterThanOrEqual(5);
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    await expectAccessible(page, 'reports-cohort-unit');
    await page.getByLabel('Urval', { exact: true }).selectOption('');
  });

  it('switches report and narrows it to an age band, the address keeping the choice', async () => {
    await page.getByLabel('Rapport', { exact: true }).selectOption('REGISTRATIONS');
    await page.getByRole('heading', { name: /^Registreringar per orsak, / }).waitFor();
    await page.getByRole('img', { name: /^Registreringar per orsak/ }).waitFor();
    // Registrations are already shown by sex, so sex is not offered as a filter.
    const options = await page.getByLabel('Urval', { exact: true }).locator('option').allTextContents();
    expect(options).toContain('16–17 år');
    expect(options).not.toContain('Flickor');
    await page.getByLabel('Urval', { exact: true }).selectOption({ label: '18–19 år' });
    await page.waitForURL(/urval=age%3AAGE_18_19|urval=age:AGE_18_19/);
    await page
      .getByRole('alert')
      .or(page.getByRole('img', { name: /^Registreringar per orsak/ }))
      .first()
      .waitFor();
    await expectAccessible(page, 'reports-registrations-filtered');
    await page.reload();
    await page.getByRole('heading', { name: /^Registreringar per orsak, / }).waitFor();
    expect(await page.getByLabel('Urval', { exact: true }).inputValue()).toBe('age:AGE_18_19');
  });

  it('reports signals from schools and gap alerts, signals without age bands', async () => {
    await page.getByLabel('Urval', { exact: true }).selectOption('');
    await page.getByLabel('Rapport', { exact: true }).selectOption('SIGNALS');
    await page.getByRole('heading', { name: /^Signaler från skolor och hur snabbt de hanterades, / }).waitFor();
    await page.getByRole('img', { name: /^Signaler från skolor och hur snabbt de hanterades/ }).waitFor();
    const table = page.getByRole('table', { name: /^Signaler från skolor/ });
    await table.getByRole('columnheader', { name: 'Inom 0–2 dagar' }).waitFor();
    await table.getByRole('columnheader', { name: 'Inte hanterad' }).waitFor();
    // A signal may be about a pupil younger than the KAA's age bands: no age filter here.
    const options = await page.getByLabel('Urval', { exact: true }).locator('option').allTextContents();
    expect(options).toContain('Flickor');
    expect(options).not.toContain('16–17 år');
    await expectAccessible(page, 'reports-signals');

    await page.getByLabel('Rapport', { exact: true }).selectOption('ALERTS');
    await page.getByRole('heading', { name: /^Larm per regel: öppnade, eskalerade och lösta, / }).waitFor();
    const alerts = page.getByRole('table', { name: /^Larm per regel/ });
    await alerts.getByRole('columnheader', { name: 'Eskalerat' }).waitFor();
    await alerts
      .getByRole('cell', { name: 'Ingen ansvarig samordnare' })
      .or(alerts.getByRole('rowheader', { name: 'Ingen ansvarig samordnare' }))
      .first()
      .waitFor();
    for (const text of await alerts.getByRole('cell').allTextContents()) {
      const n = Number(text.replace(/\s/g, ''));
      if (Number.isInteger(n) && n !== 0) expect(n).toBeGreaterThanOrEqual(5);
    }
    await expectAccessible(page, 'reports-alerts');
    await page.getByLabel('Rapport', { exact: true }).selectOption('REGISTRATIONS');
  });

  it('downloads the report as CSV with the same protection', async () => {
    await page.getByLabel('Urval', { exact: true }).selectOption('');
    await page.getByRole('img', { name: /^Registreringar per orsak: totalt/ }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-registrations-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Registreringar per orsak');
    expect(csv).toMatch(/\r\nTotalt;\d+;\d+;\d+\r\n/);
    for (const line of csv
      .split('\r\n')
      .filter((l) => /^[^;]+;/.test(l))
      .slice(1)) {
      for (const value of line.split(';').slice(1)) {
        const n = Number(value);
        if (Number.isInteger(n) && n !== 0) expect(n).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('gives the KAA team lead the same reports from the menu', async () => {
    const lead = await app.newPage();
    await lead.goto('/');
    await signIn(lead, 'teamledare@demo.brygga.se');
    await lead.getByRole('link', { name: 'Rapporter' }).click();
    await expectHeading(lead, 'Rapporter');
    await lead.getByRole('img', { name: /^Ungdomar per status och sysselsättning/ }).waitFor();
    await expectAccessible(lead, 'reports-team-lead');
  });
});
