import type { Locator, Page } from 'playwright-core';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { register, today } from '../../../test/support/young-people';

import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

const EXTRA = 60;

// Issue 15: lists that stopped at their first page left the rest unreachable. With more rows
// than one page (50) seeded, the list says how many it shows of how many, and "Visa fler"
// reaches the row past the first page (the newest, last in these oldest-first lists).
describe('lists longer than one page (browser)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
    const sql = (text: string) => app.api.pool.query(text);
    // Copies of an action assigned to Arbetsförmedlingen in an active plan, created after every
    // other: the last of them is on no first page.
    await sql(`INSERT INTO action_plan_action
      SELECT (jsonb_populate_record(NULL::action_plan_action, to_jsonb(a) || jsonb_build_object(
        'id', gen_random_uuid(), 'position', a.position + 1000 + g,
        'description', 'Extra åtgärd ' || g, 'created_at', now() + g * interval '1 second'))).*
        FROM (SELECT pa.* FROM action_plan_action pa
                JOIN organization o ON o.id = pa.responsible_organization_id AND o.name = 'Arbetsförmedlingen'
                JOIN action_plan p ON p.id = pa.plan_id AND p.status = 'ACTIVE'
               LIMIT 1) a, generate_series(1, ${EXTRA}) g`);
    // Copies of a referral sent to Arbetsförmedlingen, sent after every other.
    await sql(`INSERT INTO referral
      SELECT (jsonb_populate_record(NULL::referral, to_jsonb(r) || jsonb_build_object(
        'id', gen_random_uuid(), 'purpose', 'Extra remiss ' || g, 'sent_at', now() + g * interval '1 second'))).*
        FROM (SELECT rf.* FROM referral rf
                JOIN organization o ON o.id = rf.to_organization_id AND o.name = 'Arbetsförmedlingen'
               LIMIT 1) r, generate_series(1, ${EXTRA}) g`);
    // Open reviews of bulk reads for the log reviewer's queue, opened after the demo's; only the
    // last covers a period in 2019.
    await sql(`INSERT INTO access_review (municipality_id, kind, user_id, period_from, period_to, opened_at, status)
      SELECT u.municipality_id, 'BULK_READ', u.id,
             CASE WHEN g = ${EXTRA} THEN timestamptz '2019-03-04 10:00Z' ELSE now() - interval '2 days' END,
             CASE WHEN g = ${EXTRA} THEN timestamptz '2019-03-04 11:00Z' ELSE now() - interval '1 day' END,
             now() + g * interval '1 second', 'OPEN'
        FROM (SELECT id, municipality_id FROM app_user WHERE email = 'handlaggare@demo.brygga.se') u,
             generate_series(1, ${EXTRA}) g`);
    // More closed sample reviews than the sample page used to fetch (100), all older than the
    // one recorded below, of reads outside the sample.
    await sql(`INSERT INTO access_review
        (municipality_id, kind, user_id, access_log_id, period_from, period_to, opened_at, status, outcome,
         reviewed_by_id, reviewed_at)
      SELECT u.municipality_id, 'RANDOM_SAMPLE', u.id, gen_random_uuid(), now() - interval '3 days',
             now() - interval '3 days', now() - interval '2 days' + g * interval '1 second', 'CLOSED', 'JUSTIFIED',
             u.id, now() - interval '2 days'
        FROM (SELECT id, municipality_id FROM app_user WHERE email = 'granskare@demo.brygga.se') u,
             generate_series(1, 120) g`);
    // Reads this month for the sample: the partner reads young people who share with it.
    const partner = await app.api.login({ email: 'handlaggare@demo.brygga.se', password: DEMO_PASSWORD });
    const list = await app.api.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(first: 3) { nodes { id } } }',
      {},
      partner,
    );
    for (const { id } of list.data?.caseload.nodes ?? []) {
      await app.api.graphql('query($id: ID!) { youngPerson(id: $id) { id givenName } }', { id }, partner);
    }
    // More people in the team lead's unit than one page of users (50): coordinators, the last of
    // them by name past every page but the last.
    const { rows: unit } = await app.api.pool.query<{ municipality_id: string; organization_id: string }>(
      `SELECT m.municipality_id, m.organization_id FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE u.email = 'teamledare@demo.brygga.se'`,
    );
    const kaaUnit = {
      id: unit[0].organization_id,
      municipalityId: unit[0].municipality_id,
      kind: OrganizationKind.KAA_UNIT,
      name: 'KAA',
    };
    let lastCoordinator = '';
    for (let i = 0; i < EXTRA; i += 1) lastCoordinator = (await app.api.factories.user(kaaUnit, Role.COORDINATOR)).id;
    await app.api.pool.query(`UPDATE app_user SET display_name = 'Östen Sist' WHERE id = $1`, [lastCoordinator]);
    // A young person sent to the demo municipality by another, and copies of that hand-over sent
    // after it (newest first: the real one is last), moved on another day.
    const from = await app.api.factories.municipality('Avsändarkommun');
    const kaa = await app.api.factories.organization(from.id, OrganizationKind.KAA_UNIT);
    const sender = await app.api.login(await app.api.factories.user(kaa, Role.COORDINATOR));
    const person = await register(app.api, sender, { givenName: 'Tilde', familyName: 'Flyttström' });
    const sent = await app.api.graphql<{ handOverToMunicipality: { id: string } }>(
      'mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) { id } }',
      { input: { youngPersonId: person.id, toMunicipalityCode: '9999', movedOn: today() } },
      sender,
    );
    if (!sent.data) throw new Error(JSON.stringify(sent.errors));
    await app.api.pool.query(
      `INSERT INTO kaa_hand_over
       SELECT (jsonb_populate_record(NULL::kaa_hand_over, to_jsonb(h) || jsonb_build_object(
         'id', gen_random_uuid(), 'moved_on', '2020-01-01', 'sent_at', h.sent_at + g * interval '1 second'))).*
         FROM kaa_hand_over h, generate_series(1, ${EXTRA}) g WHERE h.id = $1`,
      [sent.data.handOverToMunicipality.id],
    );
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  async function countOf(scope: Page | Locator, what: string): Promise<{ shown: number; total: number }> {
    const text = await scope.getByText(new RegExp(`^Visar \\d+ av \\d+ ${what}$`)).innerText();
    const [, shown, total] = /^Visar (\d+) av (\d+)/.exec(text) ?? [];
    return { shown: Number(shown), total: Number(total) };
  }

  // Loads page after page of the list in `section` until the row is there, checking the count.
  async function showAll(page: Page, section: string, what: string, row: string): Promise<void> {
    const list = page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^${section}`) }) });
    const first = await countOf(list, what);
    expect(first.shown).toBe(50);
    expect(first.total).toBeGreaterThanOrEqual(EXTRA);
    expect(await list.getByText(row, { exact: true }).count()).toBe(0);
    for (let shown = 50; shown < first.total; shown += 50) {
      await list.getByRole('button', { name: 'Visa fler' }).click();
      const expected = Math.min(shown + 50, first.total);
      await list.getByText(`Visar ${expected} av ${first.total} ${what}`, { exact: true }).waitFor();
    }
    await list.getByText(row, { exact: true }).waitFor();
    expect(await list.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
  }

  describe('partner caseworker', () => {
    let page: Page;
    beforeAll(async () => {
      page = await app.newPage();
      await page.goto('/');
      await signIn(page, 'handlaggare@demo.brygga.se');
    });

    it('reaches every action assigned to the organisation on the start page', async () => {
      await expectHeading(page, 'Delat med oss');
      await page.getByRole('heading', { name: /^Åtgärder som vi ansvarar för/ }).waitFor();
      await expectAccessible(page, 'long-lists-partner-first-page');
      await showAll(page, 'Åtgärder som vi ansvarar för', 'åtgärder', `Extra åtgärd ${EXTRA}`);
    });

    it('reaches every referral sent to us on the start page', async () => {
      await showAll(page, 'Remisser till oss', 'remisser', `Extra remiss ${EXTRA}`);
      await expectAccessible(page, 'long-lists-partner-all');
    }, 120_000);

    it('reaches every referral on "Remisser"', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisser' }).click();
      await expectHeading(page, 'Remisser');
      const main = page.locator('main');
      const first = await countOf(main, 'remisser');
      expect(first.shown).toBe(50);
      expect(await main.getByText(`Extra remiss ${EXTRA}`, { exact: true }).count()).toBe(0);
      for (let shown = 50; shown < first.total; shown += 50) {
        await main.getByRole('button', { name: 'Visa fler' }).click();
        const expected = Math.min(shown + 50, first.total);
        await main.getByText(`Visar ${expected} av ${first.total} remisser`, { exact: true }).waitFor();
      }
      await main.getByText(`Extra remiss ${EXTRA}`, { exact: true }).waitFor();
      await expectAccessible(page, 'long-lists-referrals');
    }, 120_000);
  });

  // A run over a whole municipality may put thousands in the KAA unit's "to check" queue: the
  // queue shows 50 and "Visa fler" the next (it asked for the first 100 and showed no more).
  it('reaches every person in the KAA unit’s "to check" queue', async () => {
    await app.api.pool.query(
      `INSERT INTO target_group_check (municipality_id, kaa_unit_id, personal_identity_number, coordination_number,
         date_of_birth, given_name, family_name, status, lists_date, opened_at)
       SELECT o.municipality_id, o.id, '20080101' || lpad(g::text, 4, '0'), false, '2008-01-01', 'Extra',
              'Kontroll ' || lpad(g::text, 2, '0'), 'TO_CHECK', current_date, now()
         FROM app_user u JOIN membership ms ON ms.user_id = u.id JOIN organization o ON o.id = ms.organization_id,
              generate_series(1, ${EXTRA}) g
        WHERE u.email = 'samordnare@demo.brygga.se' AND o.kind = 'KAA_UNIT'`,
    );
    const page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'samordnare@demo.brygga.se');
    await expectHeading(page, 'Mitt arbete');
    await page.goto('/malgrupp');
    await expectHeading(page, 'Att kontrollera');
    const main = page.locator('main');
    const first = await countOf(main, 'personer');
    expect(first.shown).toBe(50);
    expect(first.total).toBeGreaterThanOrEqual(EXTRA);
    // The names in the first page's name column; of the 60, at least 10 are not among them.
    const table = main.getByRole('table', { name: 'Ungdomar att kontrollera' });
    const names = async () =>
      (await table.locator('tbody tr td:first-child span').allTextContents()).map((n) => n.trim());
    const firstPage = await names();
    expect(firstPage).toHaveLength(50);
    const extra = Array.from({ length: EXTRA }, (_, i) => `Extra Kontroll ${String(i + 1).padStart(2, '0')}`);
    const later = extra.filter((name) => !firstPage.includes(name));
    expect(later.length).toBeGreaterThanOrEqual(EXTRA - 50);
    for (let shown = 50; shown < first.total; shown += 50) {
      await main.getByRole('button', { name: 'Visa fler' }).click();
      const expected = Math.min(shown + 50, first.total);
      await main.getByText(`Visar ${expected} av ${first.total} personer`, { exact: true }).waitFor();
    }
    const all = await names();
    expect(all).toHaveLength(first.total);
    expect(later.every((name) => all.includes(name))).toBe(true);
    expect(await main.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
    await expectAccessible(page, 'long-lists-target-group-queue');
  }, 120_000);

  it('reaches every incoming hand-over on the team lead’s start page', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'teamledare@demo.brygga.se');
    await expectHeading(page, 'Enhetens ärenden');
    const section = page.getByRole('region', { name: 'Inkommande överlämningar' });
    const first = await countOf(section, 'överlämningar');
    expect(first).toEqual({ shown: 50, total: EXTRA + 1 });
    const movedToday = section.getByRole('cell', { name: today(), exact: true });
    expect(await movedToday.count()).toBe(0);
    await section.getByRole('button', { name: 'Visa fler' }).click();
    await section.getByText(`Visar ${EXTRA + 1} av ${EXTRA + 1} överlämningar`, { exact: true }).waitFor();
    await movedToday.waitFor();
    expect(await section.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
    await expectAccessible(page, 'long-lists-hand-overs');
    // Taking one in offers every coordinator of the unit, past the first page of users.
    await section.getByRole('button', { name: 'Ta emot Tilde Flyttström' }).first().click();
    const choice = section.getByLabel('Ansvarig samordnare');
    await waitUntil(
      async () => (await choice.locator('option', { hasText: 'Östen Sist' }).count()) === 1,
      'the coordinator past the first page offered',
    );
    await expectAccessible(page, 'long-lists-hand-over-coordinators');
  }, 120_000);

  it('reaches every open review in the log reviewer’s queue, and marks the sample past 100 reviews', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await signIn(page, 'granskare@demo.brygga.se');
    await expectHeading(page, 'Logggranskning');
    const queue = page.locator('section', { has: page.getByRole('heading', { name: /^Att granska/ }) });
    const first = await countOf(queue, 'granskningar');
    expect(first.shown).toBe(50);
    expect(first.total).toBeGreaterThan(EXTRA);
    expect(await queue.getByText(/2019/).count()).toBe(0);
    for (let shown = 50; shown < first.total; shown += 50) {
      await queue.getByRole('button', { name: 'Visa fler' }).click();
      const expected = Math.min(shown + 50, first.total);
      await queue.getByText(`Visar ${expected} av ${first.total} granskningar`, { exact: true }).waitFor();
    }
    await queue.getByText(/2019/).waitFor();
    await expectAccessible(page, 'long-lists-review-queue');

    // The sampled read reviewed now is marked, though 120 older sample reviews come before it.
    await page.getByRole('link', { name: 'Stickprov' }).click();
    await expectHeading(page, 'Månadens stickprov');
    await page.getByRole('heading', { name: /^[1-9]\d* läsningar i stickprovet$/ }).waitFor();
    expect(await page.getByText(/^Granskad: /).count()).toBe(0);
    await page.getByLabel('Utfall').first().selectOption({ label: 'Befogad' });
    await page.getByRole('button', { name: 'Spara granskningen' }).first().click();
    await page.getByText('Granskad: Befogad').first().waitFor();
    await page.reload();
    await expectHeading(page, 'Månadens stickprov');
    await page.getByText('Granskad: Befogad').first().waitFor();
    expect(await page.getByText(/^Granskad: /).count()).toBe(1);
    await expectAccessible(page, 'long-lists-sample');
  }, 120_000);
});
