import type { Page } from 'playwright-core';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// WCAG 2.2.1: before the session's refresh window closes, a dialog warns and lets the user stay
// signed in; when it runs out, the session ends with a clear message. The api's refresh window
// is 5 minutes here, and the page's clock is moved instead of waiting.
describe('session timeout warning (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp({ REFRESH_TOKEN_TTL_SECONDS: '300' });
    page = await app.newPage();
    await page.clock.install();
    await page.goto('/');
    await signIn(page, 'samordnare@demo.brygga.se');
    await expectHeading(page, 'Mitt arbete');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('warns two minutes before the end and extends the session on request', async () => {
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.clock.fastForward('03:05');
    const dialog = page.getByRole('dialog', { name: 'Du loggas snart ut' });
    await dialog.waitFor();
    await dialog.getByText(/loggas du ut om 1:5\d\./).waitFor();
    await expectAccessible(page, 'session-timeout-warning');
    await dialog.getByRole('button', { name: 'Fortsätt vara inloggad' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.clock.fastForward('02:00');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectHeading(page, 'Mitt arbete');
  });

  it('ends the session with a clear message when the time runs out', async () => {
    await page.clock.fastForward('01:30');
    await page.getByRole('dialog', { name: 'Du loggas snart ut' }).waitFor();
    await page.clock.fastForward('02:10');
    await page.getByText('Din session har gått ut. Logga in igen för att fortsätta.').waitFor();
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
  });
});
