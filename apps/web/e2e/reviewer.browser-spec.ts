import type { Page } from 'playwright-core';

import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

// The log reviewer: the demo has an emergency access waiting in the review queue.
describe('log reviewer (browser)', () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    // Reads to review: the partner reads the young people who share with it (ground CONSENT).
    const partner = await app.api.login({ email: 'handlaggare@demo.brygga.se', password: DEMO_PASSWORD });
    const list = await app.api.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(first: 3) { nodes { id } } }',
      {},
      partner,
    );
    for (const { id } of list.data?.caseload.nodes ?? []) {
      await app.api.graphql('query($id: ID!) { youngPerson(id: $id) { id givenName } }', { id }, partner);
    }
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'granskare@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the review queue with the emergency access and its reason', async () => {
    await expectHeading(page, 'Logggranskning');
    await page.getByRole('heading', { name: /^Att granska \(\d+\)$/ }).waitFor();
    await page.getByText('Nödåtkomst', { exact: true }).first().waitFor();
    await page
      .getByText(/^Angivet skäl: /)
      .first()
      .waitFor();
    await expectAccessible(page, 'reviewer-queue');
  });

  it('closes a review with an outcome, which is required', async () => {
    const before = await page.getByRole('heading', { name: /^Att granska/ }).textContent();
    await page.getByRole('button', { name: 'Avsluta granskningen' }).first().click();
    await page.getByText('Välj ett utfall.').first().waitFor();
    await expectAccessible(page, 'reviewer-outcome-required');
    await page.getByRole('radio', { name: 'Befogad' }).first().check();
    await page.getByRole('button', { name: 'Avsluta granskningen' }).first().click();
    const count = Number(/\((\d+)\)/.exec(before ?? '')?.[1]);
    await page.getByRole('heading', { name: `Att granska (${count - 1})` }).waitFor();
  });

  it('searches the access log by ground, user and period, with an error summary for a bad date', async () => {
    await page.getByRole('link', { name: 'Åtkomstlogg' }).click();
    await expectHeading(page, 'Sök i åtkomstloggen');
    await page.getByRole('heading', { name: /^[\d\s]+ läsningar$/ }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'reviewer-access-log');
    await page.getByLabel('Grund', { exact: true }).selectOption({ label: 'Samtycke' });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await waitUntil(async () => {
      const grounds = await page.locator('tbody tr td:nth-child(4)').allTextContents();
      return grounds.length > 0 && grounds.every((g) => g === 'Samtycke');
    }, 'only reads on consent');
    await page.getByRole('button', { name: 'Visa Hanna Handläggares läsningar' }).first().click();
    await page.getByText('Vald: Hanna Handläggare', { exact: true }).waitFor();
    await page.getByLabel('Från och med (ÅÅÅÅ-MM-DD)').fill('2026-13-01');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv datumet som ÅÅÅÅ-MM-DD.' }).waitFor();
    await waitUntil(async () => (await page.title()).startsWith('Fel:'), 'the error title');
    await expectAccessible(page, 'reviewer-access-log-error');
    await page.getByLabel('Från och med (ÅÅÅÅ-MM-DD)').fill('2020-01-01');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { name: /^[1-9][\d\s]* läsningar$/ }).waitFor();
    await page
      .getByRole('button', { name: /^Visa ungdomens läsningar/ })
      .first()
      .click();
    await waitUntil(
      async () => (await page.getByLabel('Ungdomens id').inputValue()).length === 36,
      'the young person filter',
    );
  });

  it('shows the month’s sample and records a sampled read as reviewed', async () => {
    await page.getByRole('link', { name: 'Stickprov' }).click();
    await expectHeading(page, 'Månadens stickprov');
    await page.getByRole('heading', { name: /^[1-9][\d\s]* läsningar i stickprovet$/ }).waitFor();
    await expectAccessible(page, 'reviewer-sample');
    // WCAG 1.4.10: at 400 px the wide table scrolls in its region; the rows' visually hidden
    // labels (absolutely positioned) stretched the whole page to about 1 200 px.
    await page.setViewportSize({ width: 400, height: 800 });
    try {
      await waitUntil(
        async () => (await page.evaluate('document.documentElement.scrollWidth')) === 400,
        'the page no wider than the window',
      );
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await page.getByLabel('Utfall').first().selectOption({ label: 'Befogad' });
    await page.getByRole('button', { name: 'Spara granskningen' }).first().click();
    await page.getByText('Granskad: Befogad').first().waitFor();
    const { rows } = await app.api.pool.query<{ count: string }>(
      "SELECT count(*) FROM access_review WHERE kind = 'RANDOM_SAMPLE' AND status = 'CLOSED'",
    );
    expect(rows[0]?.count).toBe('1');
  });

  it('lists closed reviews with their outcome and reviewer', async () => {
    await page.getByRole('link', { name: 'Avslutade granskningar' }).click();
    await expectHeading(page, 'Avslutade granskningar');
    await page.getByText('2 avslutade granskningar').waitFor();
    await page.getByRole('cell', { name: 'Stickprov' }).waitFor();
    await page.getByRole('cell', { name: 'Nödåtkomst' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Greta Granskare' }).count()).toBe(2);
    await expectAccessible(page, 'reviewer-closed');
  });

  // Last: the users added here push the demo's users past the names the page lists (100).
  it('finds any user of the municipality for the user filter, by part of the name on the server', async () => {
    // 120 users whose names sort first: the demo's users are past the first 100 of the list.
    await app.api.pool.query(
      `INSERT INTO app_user (municipality_id, email, display_name)
       SELECT municipality_id, 'aaa' || g || '@demo.brygga.se', 'Aaa Extra ' || lpad(g::text, 3, '0')
         FROM app_user, generate_series(1, 120) g WHERE email = 'granskare@demo.brygga.se'`,
    );
    // Another user's read, so that the user filter has something to leave out.
    const coordinator = await app.api.login({ email: 'samordnare@demo.brygga.se', password: DEMO_PASSWORD });
    const own = await app.api.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(first: 1) { nodes { id } } }',
      {},
      coordinator,
    );
    const ownId = own.data?.caseload.nodes[0]?.id;
    expect(ownId).toBeDefined();
    await app.api.graphql('query($id: ID!) { youngPerson(id: $id) { id givenName } }', { id: ownId }, coordinator);
    const hanna = await app.api.pool.query<{ reads: number; total: number }>(
      `SELECT (SELECT count(*)::int FROM access_log l WHERE l.user_id = u.id) AS reads,
              (SELECT count(*)::int FROM access_log) AS total
         FROM app_user u WHERE u.email = 'handlaggare@demo.brygga.se'`,
    );
    const reads = hanna.rows[0]?.reads ?? 0;
    const total = hanna.rows[0]?.total ?? 0;
    expect(reads).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(reads);
    await page.getByRole('link', { name: 'Åtkomstlogg' }).click();
    await expectHeading(page, 'Sök i åtkomstloggen');
    await page.getByRole('heading', { name: /^[\d\s]+ läsningar$/ }).waitFor();
    const filter = page.getByRole('group', { name: 'Användare' });
    await filter.getByText('Alla användare', { exact: true }).waitFor();
    // More matches than shown: the reviewer is asked for more of the name.
    await page.getByLabel('Sök användare').fill('aaa extra');
    await filter.getByText('120 användare matchar, de första 10 visas. Skriv mer av namnet.').waitFor();
    expect(await filter.getByRole('button', { name: /^Välj Aaa Extra/ }).count()).toBe(10);
    await page.getByLabel('Sök användare').fill('  AAA   extra 120 ');
    await filter.getByText('1 användare matchar.').waitFor();
    await filter.getByRole('button', { name: 'Välj Aaa Extra 120' }).waitFor();
    await page.getByLabel('Sök användare').fill('Ingen Sådan');
    await filter.getByText('Ingen användare heter något med ”Ingen Sådan”.').waitFor();
    // A user past the first 100, found on the server (any case).
    await page.getByLabel('Sök användare').fill('HANDLÄGG');
    await filter.getByRole('button', { name: 'Välj Hanna Handläggare' }).waitFor();
    await expectAccessible(page, 'reviewer-access-log-user-search');
    await filter.getByRole('button', { name: 'Välj Hanna Handläggare' }).click();
    await filter.getByText('Vald: Hanna Handläggare', { exact: true }).waitFor();
    expect(await page.getByLabel('Sök användare').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { name: `${reads} läsningar` }).waitFor();
    // Taking the user out of the filter searches everyone's reads again.
    await filter.getByRole('button', { name: 'Ta bort Hanna Handläggare ur sökvillkoren' }).click();
    await filter.getByText('Alla användare', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { name: `${total} läsningar` }).waitFor();
    // Every reader on the page is named, past the first 100 users of the municipality too (the
    // rows name their readers; the page no longer names only the first 100 users).
    const results = page.getByRole('table', { name: 'Läsningar i åtkomstloggen, nyast först' });
    await results
      .getByRole('cell', { name: /^Hanna Handläggare/ })
      .first()
      .waitFor();
    await results
      .getByRole('cell', { name: /^Sam Samordnare/ })
      .first()
      .waitFor();
    expect(await results.getByText('Okänd användare').count()).toBe(0);
    await expectAccessible(page, 'reviewer-access-log-named');
  });

  // After the 120 users above: the reviewers and the reviewed users are past the first 100 users,
  // and 120 organisations sorting first push the readers' organisations past the first 100 too.
  it('names reviewers, reviewed users and the readers’ organisations past the first 100', async () => {
    await app.api.pool.query(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       SELECT municipality_id, 'Aaa Extraenhet ' || lpad(g::text, 3, '0'), kind, secrecy_domain
         FROM organization, generate_series(1, 120) g WHERE name = 'KAA-enheten'`,
    );
    await page.getByRole('link', { name: 'Åtkomstlogg' }).click();
    await expectHeading(page, 'Sök i åtkomstloggen');
    const results = page.getByRole('table', { name: 'Läsningar i åtkomstloggen, nyast först' });
    await results
      .getByText(/, Arbetsförmedlingen$/)
      .first()
      .waitFor();
    await results
      .getByText(/, KAA-enheten$/)
      .first()
      .waitFor();

    // The organisation filter searches on the server (issue 15): Arbetsförmedlingen, now past the
    // first 100 organisations by name, is found by part of its name and chosen with the keyboard.
    const afReads = await app.api.pool.query<{ reads: number }>(
      `SELECT count(*)::int AS reads FROM access_log l JOIN organization o ON o.id = l.organization_id
        WHERE o.name = 'Arbetsförmedlingen'`,
    );
    const reads = afReads.rows[0]?.reads ?? 0;
    expect(reads).toBeGreaterThan(0);
    const organization = page.getByRole('combobox', { name: 'Organisation' });
    await organization.fill('aaa extraenhet');
    await page.getByText('120 organisationer matchar, de första 20 visas. Skriv mer av namnet.').waitFor();
    await organization.fill('ingen sådan');
    await page.getByText('Ingen organisation heter något med ”ingen sådan”.').waitFor();
    await organization.fill('ARBETSFÖRM');
    await page.getByRole('option', { name: 'Arbetsförmedlingen' }).waitFor();
    await page.getByText('1 organisation matchar.').waitFor();
    await expectAccessible(page, 'reviewer-access-log-organization-search');
    await organization.press('ArrowDown');
    await organization.press('Enter');
    await page.getByRole('button', { name: 'Ta bort Arbetsförmedlingen' }).waitFor();
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { name: `${reads} läsningar` }).waitFor();
    expect(await results.getByText(/, KAA-enheten$/).count()).toBe(0);
    // Taken out again: every organisation's reads.
    await page.getByRole('button', { name: 'Ta bort Arbetsförmedlingen' }).click();
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await results
      .getByText(/, KAA-enheten$/)
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'Avslutade granskningar' }).click();
    await expectHeading(page, 'Avslutade granskningar');
    await page.getByText('2 avslutade granskningar').waitFor();
    await waitUntil(
      async () => (await page.getByRole('cell', { name: 'Greta Granskare' }).count()) === 2,
      'the reviewer named on both reviews',
    );
    await page.getByRole('cell', { name: 'Hanna Handläggare' }).first().waitFor();
    expect(await page.getByText('Okänd användare').count()).toBe(0);
    await expectAccessible(page, 'reviewer-closed-named');
  });
});
