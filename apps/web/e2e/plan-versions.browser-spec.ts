import type { Page } from 'playwright-core';

import { randomIdentityNumber, stockholmDay } from '../../../test/support/young-people';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectFocused,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';

// The plan's history on the young person's page (issue 15): the lead, background and
// participation edited in the plan editor (version 2 over the api's version 1), the plan's
// "Versioner" (who and when, one version read-only, two compared with what was added, removed
// and changed in words), and a closed plan opened read-only with its own versions. axe on every
// state that opens.
describe('plan versions and closed plans (browser)', () => {
  jest.setTimeout(120_000);
  let app: BrowserApp;
  let page: Page;
  let token = '';
  let youngPersonId = '';
  let planId = '';
  let me = { id: '', name: '', organizationId: '', organization: '' };

  const plan = () => page.getByRole('region', { name: 'Plan', exact: true });
  const closed = () => page.getByRole('region', { name: 'Avslutade planer', exact: true });

  beforeAll(async () => {
    app = await startBrowserApp();
    token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const { rows } = await app.api.pool.query<{ id: string; name: string; organization_id: string; org: string }>(
      `SELECT u.id, u.display_name AS name, m.organization_id, o.name AS org FROM app_user u
         JOIN membership m ON m.user_id = u.id JOIN organization o ON o.id = m.organization_id
        WHERE u.email = $1 AND m.ended_at IS NULL`,
      [COORDINATOR],
    );
    me = { id: rows[0].id, name: rows[0].name, organizationId: rows[0].organization_id, organization: rows[0].org };
    const { number } = randomIdentityNumber({ age: 18 });
    const registered = await app.api.graphql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Vera',
          familyName: 'Versionsson',
          personalIdentityNumber: number,
          enrollment: {
            registeredOn: stockholmDay(new Date(Date.now() - 60 * 86_400_000)),
            reason: 'DROPPED_OUT',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
          },
        },
      },
      token,
    );
    expect(registered.errors).toBeUndefined();
    youngPersonId = registered.data?.registerYoungPerson.id ?? '';
    // Version 1, drawn up through the api.
    const created = await app.api.graphql<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId,
          title: 'Veras plan',
          leadOrganizationId: me.organizationId,
          goals: [
            { text: 'Jag vill börja plugga', owner: 'YOUNG_PERSON' },
            { text: 'Sova bättre', owner: 'PROFESSIONAL' },
          ],
          actions: [
            { goalIndex: 0, description: 'Studiebesök på Komvux', responsibleOrganizationId: me.organizationId },
          ],
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    planId = created.data?.createActionPlan.id ?? '';
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
    await page.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(page, 'Vera Versionsson');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the lead, background and participation, and edits them into version 2', async () => {
    await plan().getByText(me.organization, { exact: true }).first().waitFor();
    await plan().getByText('Inte angivet', { exact: true }).waitFor();
    await plan().getByRole('button', { name: 'Ändra planen' }).click();
    await plan().getByRole('heading', { name: 'Ändra planen (utgår från version 1)' }).waitFor();
    // The lead organisation's active members are the choices, by name (the user themself named so).
    const lead = plan().getByLabel('Huvudansvarig person');
    await lead.locator('option', { hasText: 'Sara Samordnare' }).waitFor({ state: 'attached' });
    expect(await lead.locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['Ingen namngiven person', 'Sara Samordnare', `Jag själv (${me.name})`]),
    );
    await lead.selectOption(me.id);
    await plan().getByLabel('Bakgrund', { exact: true }).fill('Avbröt gymnasiet i åk 2.');
    await plan().getByLabel('Bakgrunden beskriven').fill('1 september');
    await plan().getByLabel('Ungdomens delaktighet').selectOption('CONSULTED');
    await plan().getByLabel('Mål 1', { exact: true }).fill('Jag vill börja på Komvux');
    await plan().getByRole('button', { name: 'Ta bort mål 2' }).click();
    await plan().getByRole('button', { name: 'Lägg till mål' }).click();
    await plan().getByLabel('Mål 2', { exact: true }).fill('Ta körkort');
    await plan().getByLabel('Status för åtgärd 1').selectOption('IN_PROGRESS');
    await plan().getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('link', { name: 'Skriv datumet då bakgrunden beskrevs som ÅÅÅÅ-MM-DD.' }).waitFor();
    await expectAccessible(page, 'plan-details-errors');
    await plan()
      .getByLabel('Bakgrunden beskriven')
      .fill(stockholmDay(new Date(Date.now() - 7 * 86_400_000)));
    await plan().getByRole('button', { name: 'Spara ändringarna' }).click();
    await plan().getByText('Ändringarna i planen är sparade.').waitFor();
    await plan().getByText('Ungdomen har fått tycka till', { exact: true }).waitFor();
    await plan().getByText(me.name, { exact: true }).waitFor();
    await plan()
      .getByText(/^Avbröt gymnasiet i åk 2\./)
      .waitFor();
    await expectAccessible(page, 'plan-details-saved');
    const { rows } = await app.api.pool.query<{ lead_user_id: string; participation: string; version: number }>(
      'SELECT lead_user_id, participation, version FROM action_plan WHERE id = $1',
      [planId],
    );
    expect(rows).toEqual([{ lead_user_id: me.id, participation: 'CONSULTED', version: 2 }]);
  });

  it('lists the versions with who and when, opens one read-only and compares two in words', async () => {
    await plan().getByRole('button', { name: 'Versioner', exact: true }).click();
    await plan().getByRole('heading', { name: 'Versioner av planen Veras plan' }).waitFor();
    await expectFocused(page, '#plan-versions-heading');
    const table = plan().getByRole('table', { name: 'Planens versioner, nyast först' });
    await waitUntil(async () => (await table.getByRole('row').count()) === 3, 'two versions and the header');
    expect(await table.getByRole('cell', { name: me.name, exact: true }).count()).toBe(2);
    await table.getByRole('cell', { name: 'Planen upprättades' }).waitFor();
    await table.getByRole('cell', { name: 'uppgifter om planen, mål, åtgärder' }).waitFor();
    await expectAccessible(page, 'plan-versions');

    // Version 1 as it was, read-only: the goal removed since is there, no form.
    await table.getByRole('button', { name: 'Visa version 1' }).click();
    const opened = plan().getByRole('region', { name: 'Version 1 (bara läsning)' });
    await opened.waitFor();
    await expectFocused(page, '#plan-version-heading');
    await opened.getByText(/Sova bättre/).waitFor();
    await opened.getByText(/^Sparad .* av /).waitFor();
    expect(await opened.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'plan-version-read-only');

    // The same version twice is refused through the error summary.
    await plan().getByLabel('Från version').selectOption('2');
    await plan().getByLabel('Till version').selectOption('2');
    await plan().getByRole('button', { name: 'Jämför', exact: true }).click();
    await page.getByRole('link', { name: 'Välj två olika versioner att jämföra.' }).waitFor();
    await expectAccessible(page, 'plan-compare-errors');

    await plan().getByLabel('Från version').selectOption('1');
    await plan().getByRole('button', { name: 'Jämför', exact: true }).click();
    const result = plan().getByRole('region', { name: 'Skillnader från version 1 till version 2' });
    await result.waitFor();
    await expectFocused(page, '#plan-compare-result-heading');
    // Each entry says in words what happened to it (not by colour only).
    await result.getByText('1 tillagda, 6 ändrade och 1 borttagna.').waitFor();
    await result.getByRole('listitem').filter({ hasText: 'Tillagt Mål: Ta körkort' }).waitFor();
    await result.getByRole('listitem').filter({ hasText: 'Borttaget Mål: Sova bättre' }).waitFor();
    await result.getByText('Målet ändrades från ”Jag vill börja plugga” till ”Jag vill börja på Komvux”.').waitFor();
    await result.getByText('Status ändrades från ”Planerad” till ”Pågår”.').waitFor();
    await result
      .getByText('Ungdomens delaktighet ändrades från ”Inte angivet” till ”Ungdomen har fått tycka till”.')
      .waitFor();
    await result.getByText(`Huvudansvarig person ändrades från ”tomt” till ”${me.name}”.`).waitFor();
    await expectAccessible(page, 'plan-compare');
    await plan().getByRole('button', { name: 'Stäng versionerna' }).click();
    await plan().getByRole('button', { name: 'Ändra planen' }).waitFor();
    // Focus goes back to the button that opened them.
    await expectFocused(page, '#plan-versions-open');
  });

  it('lists a closed plan and opens it read-only with its evaluation and versions', async () => {
    await closed().getByText('Ungdomen har inga avslutade planer.').waitFor();
    const closing = await app.api.graphql(
      'mutation ($input: CloseActionPlanInput!) { closeActionPlan(input: $input) { version } }',
      {
        input: {
          id: planId,
          version: 2,
          closedOn: stockholmDay(new Date()),
          evaluation: 'Vera går på Komvux sedan januari.',
        },
      },
      token,
    );
    expect(closing.errors).toBeUndefined();
    await page.reload();
    await expectHeading(page, 'Vera Versionsson');
    await plan().getByText('Ungdomen har ingen aktiv plan.').waitFor();
    const table = closed().getByRole('table', { name: 'Avslutade planer, nyast först' });
    await table.getByRole('cell', { name: 'Veras plan', exact: true }).waitFor();
    // The closed plan stays on the timeline by its start and its end, with its versions counted.
    const timeline = page.getByRole('region', { name: 'Tidslinje', exact: true });
    await timeline.getByText('Planen ”Veras plan” upprättades (nu avslutad)').waitFor();
    await timeline.getByText('Planen ”Veras plan” avslutades (3 versioner)').waitFor();
    expect(await timeline.getByText(/^Planen version \d+$/).count()).toBe(0);
    await expectAccessible(page, 'closed-plans');

    await table.getByRole('button', { name: 'Visa Veras plan' }).click();
    await closed().getByRole('heading', { name: 'Veras plan (avslutad, bara läsning)' }).waitFor();
    await expectFocused(page, '#closed-plan-heading');
    await closed().getByText('Vera går på Komvux sedan januari.').waitFor();
    await closed()
      .getByText(/Ta körkort/)
      .waitFor();
    expect(await closed().getByRole('button', { name: 'Ändra planen' }).count()).toBe(0);
    await expectAccessible(page, 'closed-plan-read-only');

    await closed().getByRole('button', { name: 'Versioner', exact: true }).click();
    await closed().getByRole('heading', { name: 'Versioner av planen Veras plan' }).waitFor();
    await closed().getByLabel('Från version').selectOption('2');
    await closed().getByLabel('Till version').selectOption('3');
    await closed().getByRole('button', { name: 'Jämför', exact: true }).click();
    const result = closed().getByRole('region', { name: 'Skillnader från version 2 till version 3' });
    await result.getByText('Planens status ändrades från ”Aktiv” till ”Avslutad”.').waitFor();
    await expectAccessible(page, 'closed-plan-compare');
    await closed().getByRole('button', { name: 'Stäng versionerna' }).click();
    await expectFocused(page, '#closed-plan-heading');
    await closed().getByRole('button', { name: 'Stäng planen' }).click();
    await expectFocused(page, `#closed-plan-show-${planId}`);
  });
});
