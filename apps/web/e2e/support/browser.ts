import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { startTestApi, type TestApi } from '../../../../test/support/test-api';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath } = require('../../../../scripts/chromium.cjs') as { chromiumPath: () => string | undefined };

export const DEMO_PASSWORD = 'brygga-demo-2026';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', '..', 'test-artifacts', 'browser');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface BrowserApp {
  api: TestApi;
  browser: Browser;
  // Problems the page reported: uncaught errors and Content Security Policy violations.
  problems: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

// The real api on a database of its own (cloned from the migrated template) with the demo
// municipality loaded, serving the built web app (dist/web), and Debian's Chromium. The flags
// keep Chromium off the network: this machine reaches package registries only. The api accepts
// only the app's persisted operations from the browser, as in production, so an operation the
// app sends that is not in the manifest (or differs from it) fails the test.
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium (CHROMIUM_PATH or /usr/bin/chromium)');
  const api = await startTestApi({ env: { DEMO_DATA: 'true', PERSISTED_OPERATIONS: 'browsers', ...env } });
  if (!api.api.webApp) throw new Error('the web app is not built: run `node scripts/build.mjs` first');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    api,
    browser,
    problems,
    newPage: async () => {
      // A fresh context per user: its own cookies, as a separate browser profile would have.
      const context = await browser.newContext({
        baseURL: api.url,
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      return page;
    },
    close: async () => {
      for (const context of contexts) await context.close();
      await browser.close();
      await api.close();
    },
  };
}

// axe on the page's current state (run again after each dialog, error summary or alert that
// opens); serious and critical violations fail. Also keeps a screenshot as an artifact.
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(report).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

// No personal data in web storage or a script-readable cookie (issue 15).
export async function expectNothingStored(page: Page): Promise<void> {
  // Evaluated as a string: the browser's globals are not in the api project's types.
  const stored = await page.evaluate(
    '({ local: window.localStorage.length, session: window.sessionStorage.length, cookie: document.cookie })',
  );
  expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
}

// playwright-core has no test runner's web-first assertions; these wait like them.
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  // An empty text would match any h1 and pass without the page having changed.
  if (text === '') throw new Error('expectHeading needs the heading text');
  await page.locator('h1', { hasText: text }).waitFor();
  await waitUntil(async () => (await page.title()).endsWith('– Brygga'), 'the document title');
}

export async function expectFocused(page: Page, selector: string): Promise<void> {
  const script = `document.activeElement !== null && document.activeElement.matches(${JSON.stringify(selector)})`;
  await waitUntil(async () => (await page.evaluate(script)) === true, `focus on ${selector}`);
}

// A link of the main menu (the shell's "Huvudmeny" navigation), by its exact name.
export function menu(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true });
}

// A day `offset` days from now in Stockholm (YYYY-MM-DD), as the api counts the municipality's days.
export function stockholmDay(offset = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}

// Chooses an organisation in an OrganizationPicker (a combobox searching on the server): types
// part of the name (`search`, the whole name by default), picks the match and waits until it is
// the chosen one (its "Ta bort …" button shows).
export async function chooseOrganization(scope: Page | Locator, label: string, name: string, search = name) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(search);
  await scope.getByRole('option', { name, exact: true }).click();
  await scope.getByRole('button', { name: `Ta bort ${name}`, exact: true }).waitFor();
}
