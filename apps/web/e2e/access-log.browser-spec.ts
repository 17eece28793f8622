import type { Page } from 'playwright-core';

import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const TEAM_LEAD = 'teamledare@demo.brygga.se';

// The record's access log on the young person's page: the coordinator sees who read the record
// (their own reads by name; the team lead's by role and organisation, since a coordinator may not
// read other users' names), the team lead sees both by name.
describe('access log on the young person’s page (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let youngPersonId = '';
  let name = '';

  beforeAll(async () => {
    app = await startBrowserApp();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  const section = (on: Page) => on.getByRole('region', { name: 'Åtkomstlogg' });
  const table = (on: Page) => section(on).getByRole('table', { name: 'Läsningar av ungdomens uppgifter, nyast först' });

  it('shows the coordinator who read the record, and the team lead by role only', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina ungdomar' }).click();
    await expectHeading(page, 'Mina ungdomar');
    const first = page.getByRole('table').getByRole('link').first();
    name = (await first.textContent()) ?? '';
    youngPersonId = ((await first.getAttribute('href')) ?? '').split('/').pop() ?? '';
    // The team lead reads the record first (through the api).
    const token = await app.api.login({ email: TEAM_LEAD, password: DEMO_PASSWORD });
    const read = await app.api.graphql(
      'query ($id: ID!) { youngPerson(id: $id) { id givenName } }',
      {
        id: youngPersonId,
      },
      token,
    );
    expect(read.errors).toBeUndefined();

    await first.click();
    await expectHeading(page, name);
    await page
      .getByRole('navigation', { name: 'Innehåll på sidan' })
      .getByRole('link', { name: 'Åtkomstlogg' })
      .click();
    await table(page)
      .getByRole('cell', { name: /Sam Samordnare/ })
      .first()
      .waitFor();
    await table(page).getByRole('cell', { name: 'Eget ärende' }).first().waitFor();
    // The categories read, by their Swedish names, never the log's codes.
    await table(page)
      .getByRole('cell', { name: /(^|, )Identitet(, |$)/ })
      .first()
      .waitFor();
    expect(
      await table(page)
        .getByRole('cell', { name: /\b(NAME|IDENTITY|CONTACT|PLAN)\b/ })
        .count(),
    ).toBe(0);
    await table(page)
      .getByRole('cell', { name: /Namnet visas inte för dig.*Teamledare, KAA-enheten/ })
      .first()
      .waitFor();
    await section(page)
      .getByText(/^Visar 1–\d+ av [\d\s]+ läsningar$/)
      .waitFor();
    expect(await table(page).getByRole('columnheader', { name: 'Ungdom' }).count()).toBe(0);
    await expectAccessible(page, 'young-person-access-log');
  });

  it('shows the team lead the unit’s readers by name', async () => {
    const lead = await app.newPage();
    await lead.goto('/');
    await signIn(lead, TEAM_LEAD);
    await expectHeading(lead, 'Enhetens ärenden');
    await lead.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(lead, name);
    await table(lead)
      .getByRole('cell', { name: /Sam Samordnare/ })
      .first()
      .waitFor();
    await table(lead)
      .getByRole('cell', { name: /Tea Teamledare/ })
      .first()
      .waitFor();
    await expectAccessible(lead, 'young-person-access-log-team-lead');
  });
});
