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

  it('signs out, forgets the session and says so', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
    expect(await page.context().cookies()).toEqual([]);
    await page.reload();
    await expectHeading(page, 'Logga in');
  });
});
