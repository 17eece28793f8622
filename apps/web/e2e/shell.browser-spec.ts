import type { Page } from 'playwright-core';

import {
  expectAccessible,
  expectFocused,
  expectHeading,
  expectNothingStored,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

// Sign-in, the session and the shell every role shares.
describe('sign-in and the shell (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the sign-in page at any address, accessible, with the statement linked', async () => {
    await page.goto('/ungdomar');
    await expectHeading(page, 'Logga in');
    expect(await page.title()).toBe('Logga in – Brygga');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await expectAccessible(page, 'sign-in');
  });

  it('summarises errors after a failed submit and links them to the fields', async () => {
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Skriv din e-postadress.' }).waitFor();
    expect(await page.title()).toBe('Fel: Logga in – Brygga');
    await expectAccessible(page, 'sign-in-errors');
    await signIn(page, 'samordnare@demo.brygga.se', 'wrong password');
    await page.getByRole('link', { name: 'E-postadressen eller lösenordet är fel.' }).waitFor();
  });

  it('signs in, shows who and as what in the header, and keeps nothing in web storage', async () => {
    await signIn(page, 'samordnare@demo.brygga.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await page.getByText('Sam Samordnare').waitFor();
    await page.getByText('KAA-samordnare, KAA-enheten').waitFor();
    await expectNothingStored(page);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.path])).toEqual([
      ['brygga_refresh', true, 'Strict', '/graphql'],
    ]);
  });

  it('stays signed in over a reload through the httpOnly cookie', async () => {
    await page.reload();
    await page.getByText('Sam Samordnare').waitFor();
  });

  it('moves focus to the new page heading on navigation; the skip link reaches the main content', async () => {
    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await expectHeading(page, 'Tillgänglighetsredogörelse');
    await expectFocused(page, 'h1');
    expect(await page.title()).toBe('Tillgänglighetsredogörelse – Brygga');
    expect(await page.getByRole('link', { name: /digg\.se\/tdosanmalan/ }).getAttribute('href')).toBe(
      'https://www.digg.se/tdosanmalan',
    );
    // The plans, consents, referrals, hand-over and register extract are in the app now; the
    // statement said they were only in the api.
    expect(await page.getByText('programmeringsgränssnitt').count()).toBe(0);
    await expectAccessible(page, 'accessibility-statement');
    await page.reload();
    await page.getByText('Sam Samordnare').waitFor();
    await page.keyboard.press('Tab');
    await expectFocused(page, '.brygga-skip-link');
    await page.keyboard.press('Enter');
    await expectFocused(page, 'main');
  });

  it('answers an unknown address with a 404 page', async () => {
    await page.goto('/finns-inte');
    await expectHeading(page, 'Sidan finns inte');
    await expectAccessible(page, 'not-found');
  });

  it('keeps the header within a 320 px wide window, "Logga ut" included (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await page.goto('/');
      await page.getByText('KAA-samordnare, KAA-enheten').waitFor();
      // Evaluated as a string: the browser's globals are not in the api project's types.
      const header = await page.evaluate(
        '(() => { const h = document.querySelector("header"); return { scroll: h.scrollWidth, client: h.clientWidth, page: document.documentElement.scrollWidth }; })()',
      );
      expect(header).toEqual({ scroll: 320, client: 320, page: 320 });
      const signOut = await page.getByRole('button', { name: 'Logga ut' }).boundingBox();
      expect(signOut && signOut.x >= 0 && signOut.x + signOut.width <= 320).toBe(true);
      await expectAccessible(page, 'shell-narrow');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('signs out, forgets the session and says so', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
    expect(await page.context().cookies()).toEqual([]);
    await page.reload();
    await expectHeading(page, 'Logga in');
  });
});
