import type { Page } from 'playwright-core';

import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

// The partner caseworker (Arbetsförmedlingen in the demo): what consent and referrals give the
// organisation, updating an assigned action, answering a referral.
describe('partner caseworker (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'handlaggare@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the actions, referrals and plans shared with the organisation', async () => {
    await expectHeading(page, 'Delat med oss');
    await page.getByRole('heading', { name: /^Åtgärder som vi ansvarar för/ }).waitFor();
    await page.getByRole('heading', { name: /^Remisser till oss/ }).waitFor();
    await page.getByRole('heading', { name: /^Planer som delas med oss/ }).waitFor();
    await expectAccessible(page, 'partner-shared');
  });

  it('updates the status of an action assigned to the organisation', async () => {
    const select = page.getByLabel('Status för åtgärden').first();
    if ((await select.count()) === 0) return; // no consented plan with our action in this seed
    const current = await select.inputValue();
    await select.selectOption(current === 'DONE' ? 'IN_PROGRESS' : 'DONE');
    await page.getByRole('button', { name: 'Spara status' }).first().click();
    await page.getByText('Statusen är sparad.').waitFor();
    await expectAccessible(page, 'partner-action-saved');
  });

  it('answers a referral: declining needs a reason', async () => {
    const decline = page.getByRole('button', { name: 'Avböj', exact: true }).first();
    if ((await decline.count()) === 0) return; // no unanswered referral in this seed
    await decline.click();
    await page.getByRole('button', { name: 'Avböj remissen' }).click();
    await page.getByText('Skriv varför ni avböjer.').first().waitFor();
    await expectAccessible(page, 'partner-decline-reason');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Ta emot' }).first().click();
    await page.getByRole('button', { name: 'Markera som klar' }).first().waitFor();
  });
});
