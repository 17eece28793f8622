import type { Page } from 'playwright-core';

import {
  type BrowserApp,
  expectAccessible,
  expectHeading,
  menu,
  signIn,
  startBrowserApp,
  stockholmDay,
} from './support/browser';

// Stand-ins in a real Chromium (issue 17): the team lead names Sara as stand-in for Sam (after
// the form's error summary), Sara sees Sam's young people marked "Vikarie för Sam Samordnare" in
// her caseload, and the team lead ends the stand-in after a confirmation; axe on every state.
describe('stand-ins (browser)', () => {
  let app: BrowserApp;
  let lead: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    lead = await app.newPage();
    await lead.goto('/');
    await signIn(lead, 'teamledare@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('opens the stand-ins page and summarises what is missing', async () => {
    await expectHeading(lead, 'Enhetens ärenden');
    await menu(lead, 'Vikarier').click();
    await expectHeading(lead, 'Vikarier');
    await lead.getByText('Det finns inga pågående eller planerade vikariat.').waitFor();
    await expectAccessible(lead, 'stand-in-empty');
    await lead.getByRole('button', { name: 'Utse vikarie' }).click();
    await lead.getByRole('link', { name: 'Välj frånvarande samordnare.' }).waitFor();
    await lead.getByRole('link', { name: 'Skriv sista dag som ÅÅÅÅ-MM-DD.' }).waitFor();
    await expectAccessible(lead, 'stand-in-errors');
  });

  it('names a stand-in for a period and lists it', async () => {
    await lead.getByLabel('Frånvarande samordnare').selectOption({ label: 'Sam Samordnare' });
    await lead.getByLabel('Vikarie', { exact: true }).selectOption({ label: 'Sara Samordnare' });
    await lead.getByLabel('Första dag').fill(stockholmDay());
    await lead.getByLabel('Sista dag').fill(stockholmDay(1));
    await lead.getByRole('button', { name: 'Utse vikarie' }).click();
    await lead.getByText(/Sara Samordnare är vikarie för Sam Samordnare/).waitFor();
    const table = lead.getByRole('table', { name: 'Vikariat i enheten' });
    await table.getByRole('row').filter({ hasText: 'Sara Samordnare' }).filter({ hasText: 'Pågår' }).waitFor();
    await expectAccessible(lead, 'stand-in-appointed');
  });

  it('marks the covered young people in the stand-in’s caseload', async () => {
    const sara = await app.newPage();
    await sara.goto('/');
    await signIn(sara, 'samordnare2@demo.brygga.se');
    await expectHeading(sara, 'Mitt arbete');
    await menu(sara, 'Mina ungdomar').click();
    await expectHeading(sara, 'Mina ungdomar');
    await sara.getByText('Vikarie för Sam Samordnare').first().waitFor();
    await expectAccessible(sara, 'stand-in-caseload');
  });

  it('ends the stand-in after a confirmation', async () => {
    await lead.getByRole('button', { name: 'Avsluta vikariatet för Sam Samordnare' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Avsluta vikariatet?' });
    await dialog.waitFor();
    await expectAccessible(lead, 'stand-in-confirm');
    await dialog.getByRole('button', { name: 'Avsluta vikariatet' }).click();
    await lead.getByText('Vikariatet för Sam Samordnare är avslutat.').waitFor();
    await lead.getByText('Det finns inga pågående eller planerade vikariat.').waitFor();
    await expectAccessible(lead, 'stand-in-ended');
  });
});
