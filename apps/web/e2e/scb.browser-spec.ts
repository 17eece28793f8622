import type { Page } from 'playwright-core';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// The KAA unit of the team lead the spec signs in as: the young people it may correct.
const TEAM_LEADS_UNIT = `SELECT m.organization_id FROM membership m JOIN app_user u ON u.id = m.user_id
  WHERE u.email = 'teamledare@demo.brygga.se' AND m.role = 'TEAM_LEAD' AND m.ended_at IS NULL`;

// The KAA unit's SCB pages (issue 18) on the demo municipality: the validation names the young
// person whose record is incomplete (a link to their page, where the reason is corrected), the
// team lead produces the file,
// a second one needs the replace confirmation, the history downloads; the data-quality view.
describe('SCB reporting (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let incomplete: { enrollment: string; name: string };

  beforeAll(async () => {
    app = await startBrowserApp();
    // One registration open in the current half-year made deliberately incomplete: a reason
    // SCB has no code for. In the signed-in team lead's unit (the demo has two), so its name is
    // in the list.
    const { rows } = await app.api.pool.query<{ id: string; name: string }>(
      `SELECT e.id, p.given_name || ' ' || p.family_name AS name
         FROM kaa_enrollment e JOIN young_person p ON p.id = e.young_person_id
        WHERE e.ended_on IS NULL AND p.coordinator_id IS NOT NULL AND p.kaa_unit_id = (${TEAM_LEADS_UNIT})
        ORDER BY p.family_name, p.given_name, p.id LIMIT 1`,
    );
    incomplete = { enrollment: rows[0].id, name: rows[0].name };
    await app.api.pool.query(`UPDATE kaa_enrollment SET registration_reason = 'OTHER' WHERE id = $1`, [
      incomplete.enrollment,
    ]);
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

  it('shows the validation with the incomplete young person as a link, and no way to produce yet', async () => {
    await page.getByRole('link', { name: 'Halvårsfil till SCB' }).click();
    await expectHeading(page, 'Rapportering till SCB');
    await page.getByText('Filen kan inte skapas förrän uppgifterna nedan är rättade.').waitFor();
    const table = page.getByRole('table', { name: 'Ungdomar med uppgifter att rätta' });
    await table.getByRole('link', { name: incomplete.name }).waitFor();
    await table.getByText('Orsak till registrering saknas i SCB:s kodlista', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Skapa fil för SCB' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'scb-validation');
  });

  it('leads from the issue to the young person’s registrations, where the reason is corrected', async () => {
    await page
      .getByRole('table', { name: 'Ungdomar med uppgifter att rätta' })
      .getByRole('link', { name: incomplete.name })
      .click();
    await page.waitForURL(/\/ungdomar\/[0-9a-f-]+#registreringar$/);
    await page.getByRole('heading', { name: 'Registreringar', level: 2 }).waitFor();
    // The open registration is the newest, listed first.
    await page
      .getByRole('button', { name: /^Rätta orsaken till registreringen / })
      .first()
      .click();
    await page.getByLabel('Rätt orsak').selectOption({ label: 'Avbrutit gymnasieutbildning' });
    await expectAccessible(page, 'young-person-correct-reason');
    await page.getByRole('button', { name: 'Spara orsaken' }).click();
    await page.getByText('Orsaken är rättad till Avbrutit gymnasieutbildning.').waitFor();
    const { rows } = await app.api.pool.query<{ reason: string }>(
      'SELECT registration_reason AS reason FROM kaa_enrollment WHERE id = $1',
      [incomplete.enrollment],
    );
    expect(rows[0].reason).toBe('DROPPED_OUT');
  });

  it('produces the file once the record is fixed, and asks before a second one', async () => {
    await page.getByRole('link', { name: 'Datakvalitet' }).click();
    await expectHeading(page, 'Datakvalitet');
    await page.getByRole('link', { name: 'Halvårsfil till SCB' }).click();
    await page.getByText('Uppgifterna som SCB kräver finns. Filen kan skapas.').waitFor();
    await page.getByRole('button', { name: 'Skapa fil för SCB' }).click();
    await page.getByText(/Filen KAA_\d{4}_\d{4}H[12]_1\.txt är skapad/).waitFor();
    await page.getByRole('table', { name: 'Skapade filer' }).getByText('Senaste').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Ladda ner KAA_\d{4}_\d{4}H[12]_1\.txt/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^KAA_\d{4}_\d{4}H[12]_1\.txt$/);

    await page.getByText('Det finns redan en fil för halvåret.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Skapa fil för SCB' }).click();
    await page.getByText('Bekräfta att den nya filen ersätter den tidigare.').waitFor();
    await expectAccessible(page, 'scb-replace-warning');
    await page.getByLabel('Jag förstår att den nya filen ersätter allt som skickats in tidigare för halvåret').check();
    await page.getByRole('button', { name: 'Skapa fil för SCB' }).click();
    await page.getByText(/Filen KAA_\d{4}_\d{4}H[12]_2\.txt är skapad/).waitFor();
    const history = page.getByRole('table', { name: 'Skapade filer' });
    await history.getByText('Ersatt').waitFor();
    expect(await history.getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'scb-history');
    const { rows } = await app.api.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM scb_kaa_file');
    expect(rows[0].n).toBe(2);
  });

  it('shows the data-quality view with shares and lists', async () => {
    await page.getByRole('link', { name: 'Datakvalitet' }).click();
    await expectHeading(page, 'Datakvalitet');
    await page.getByRole('heading', { name: 'Okänd sysselsättning' }).waitFor();
    await page.getByRole('heading', { name: 'Ingen kontakt under halvåret' }).waitFor();
    await page.getByRole('heading', { name: 'Saknar uppgifter som SCB kräver' }).waitFor();
    await page
      .getByText(/\d+ % \(\d+ av \d+\)/)
      .first()
      .waitFor();
    await expectAccessible(page, 'scb-quality');
  });

  it('shows a coordinator the validation and the history, but leaves producing and downloads to the team lead', async () => {
    const coordinator = await app.newPage();
    await coordinator.goto('/');
    await signIn(coordinator, 'samordnare@demo.brygga.se');
    await coordinator.getByRole('link', { name: 'Halvårsfil till SCB' }).click();
    await expectHeading(coordinator, 'Rapportering till SCB');
    await coordinator.getByText('Teamledaren skapar filen och laddar ner den.').waitFor();
    await coordinator
      .getByRole('table', { name: 'Skapade filer' })
      .getByText('Teamledaren laddar ner')
      .first()
      .waitFor();
    expect(await coordinator.getByRole('button', { name: 'Skapa fil för SCB' }).count()).toBe(0);
    await expectAccessible(coordinator, 'scb-coordinator');
  });
  it('corrects the end reason of an ended registration on the young person’s page; the end date stays', async () => {
    const { rows } = await app.api.pool.query<{ id: string; person: string; ended: string }>(
      `SELECT e.id, e.young_person_id AS person, to_char(e.ended_on, 'YYYY-MM-DD') AS ended
         FROM kaa_enrollment e JOIN young_person p ON p.id = e.young_person_id
        WHERE e.ended_on IS NOT NULL AND e.end_reason IS NOT NULL AND e.end_reason <> 'STARTED_EDUCATION'
          AND p.kaa_unit_id = (${TEAM_LEADS_UNIT})
        ORDER BY e.ended_on DESC, e.id LIMIT 1`,
    );
    const ended = rows[0];
    await page.goto(`/ungdomar/${ended.person}#registreringar`);
    await page.getByRole('heading', { name: 'Registreringar', level: 2 }).waitFor();
    await page
      .getByRole('button', { name: /^Rätta avslutsorsaken för registreringen / })
      .first()
      .click();
    const reason = page.getByLabel('Rätt avslutsorsak');
    await reason.waitFor();
    // Saving without a choice names the field.
    await page.getByRole('button', { name: 'Spara avslutsorsaken' }).click();
    await page.getByText('Välj en annan orsak.').first().waitFor();
    await reason.selectOption({ label: 'Har börjat studera' });
    await expectAccessible(page, 'young-person-correct-end-reason');
    await page.getByRole('button', { name: 'Spara avslutsorsaken' }).click();
    await page.getByText('Avslutsorsaken är rättad till Har börjat studera.').waitFor();
    await page.getByText('(Har börjat studera)', { exact: false }).first().waitFor();
    const after = await app.api.pool.query<{ reason: string; ended: string }>(
      `SELECT end_reason AS reason, to_char(ended_on, 'YYYY-MM-DD') AS ended FROM kaa_enrollment WHERE id = $1`,
      [ended.id],
    );
    expect(after.rows[0]).toEqual({ reason: 'STARTED_EDUCATION', ended: ended.ended });
  });
});
