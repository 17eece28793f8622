import request from 'supertest';
import type { Page } from 'playwright-core';

import {
  type BrowserApp,
  chooseOrganization,
  expectAccessible,
  expectHeading,
  menu,
  signIn,
  startBrowserApp,
} from './support/browser';

// Integration credentials in a real Chromium (issue 16): the admin creates one for Västra
// gymnasiet (after the form's error summary), sees the secret once, the school's system posts a
// file with it (its last use shows), and the admin revokes it after a confirmation; axe on every
// state.
describe('integration credentials (browser)', () => {
  let app: BrowserApp;
  let admin: Page;
  let secret = '';

  beforeAll(async () => {
    app = await startBrowserApp();
    admin = await app.newPage();
    await admin.goto('/');
    await signIn(admin, 'admin@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('opens the integrations page and summarises what is missing', async () => {
    await expectHeading(admin, 'Administration');
    await menu(admin, 'Integrationer').click();
    await expectHeading(admin, 'Integrationer');
    await admin.getByText('Det finns inga integrationsnycklar.').waitFor();
    // The help names both routes the one credential posts to.
    await admin
      .getByText(/signaler till \/signals\/import och frånvarodagar till \/early-warning\/absence-days\/import/)
      .waitFor();
    await expectAccessible(admin, 'integrations-empty');
    await admin.getByRole('button', { name: 'Skapa nyckel' }).click();
    await admin.getByRole('link', { name: 'Fyll i skola.' }).waitFor();
    await admin.getByRole('link', { name: 'Fyll i namn.' }).waitFor();
    await expectAccessible(admin, 'integrations-errors');
  });

  it('creates a credential for a school and shows its secret once', async () => {
    await chooseOrganization(admin, 'Skola', 'Västra gymnasiet', 'västra');
    await admin.getByLabel('Namn', { exact: true }).fill('Skolsystemet');
    await admin.getByRole('button', { name: 'Skapa nyckel' }).click();
    await admin.getByRole('heading', { name: 'Nyckeln för Skolsystemet är skapad' }).waitFor();
    secret = await admin.getByRole('textbox', { name: 'Integrationsnyckel' }).inputValue();
    expect(secret).toMatch(/^brygga_sig_/);
    const table = admin.getByRole('table', { name: 'Kommunens integrationsnycklar' });
    await table.getByRole('row').filter({ hasText: 'Västra gymnasiet' }).filter({ hasText: 'Aktiv' }).waitFor();
    await expectAccessible(admin, 'integrations-created');
    await admin.getByRole('button', { name: 'Jag har kopierat nyckeln' }).click();
    expect(await admin.getByRole('textbox', { name: 'Integrationsnyckel' }).count()).toBe(0);
  });

  it('shows when the school’s system last used it', async () => {
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const res = await request(app.api.url)
      .post('/signals/import')
      .set('authorization', `Bearer ${secret}`)
      .set('idempotency-key', 'webbtest-0001')
      .set('content-type', 'text/csv')
      .send(Buffer.from(`Personnummer;Signal;Datum\n200805112380;Ogiltig frånvaro;${day}\n`));
    expect(res.status).toBe(201);
    await admin.reload();
    await expectHeading(admin, 'Integrationer');
    const table = admin.getByRole('table', { name: 'Kommunens integrationsnycklar' });
    await table.getByRole('row').filter({ hasText: 'Skolsystemet' }).filter({ hasNotText: 'Aldrig' }).waitFor();
  });

  it('revokes the credential after a confirmation', async () => {
    await admin.getByRole('button', { name: 'Återkalla nyckeln Skolsystemet' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Återkalla nyckeln?' });
    await dialog.waitFor();
    await expectAccessible(admin, 'integrations-confirm');
    await dialog.getByRole('button', { name: 'Återkalla nyckeln' }).click();
    await admin.getByText('Nyckeln Skolsystemet är återkallad.').waitFor();
    const table = admin.getByRole('table', { name: 'Kommunens integrationsnycklar' });
    await table.getByRole('row').filter({ hasText: 'Skolsystemet' }).filter({ hasText: 'Återkallad' }).waitFor();
    await expectAccessible(admin, 'integrations-revoked');
  });
});
