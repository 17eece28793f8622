import { randomUUID } from 'node:crypto';

import type { Page } from 'playwright-core';

import { type BrowserApp, expectAccessible, expectHeading, menu, signIn, startBrowserApp } from './support/browser';

// Legal holds and archive files in a real Chromium (issue 19): the team lead opens
// Bevarandebeslut, is told what is wrong (error summary: no id, no reason, a young person not
// theirs), sets a hold on a young person of the unit, lifts it with a reason after a confirmation;
// the admin sees it in the municipality's list, downloads a disposal's archive file (its SHA-256
// shown) and is told when the file's keeping time is over. axe on every state.
describe('legal holds and archive files (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let personId = '';

  beforeAll(async () => {
    app = await startBrowserApp();
    const { rows } = await app.api.pool.query<{ id: string }>(
      `SELECT yp.id FROM young_person yp
         JOIN membership m ON m.organization_id = yp.kaa_unit_id AND m.role = 'TEAM_LEAD' AND m.ended_at IS NULL
         JOIN app_user u ON u.id = m.user_id
        WHERE u.email = 'teamledare@demo.brygga.se'
        ORDER BY yp.id LIMIT 1`,
    );
    personId = rows[0]?.id ?? '';
    expect(personId).not.toBe('');
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

  it('opens the team lead’s holds, none yet', async () => {
    await menu(page, 'Bevarandebeslut').click();
    await expectHeading(page, 'Bevarandebeslut');
    await page.getByText('Det finns inga bevarandebeslut.').waitFor();
    await expectAccessible(page, 'legal-holds-start');
  });

  it('summarises what is missing, then a young person who is not the unit’s', async () => {
    await page.getByRole('button', { name: 'Besluta om bevarande' }).click();
    await page.getByRole('link', { name: /Skriv ungdomens id/ }).waitFor();
    await page.getByRole('link', { name: 'Skriv ett skäl med minst 5 och högst 500 tecken.' }).waitFor();
    await expectAccessible(page, 'legal-holds-errors');
    await page.getByLabel('Ungdomens id', { exact: true }).fill(randomUUID());
    await page.getByLabel('Skäl', { exact: true }).fill('Begäran om utlämnande från tingsrätten');
    await page.getByRole('button', { name: 'Besluta om bevarande' }).click();
    await page.getByRole('link', { name: 'Det finns ingen ungdom med det id:t som du får besluta om.' }).waitFor();
    await expectAccessible(page, 'legal-holds-not-found');
  });

  it('sets a hold on a young person of the unit', async () => {
    await page.getByLabel('Ungdomens id', { exact: true }).fill(personId);
    await page.getByRole('button', { name: 'Besluta om bevarande' }).click();
    await page.getByText(`Bevarandebeslutet för ${personId} gäller nu.`).waitFor();
    await page
      .getByRole('table', { name: 'Bevarandebeslut, senaste först' })
      .getByRole('row')
      .filter({ hasText: personId })
      .filter({ hasText: 'Gäller' })
      .waitFor();
    await expectAccessible(page, 'legal-holds-set');
  });

  it('lifts it with a reason after a confirmation', async () => {
    await page.getByRole('button', { name: `Häv bevarandebeslutet för ${personId}` }).click();
    await page.getByRole('heading', { name: 'Häv bevarandebeslut' }).waitFor();
    await page.getByRole('button', { name: 'Häv beslutet' }).click();
    await page.getByRole('link', { name: 'Skriv ett skäl med minst 5 och högst 500 tecken.' }).waitFor();
    await expectAccessible(page, 'legal-holds-lift-errors');
    await page.getByLabel('Skäl för att häva', { exact: true }).fill('Tingsrättens dom har vunnit laga kraft');
    await page.getByRole('button', { name: 'Häv beslutet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Häva bevarandebeslutet?' });
    await dialog.waitFor();
    await expectAccessible(page, 'legal-holds-confirm');
    await dialog.getByRole('button', { name: 'Häv', exact: true }).click();
    await page.getByText(`Bevarandebeslutet för ${personId} är hävt.`).waitFor();
    await page
      .getByRole('table', { name: 'Bevarandebeslut, senaste först' })
      .getByRole('row')
      .filter({ hasText: personId })
      .filter({ hasText: 'Tingsrättens dom har vunnit laga kraft' })
      .waitFor();
    await expectAccessible(page, 'legal-holds-lifted');
    const { rows } = await app.api.pool.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE subject_id = $1 AND action LIKE 'retention.legal-hold.%' ORDER BY seq`,
      [personId],
    );
    expect(rows.map((r) => r.action)).toEqual(['retention.legal-hold.set', 'retention.legal-hold.lift']);
  });

  it('offers a team lead outside a KAA unit no legal holds: no menu entry, and "not allowed" at the address', async () => {
    // A school's team lead (the api's rule: only a KAA unit's team lead and the admin manage holds).
    await app.api.pool.query(
      `WITH u AS (
         INSERT INTO app_user (municipality_id, email, display_name, password_hash)
         SELECT municipality_id, 'teamledare-skola@demo.brygga.se', 'Tove Skolledare', password_hash
           FROM app_user WHERE email = 'teamledare@demo.brygga.se'
         RETURNING id, municipality_id)
       INSERT INTO membership (municipality_id, user_id, organization_id, role)
       SELECT u.municipality_id, u.id, o.id, 'TEAM_LEAD'
         FROM u JOIN organization o ON o.municipality_id = u.municipality_id AND o.secrecy_domain = 'SCHOOL'
        ORDER BY o.name LIMIT 1`,
    );
    const school = await app.newPage();
    await school.goto('/');
    await signIn(school, 'teamledare-skola@demo.brygga.se');
    const nav = school.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link').first().waitFor();
    expect(await nav.getByRole('link', { name: 'Bevarandebeslut', exact: true }).count()).toBe(0);
    await school.goto('/bevarande');
    await expectHeading(school, 'Du har inte behörighet till sidan');
    expect(await school.getByRole('button', { name: 'Besluta om bevarande' }).count()).toBe(0);
    await expectAccessible(school, 'legal-holds-not-allowed');
    await school.context().close();
  });

  it('shows the admin the municipality’s holds, and downloads a disposal’s archive file with its checksum', async () => {
    const admin = await app.newPage();
    await admin.goto('/');
    await signIn(admin, 'admin@demo.brygga.se');
    await expectHeading(admin, 'Administration');
    await menu(admin, 'Bevarandebeslut').click();
    await expectHeading(admin, 'Bevarandebeslut');
    await admin
      .getByRole('table', { name: 'Bevarandebeslut, senaste först' })
      .getByRole('row')
      .filter({ hasText: personId })
      .waitFor();
    await expectAccessible(admin, 'legal-holds-admin');

    // A notification two years old, disposed under a one-year rule: one proof with its archive.
    await app.api.pool.query(
      `INSERT INTO notification (municipality_id, user_id, kind, count, link, created_at)
       SELECT u.municipality_id, u.id, 'ALERT_OPENED', 1, '/larm', now() - interval '2 years'
         FROM app_user u WHERE u.email = 'teamledare@demo.brygga.se'`,
    );
    await menu(admin, 'Gallring').click();
    await expectHeading(admin, 'Gallring');
    await admin.getByLabel('Typ av uppgift', { exact: true }).selectOption({ label: 'Notiser' });
    await admin.getByLabel('Gallras efter (år)', { exact: true }).fill('1');
    await admin.getByLabel('Gallra enligt regeln').check();
    await admin.getByRole('button', { name: 'Spara regel' }).click();
    await admin.getByText('Regeln för Notiser är sparad.').waitFor();
    await admin.getByRole('button', { name: 'Gallra nu' }).click();
    await admin
      .getByRole('dialog', { name: 'Gallra nu?' })
      .getByRole('button', { name: 'Gallra', exact: true })
      .click();
    await admin.getByText(/^Gallringen är klar/).waitFor();
    const { rows } = await app.api.pool.query<{ id: string; archive_sha256: string }>(
      `SELECT id, archive_sha256 FROM disposal WHERE record_class = 'NOTIFICATION' ORDER BY disposed_at DESC LIMIT 1`,
    );
    const sha256 = rows[0]?.archive_sha256 ?? '';
    const protocols = admin.getByRole('table', { name: 'Genomförda gallringar, senaste först' });
    const row = protocols.getByRole('row').filter({ hasText: sha256 });
    await row.waitFor();
    const button = row.getByRole('button', { name: /^Ladda ned arkivfilen gallring-notification-/ });
    const [download] = await Promise.all([admin.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^gallring-notification-\d{4}-\d{2}-\d{2}\.json$/);
    await admin.getByText(`Kontrollera att dess SHA-256 är ${sha256}`, { exact: false }).waitFor();
    await expectAccessible(admin, 'retention-archive-downloaded');
    const audited = await app.api.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'retention.archive.download' AND subject_id = $1`,
      [rows[0]?.id],
    );
    expect(Number(audited.rows[0]?.n)).toBe(1);

    // Past its keeping time: a clear message, and the protocol says the file is gone.
    await app.api.pool.query(
      `UPDATE stored_file SET expires_at = now() - interval '1 day' WHERE purpose = 'RETENTION_ARCHIVE'`,
    );
    await button.click();
    await admin
      .getByText('Arkivfilen finns inte längre kvar (den sparas i 90 dagar efter gallringen).', { exact: false })
      .waitFor();
    await row.getByText('Finns inte längre').waitFor();
    await expectAccessible(admin, 'retention-archive-expired');
  });
});
