import type { Page } from 'playwright-core';

import { expectFocused, expectHeading, startBrowserApp, waitUntil, type BrowserApp } from './support/browser';

// The coordinator's main path with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows):
// sign in, open the caseload, open a young person, log a contact attempt. Every stop must be
// reachable, visibly focused and not hidden under anything (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11).
describe('keyboard only (browser)', () => {
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

  // Describes the focused element: its tag, role, accessible text and whether it is on screen.
  interface Focused {
    tag: string;
    href: string;
    text: string;
    type: string;
    visible: boolean;
  }
  async function focused(): Promise<Focused> {
    return page.evaluate<Focused>(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { tag: 'body', href: '', text: '', type: '', visible: false };
      const r = el.getBoundingClientRect();
      // The middle of the part inside the viewport (a table region can be taller than it).
      const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);
      const left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return {
        tag: el.tagName.toLowerCase(),
        href: el.getAttribute('href') || '',
        text: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('value') || '').trim(),
        type: el.getAttribute('type') || '',
        visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight &&
          (hit === el || el.contains(hit) || (hit !== null && hit.contains(el))),
      };
    })()`);
  }

  // Presses Tab until the focused element matches, checking every stop on the way is visible.
  async function tabTo(match: (f: Focused) => boolean, what: string, max = 60) {
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press('Tab');
      let now = await focused();
      // The browser scrolls the focused element into view after the key; on a loaded machine
      // that can land after the first look (the page's sticky header still over it), so the stop
      // gets a second to come into view. One that never does still fails.
      for (let waited = 0; !now.visible && now.tag !== 'body' && now.tag !== 'main' && waited < 1000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        now = await focused();
      }
      if (now.tag !== 'body' && now.tag !== 'main' && !now.visible) {
        throw new Error(`a focus stop is not visible: ${JSON.stringify(now)}`);
      }
      if (match(now)) return;
    }
    throw new Error(`${what} not reached with Tab`);
  }

  it('signs in with the keyboard', async () => {
    await page.goto('/');
    await expectHeading(page, 'Logga in');
    await tabTo((f) => f.tag === 'input' && f.type === 'email', 'the e-mail field');
    await page.keyboard.type('samordnare@demo.brygga.se');
    await page.keyboard.press('Tab');
    await page.keyboard.type('brygga-demo-2026');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Mitt arbete');
  });

  it('opens the caseload from the menu and a young person from the table', async () => {
    await tabTo((f) => f.tag === 'a' && f.text === 'Mina ungdomar', 'the caseload link');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Mina ungdomar');
    await expectFocused(page, 'h1');
    await page.getByRole('table').waitFor();
    // The sort buttons are reachable and work from the keyboard.
    await tabTo((f) => f.tag === 'button' && f.text.startsWith('Fyller 20'), 'the "Fyller 20" sort button');
    await page.keyboard.press('Enter');
    await waitUntil(
      async () =>
        (await page.getByRole('columnheader', { name: 'Fyller 20' }).getAttribute('aria-sort')) === 'ascending',
      'the sort',
    );
    // Focus stays on the button pressed while the sorted page loads.
    expect((await focused()).text).toMatch(/^Fyller 20/);
    // Until the sorted rows are there the previous rows are shown inert: a Tab then passes them
    // by (before this wait, the test could land on a stale row, lose focus when it was
    // replaced, and press Enter on nothing).
    await waitUntil(async () => (await page.getByRole('table').getAttribute('aria-busy')) === null, 'the sorted rows');
    await tabTo((f) => /^\/ungdomar\/[0-9a-f-]{36}$/.test(f.href), 'a young person');
    const name = (await focused()).text;
    expect(name).not.toBe('');
    await page.keyboard.press('Enter');
    await expectHeading(page, name);
    await expectFocused(page, 'h1');
  });

  it('logs a contact attempt with the keyboard, fixing the error the summary names', async () => {
    await tabTo((f) => f.tag === 'button' && f.text === 'Spara kontaktförsöket', 'the save button');
    await page.keyboard.press('Enter');
    // The error summary takes focus; its link moves focus to the field.
    await waitUntil(async () => (await focused()).text.includes('Rätta följande'), 'focus on the error summary');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Välj resultat.');
    await page.keyboard.press('Enter');
    await tabTo((f) => f.tag === 'input' && f.type === 'radio', 'the outcome');
    await page.keyboard.press('Space');
    await tabTo((f) => f.tag === 'button' && f.text === 'Spara kontaktförsöket', 'the save button');
    await page.keyboard.press('Enter');
    await page.getByText('Kontaktförsöket är sparat.').waitFor();
  });
});
