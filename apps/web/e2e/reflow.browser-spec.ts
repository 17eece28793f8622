import type { Page } from 'playwright-core';

import { expectHeading, signIn, startBrowserApp, waitUntil, type BrowserApp } from './support/browser';

// WCAG 1.4.10 (reflow): at 320 CSS px every page of every role's menu fits the window; only a
// wide table scrolls, inside its own region. Each role signs in at 320 px and opens every link
// of its menu (behind the menu button on a narrow window), then the page's width is measured
// once its heading is shown and the data has come.
const ROLES: Array<{ email: string; start: string }> = [
  { email: 'samordnare@demo.brygga.se', start: 'Mitt arbete' },
  { email: 'teamledare@demo.brygga.se', start: 'Enhetens ärenden' },
  { email: 'handlaggare@demo.brygga.se', start: 'Delat med oss' },
  { email: 'mentor@demo.brygga.se', start: 'Delat med oss' },
  { email: 'granskare@demo.brygga.se', start: 'Logggranskning' },
  { email: 'admin@demo.brygga.se', start: 'Administration' },
  { email: 'chef@demo.brygga.se', start: 'Rapporter' },
];

// What overflows: the page's width beyond the window, and the widest element that sticks out
// (outside a scrolling table region), to name in the failure.
const MEASURE = `(() => {
  const width = document.documentElement.clientWidth;
  let widest = '';
  let right = width;
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.brygga-table-region')) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > right + 0.5) {
      right = box.right;
      widest = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    }
  }
  return { page: document.documentElement.scrollWidth, width, widest };
})()`;

describe('reflow at 320 px (browser)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function menuLinks(page: Page): Promise<Array<{ name: string; href: string }>> {
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const links = nav.getByRole('link');
    const list: Array<{ name: string; href: string }> = [];
    for (let i = 0; i < (await links.count()); i += 1) {
      const link = links.nth(i);
      list.push({ name: (await link.textContent())?.trim() ?? '', href: (await link.getAttribute('href')) ?? '' });
    }
    return list;
  }

  it.each(ROLES)('fits every page of $email’s menu in 320 px', async ({ email, start }) => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await signIn(page, email);
    await expectHeading(page, start);
    const links = await menuLinks(page);
    expect(links.length).toBeGreaterThan(0);
    const wide: string[] = [];
    for (const { name, href } of links) {
      await page.goto(href);
      await page.locator('main h1').first().waitFor();
      // Let the page's data come (its skeletons and "Laddar…" go).
      await waitUntil(async () => (await page.getByText('Laddar…').count()) === 0, `${name} loaded`, 20_000);
      const measured = await page.evaluate<{ page: number; width: number; widest: string }>(MEASURE);
      if (measured.page > measured.width) wide.push(`${name} (${href}): ${measured.page} px, ${measured.widest}`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  // The busiest page, not in any menu: a young person's record, every section of it.
  it('fits a young person’s page in 320 px', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await signIn(page, 'samordnare@demo.brygga.se');
    await expectHeading(page, 'Mitt arbete');
    await page.goto('/ungdomar');
    const first = page.getByRole('table').getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expectHeading(page, name);
    await waitUntil(async () => (await page.getByText('Laddar…').count()) === 0, 'the page loaded', 20_000);
    const measured = await page.evaluate<{ page: number; width: number; widest: string }>(MEASURE);
    expect(measured.page > measured.width ? measured.widest : '').toBe('');
    await page.close();
  });
});
