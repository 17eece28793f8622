import type { Page } from 'playwright-core';

import { TransactionHost } from '@app/core/database';
import { NotificationsService } from '@app/notifications';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';

// Notifications in a real Chromium (issue 17): the header's bell shows the unread count and
// updates live when the alert evaluation writes a notification (graphql-ws); the notifications
// page lists them with their links and marks them read; the admin reads the e-mails in the
// outbox (no SMTP server in the demo). axe on every screen and state.
describe('notifications (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp({ PUBLIC_BASE_URL: 'https://brygga.demo.test' });
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  // What the alert evaluation's hook writes after a run that opened `opened` alerts for the user.
  async function notify(email: string, opened: number, escalated = 0): Promise<void> {
    const { rows } = await app.api.pool.query<{ id: string; municipality_id: string }>(
      'SELECT id, municipality_id FROM app_user WHERE email = $1',
      [email],
    );
    const user = rows[0];
    if (!user) throw new Error(`no user ${email}`);
    await app.api.api.app
      .get(TransactionHost)
      .run(
        () =>
          app.api.api.app
            .get(NotificationsService)
            .recordAlertChanges(new Date(), [
              { municipalityId: user.municipality_id, userId: user.id, opened, escalated },
            ]),
        { requireAudit: false },
      );
  }

  const bell = () => page.getByRole('banner').getByRole('link', { name: /^Notiser/ });

  it('shows the unread count in the header and updates it live', async () => {
    await expectHeading(page, 'Mitt arbete');
    await bell().waitFor();
    expect(await bell().getAttribute('aria-label')).toBe('Notiser, 0 olästa');
    // The start page's only subscription is the bell's.
    await app.api.waitForListeners(1);
    await notify(COORDINATOR, 3);
    await page.getByRole('banner').getByRole('link', { name: 'Notiser, 1 oläst' }).waitFor();
    await notify(COORDINATOR, 1, 2);
    await page.getByRole('banner').getByRole('link', { name: 'Notiser, 3 olästa' }).waitFor();
    await expectAccessible(page, 'notifications-bell');
  });

  it('lists the notifications with their links and marks them read', async () => {
    await bell().click();
    await expectHeading(page, 'Notiser');
    const list = page.getByRole('list', { name: 'Dina notiser' });
    await list.getByRole('link', { name: '3 nya larm' }).waitFor();
    await list.getByRole('link', { name: '1 nytt larm' }).waitFor();
    await list.getByRole('link', { name: '2 larm har eskalerats till dig' }).waitFor();
    await expectAccessible(page, 'notifications-list');

    await list.getByRole('button', { name: 'Markera som läst: 3 nya larm' }).click();
    await page.getByRole('status').getByText('Notisen är markerad som läst.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Notiser, 2 olästa' }).waitFor();
    await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await page.getByRole('status').getByText('Alla notiser är markerade som lästa.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Notiser, 0 olästa' }).waitFor();
    expect(await list.getByText('Oläst', { exact: true }).count()).toBe(0);
    await expectAccessible(page, 'notifications-read');

    await list.getByRole('link', { name: '3 nya larm' }).click();
    await expectHeading(page, 'Mitt arbete');
  });

  it('shows the admin the e-mails in the outbox, with counts and links only', async () => {
    const admin = await app.newPage();
    await admin.goto('/');
    await signIn(admin, 'admin@demo.brygga.se');
    await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utkorg' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Utkorg för e-post' }).waitFor();
    const table = admin.getByRole('table', { name: 'E-postmeddelanden, nyaste först' });
    await table.waitFor();
    expect(await table.getByRole('row').filter({ hasText: COORDINATOR }).count()).toBe(3);
    await table.getByText('Du har fått 3 nya larm.', { exact: false }).waitFor();
    await table.getByText('https://brygga.demo.test/', { exact: false }).first().waitFor();
    await expectAccessible(admin, 'outbox');
    await admin.getByLabel('Visa').selectOption('SENT');
    await admin.getByText('Inga e-postmeddelanden har skrivits.').waitFor();
    await expectAccessible(admin, 'outbox-empty');
  });
});
