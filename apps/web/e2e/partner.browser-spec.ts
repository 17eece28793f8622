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
    // An action says whose plan it is when the organisation may read that plan (the demo's
    // consents give it some), and a list longer than its first page says so.
    await page
      .getByRole('link', { name: /^Visa planen ”.+”$/ })
      .first()
      .waitFor();
    const heading = await page.getByRole('heading', { name: /^Åtgärder som vi ansvarar för/ }).innerText();
    const total = Number(/\((\d+)\)/.exec(heading)?.[1]);
    if (total > 50) await page.getByText(`Visar 50 av ${total} åtgärder`, { exact: true }).waitFor();
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

  it('"Remisser" in the menu lists the referrals sent to us and answers one there', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisser' }).click();
    await expectHeading(page, 'Remisser');
    // It was a placeholder that sent the caseworker to the api.
    await page.getByText('Remisserna som har skickats till er organisation').waitFor();
    expect(await page.getByText('Bryggas API').count()).toBe(0);
    const { rows } = await app.api.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM referral r JOIN organization o ON o.id = r.to_organization_id
        WHERE o.name = 'Arbetsförmedlingen'`,
    );
    await waitUntil(
      async () => (await page.locator('main li', { hasText: 'Visa ungdomen' }).count()) === Number(rows[0]?.n),
      'a card per referral sent to us',
    );
    // The referral accepted above (or in the seed) is marked as done here.
    const done = page.getByRole('button', { name: 'Markera som klar' });
    const before = await done.count();
    expect(before).toBeGreaterThan(0);
    await done.first().click();
    await waitUntil(async () => (await done.count()) === before - 1, 'the referral marked as done');
    await expectAccessible(page, 'partner-referrals');
  });

  it('opens a young person who shares with us: consented parts shown, the rest "Dold – samtycke saknas"', async () => {
    await page.goto('/');
    await expectHeading(page, 'Delat med oss');
    // A young person whose consent names OCCUPATION and PLAN only (not IDENTITY or CONTACT).
    const { rows } = await app.api.pool.query<{ id: string; name: string }>(
      `SELECT p.id, p.given_name || ' ' || p.family_name AS name
         FROM young_person p JOIN consent c ON c.young_person_id = p.id
         JOIN organization o ON o.id = c.recipient_organization_id AND o.name = 'Arbetsförmedlingen'
        WHERE NOT ('IDENTITY' = ANY(c.categories)) AND NOT p.protected_identity
        ORDER BY p.id LIMIT 1`,
    );
    const person = rows[0];
    if (!person) throw new Error('the demo has no consent without IDENTITY for Arbetsförmedlingen');
    await page.getByRole('link', { name: person.name }).first().click();
    await expectHeading(page, person.name);
    await page.getByText('Du ser uppgifterna genom').waitFor();
    await page.getByRole('heading', { name: 'Uppgifter som inte visas' }).waitFor();
    await page.getByText('Personnummer och ålder: Dold – samtycke saknas').waitFor();
    await page.getByText('Kontaktuppgifter och vårdnadshavare: Dold – samtycke saknas').waitFor();
    expect(await page.getByText('Dold – samtycke saknas', { exact: true }).count()).toBeGreaterThan(2);
    await expectAccessible(page, 'partner-young-person');
    // The consented plan, read-only.
    await page.getByRole('link', { name: /^Plan: / }).click();
    await expectHeading(page, 'Plan: ');
    await page.getByRole('heading', { name: 'Mål med ungdomens egna ord' }).waitFor();
    await page.getByRole('heading', { name: 'Åtgärder' }).waitFor();
    await expectAccessible(page, 'partner-shared-plan');
    await page.getByRole('link', { name: 'Till ungdomens sida' }).click();
    await expectHeading(page, person.name);
  });

  it('reads the plan behind an assigned action, or is told why it is hidden', async () => {
    await page.goto('/');
    await expectHeading(page, 'Delat med oss');
    await page.getByRole('link', { name: 'Visa planen' }).first().click();
    await page.locator('h1', { hasText: /^Plan/ }).waitFor();
    await waitUntil(
      async () =>
        (await page.getByText('Planen visas inte – samtycke saknas', { exact: false }).count()) > 0 ||
        (await page.getByRole('heading', { name: 'Åtgärder' }).count()) > 0,
      'the plan or why it is hidden',
    );
    await expectAccessible(page, 'partner-action-plan');
  });

  it('sees nothing of a young person at once after the consent is withdrawn, not even from its cache', async () => {
    // A young person shared with us by exactly one consent in force and nothing else.
    const { rows } = await app.api.pool.query<{ id: string; name: string; consent: string; coordinator: string }>(
      `SELECT p.id, p.given_name || ' ' || p.family_name AS name, c.id AS consent, u.email AS coordinator
         FROM young_person p
         JOIN consent c ON c.young_person_id = p.id AND c.withdrawn_at IS NULL
          AND c.valid_from <= current_date AND c.valid_to >= current_date
         JOIN organization o ON o.id = c.recipient_organization_id AND o.name = 'Arbetsförmedlingen'
         JOIN app_user u ON u.id = p.coordinator_id
        WHERE NOT p.protected_identity
          AND (SELECT count(*) FROM consent d WHERE d.young_person_id = p.id
                  AND d.recipient_organization_id = o.id AND d.withdrawn_at IS NULL) = 1
          AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.young_person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM emergency_access e WHERE e.young_person_id = p.id)
        ORDER BY p.id LIMIT 1`,
    );
    const person = rows[0];
    if (!person) throw new Error('the demo has no young person shared with Arbetsförmedlingen by one consent only');
    await page.goto('/');
    await expectHeading(page, 'Delat med oss');
    await page.getByRole('link', { name: person.name }).first().click();
    await expectHeading(page, person.name);
    await page.getByText('Du ser uppgifterna genom').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till Delat med oss' }).click();
    await expectHeading(page, 'Delat med oss');

    // The coordinator withdraws the consent (through the api, as an integration would).
    const token = await app.api.login({ email: person.coordinator, password: DEMO_PASSWORD });
    const withdrawn = await app.api.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id status } }',
      { input: { consentId: person.consent } },
      token,
    );
    expect(withdrawn.errors).toBeUndefined();

    // The partner's list still holds the young person until it is fetched again; opening them
    // asks the api, which refuses, and the young person is evicted from the client's cache.
    await page.getByRole('link', { name: person.name }).first().click();
    await expectHeading(page, 'Uppgifterna visas inte');
    expect(await page.getByText(person.name).count()).toBe(0);
    await page.getByRole('link', { name: 'Tillbaka till Delat med oss' }).click();
    await expectHeading(page, 'Delat med oss');
    // At first paint, from the cache: the young person is no longer in the list.
    expect(await page.getByRole('link', { name: person.name }).count()).toBe(0);
    await page.getByRole('heading', { name: /^Planer som delas med oss/ }).waitFor();
    expect(await page.getByRole('link', { name: person.name }).count()).toBe(0);
  });

  it('opens an emergency access with a reason, shows it with its time left, and ends it', async () => {
    const { rows } = await app.api.pool.query<{ id: string }>(
      `SELECT p.id FROM young_person p
        WHERE NOT p.protected_identity
          AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.young_person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM emergency_access e WHERE e.young_person_id = p.id)
        ORDER BY p.id LIMIT 1`,
    );
    const id = rows[0]?.id ?? '';
    await page.goto(`/ungdomar/${id}`);
    await expectHeading(page, 'Uppgifterna visas inte');
    await page.getByRole('heading', { name: 'Nödåtkomst' }).waitFor();
    await page.getByRole('button', { name: 'Öppna nödåtkomst' }).click();
    await page.getByRole('link', { name: 'Skriv skälet till nödåtkomsten.' }).waitFor();
    await expectAccessible(page, 'partner-emergency-reason-required');
    await page.getByLabel('Skäl till nödåtkomsten').fill('Akut oro efter samtal från skolan, behöver nå ungdomen');
    await page.getByRole('button', { name: 'Öppna nödåtkomst' }).click();
    await page.getByRole('heading', { name: 'Nödåtkomst pågår' }).waitFor();
    await page.getByText('Ditt skäl: Akut oro efter samtal från skolan, behöver nå ungdomen').waitFor();
    await page.getByText(/^Återstående tid: (60|59) minuter \(till kl\. \d\d:\d\d\)\.$/).waitFor();
    await page.getByText('nödåtkomst', { exact: true }).waitFor();
    expect(await page.getByText('Dold – samtycke saknas', { exact: true }).count()).toBe(0);
    await expectAccessible(page, 'partner-emergency-access');
    const { rows: accesses } = await app.api.pool.query<{ reason: string; active: boolean }>(
      `SELECT reason, ended_at IS NULL AS active FROM emergency_access WHERE young_person_id = $1`,
      [id],
    );
    expect(accesses).toEqual([{ reason: 'Akut oro efter samtal från skolan, behöver nå ungdomen', active: true }]);
    // On every other page a banner says an emergency access is running, and leads back to it.
    expect(await page.getByText('Du har en pågående nödåtkomst.').count()).toBe(0);
    await page.getByRole('link', { name: 'Delat med oss', exact: true }).click();
    await page.getByText('Du har en pågående nödåtkomst.').waitFor();
    await page.getByText(/^Till kl\. \d\d:\d\d: ungdomens sida$/).waitFor();
    await expectAccessible(page, 'partner-emergency-banner');
    // The list of one's own emergency accesses.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina nödåtkomster' }).click();
    await expectHeading(page, 'Mina nödåtkomster');
    await page.getByRole('cell', { name: 'Akut oro efter samtal från skolan, behöver nå ungdomen' }).waitFor();
    await page.getByRole('cell', { name: 'Pågår', exact: true }).waitFor();
    await expectAccessible(page, 'partner-emergency-list');
    await page.getByRole('link', { name: 'ungdomens sida', exact: true }).click();
    await page.getByRole('heading', { name: 'Nödåtkomst pågår' }).waitFor();
    await page.getByRole('button', { name: 'Avsluta nödåtkomsten' }).click();
    await expectHeading(page, 'Uppgifterna visas inte');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina nödåtkomster' }).click();
    await expectHeading(page, 'Mina nödåtkomster');
    await page.getByRole('cell', { name: 'Avslutad', exact: true }).waitFor();
    expect(await page.getByText('Du har en pågående nödåtkomst.').count()).toBe(0);
  });
});
