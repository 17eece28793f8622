import type { Page } from 'playwright-core';

import { randomIdentityNumber, stockholmDay } from '../../../test/support/young-people';
import {
  chooseOrganization,
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const ADMIN = 'admin@demo.brygga.se';

// Issue 15: in a region with more than 100 organisations every organisation chooser still
// reaches every organisation. 120 partner organisations are added, sorting before the demo's, so
// that "Aaa Partner 101" to "120" and Arbetsförmedlingen are past the first 100 by name; each is
// found by a search on the server, chosen, and named by the api afterwards: consents and refusals,
// the plan's lead and action organisations, a measure's other actor, the administrator's
// membership chooser, and the administrator's table of organisations, paged 25 at a time.
describe('organisation pickers past the first 100 (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let typeName: string;

  const section = (name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    app = await startBrowserApp();
    await app.api.pool.query(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       SELECT municipality_id, 'Aaa Partner ' || lpad(g::text, 3, '0'), 'NGO', secrecy_domain
         FROM organization, generate_series(1, 120) g WHERE name = 'Arbetsförmedlingen'`,
    );
    const token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const { number } = randomIdentityNumber({ age: 18 });
    const registered = await app.api.graphql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Vera',
          familyName: 'Väljare',
          personalIdentityNumber: number,
          enrollment: {
            registeredOn: stockholmDay(new Date(Date.now() - 10 * 86_400_000)),
            reason: 'DROPPED_OUT',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
          },
        },
      },
      token,
    );
    expect(registered.errors).toBeUndefined();
    const youngPersonId = registered.data?.registerYoungPerson.id ?? '';
    const types = await app.api.graphql<{ measureTypes: { id: string; name: string; active: boolean }[] }>(
      '{ measureTypes { id name active } }',
      {},
      token,
    );
    const type = types.data?.measureTypes.find((t) => t.active);
    if (!type) throw new Error('no active measure type in the demo catalogue');
    typeName = type.name;
    const offered = await app.api.graphql<{ offerMeasure: { id: string } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }',
      {
        input: {
          youngPersonId,
          measureTypeId: type.id,
          offeredOn: stockholmDay(new Date(Date.now() - 7 * 86_400_000)),
          planningAndGoal: 'Prova på föreningslivet.',
        },
      },
      token,
    );
    expect(offered.errors).toBeUndefined();
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
    await page.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(page, 'Vera Väljare');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('records a consent to an organisation past the first 100, found on the server', async () => {
    const consents = section('Samtycken');
    await consents.getByRole('button', { name: 'Registrera samtycke' }).click();
    const recipient = consents.getByRole('combobox', { name: 'Organisation som får ta del av uppgifterna' });
    // More matches than shown: the first 20 by name, and a word on typing more.
    await recipient.fill('aaa partner');
    await consents.getByText('120 organisationer matchar, de första 20 visas. Skriv mer av namnet.').waitFor();
    expect(await consents.getByRole('option').count()).toBe(20);
    await recipient.fill('Ingen sådan');
    await consents.getByText('Ingen organisation heter något med ”Ingen sådan”.').waitFor();
    // The unit that holds the case is not a partner, though its name matches.
    await recipient.fill('KAA-enh');
    await consents.getByText('Ingen organisation heter något med ”KAA-enh”.').waitFor();
    expect(await consents.getByRole('option', { name: 'KAA-enheten' }).count()).toBe(0);
    // The 120th partner, chosen with the keyboard.
    await recipient.fill('PARTNER 120');
    await consents.getByRole('option', { name: 'Aaa Partner 120' }).waitFor();
    await expectAccessible(page, 'organization-picker-matches');
    await recipient.press('ArrowDown');
    await recipient.press('Enter');
    await consents.getByRole('button', { name: 'Ta bort Aaa Partner 120' }).waitFor();
    await consents.getByRole('checkbox', { name: 'Plan' }).check();
    await consents.getByLabel('Syfte med delningen').fill('Stöd hos föreningen');
    await consents.getByRole('button', { name: 'Spara samtycket' }).click();
    await consents.getByText('Samtycket är sparat.').waitFor();
    // Named by the api, though the page's own list of organisations stops at 100.
    await consents.getByRole('heading', { name: 'Aaa Partner 120 Gäller' }).waitFor();
    const { rows } = await app.api.pool.query<{ consents: number }>(
      `SELECT count(*)::int AS consents FROM consent c JOIN organization o ON o.id = c.recipient_organization_id
        WHERE o.name = 'Aaa Partner 120'`,
    );
    expect(rows[0]?.consents).toBe(1);
    await expectAccessible(page, 'organization-picker-consent-saved');
  });

  it('records a refusal for Arbetsförmedlingen, past the first 100, and names it', async () => {
    const consents = section('Samtycken');
    await consents.getByRole('button', { name: 'Registrera nej' }).click();
    await chooseOrganization(consents, 'Organisation', 'Arbetsförmedlingen', 'arbetsförmedl');
    await consents
      .getByRole('group', { name: 'Uppgifter som inte får delas' })
      .getByRole('checkbox', { name: 'Signaler och oro' })
      .check();
    await consents.getByRole('button', { name: 'Spara nejet' }).click();
    await consents.getByText('Nejet är sparat.').waitFor();
    await consents.getByText('Arbetsförmedlingen: Signaler och oro').waitFor();
  });

  it('draws up a plan led by and with an action for organisations past the first 100', async () => {
    const plan = section('Plan');
    await plan.getByRole('button', { name: 'Upprätta en plan' }).click();
    await plan.getByLabel('Planens namn').fill('Plan för Vera');
    // The management is no lead of a young person's plan, though its name matches.
    const lead = plan.getByRole('combobox', { name: 'Huvudansvarig organisation', exact: true });
    await lead.fill('kommunledn');
    await plan.getByText('Ingen organisation heter något med ”kommunledn”.').waitFor();
    await chooseOrganization(plan, 'Huvudansvarig organisation', 'Aaa Partner 111', 'partner 111');
    await plan.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await plan.getByLabel('Åtgärd 1', { exact: true }).fill('Prova på föreningen');
    await chooseOrganization(plan, 'Ansvarig organisation för åtgärd 1', 'Aaa Partner 110', 'partner 110');
    await expectAccessible(page, 'organization-picker-plan-editor');
    await plan.getByRole('button', { name: 'Spara planen' }).click();
    await plan.getByText('Planen är sparad.').waitFor();
    // Named by the api on the plan, not from a list of the first 100.
    await plan.getByRole('cell', { name: 'Aaa Partner 110', exact: true }).waitFor();
    await plan.getByText('Aaa Partner 111', { exact: true }).waitFor();
    const { rows } = await app.api.pool.query<{ lead: string; responsible: string }>(
      `SELECT l.name AS lead, r.name AS responsible
         FROM action_plan p
         JOIN organization l ON l.id = p.lead_organization_id
         JOIN action_plan_action a ON a.plan_id = p.id
         JOIN organization r ON r.id = a.responsible_organization_id
        WHERE p.title = 'Plan för Vera'`,
    );
    expect(rows).toEqual([{ lead: 'Aaa Partner 111', responsible: 'Aaa Partner 110' }]);
    await expectAccessible(page, 'organization-picker-plan-saved');
    // The editor opened again names both choices.
    await plan.getByRole('button', { name: 'Ändra planen' }).click();
    await plan.getByRole('button', { name: 'Ta bort Aaa Partner 111' }).waitFor();
    await plan.getByRole('button', { name: 'Ta bort Aaa Partner 110' }).waitFor();
    await plan.getByRole('button', { name: 'Avbryt', exact: true }).click();
  });

  it('documents a measure’s other actor past the first 100', async () => {
    const measures = section('Insatser');
    await measures.getByRole('button', { name: `Ändra dokumentationen av ${typeName}` }).click();
    const form = measures.getByRole('form', { name: `Ändra dokumentationen av ${typeName}` });
    await chooseOrganization(form, 'Annan aktör', 'Aaa Partner 105', 'partner 105');
    await expectAccessible(page, 'organization-picker-measure');
    await form.getByRole('button', { name: 'Spara dokumentationen' }).click();
    await measures.getByText('Dokumentationen är sparad.').waitFor();
    await measures.getByText('Aaa Partner 105', { exact: true }).waitFor();
    const { rows } = await app.api.pool.query<{ name: string }>(
      `SELECT o.name FROM measure m JOIN organization o ON o.id = m.other_actor_organization_id
        WHERE m.planning_and_goal = 'Prova på föreningslivet.'`,
    );
    expect(rows).toEqual([{ name: 'Aaa Partner 105' }]);
  });

  describe('the administrator', () => {
    let admin: Page;

    beforeAll(async () => {
      admin = await app.newPage();
      await admin.goto('/');
      await signIn(admin, ADMIN);
      await expectHeading(admin, 'Administration');
    });

    it('pages the table of organisations 25 at a time and searches it by name on the server', async () => {
      const { rows } = await app.api.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM organization
          WHERE municipality_id = (SELECT municipality_id FROM organization WHERE name = 'Arbetsförmedlingen')`,
      );
      const total = rows[0]?.n ?? 0;
      expect(total).toBeGreaterThan(120);
      const organizations = admin.getByRole('region', { name: 'Organisationer', exact: true });
      const table = admin.getByRole('table', { name: 'Kommunens organisationer' });
      await organizations.getByText(`1–25 av ${total}`).waitFor();
      await table.getByRole('cell', { name: 'Aaa Partner 001', exact: true }).waitFor();
      expect(await table.getByRole('row').count()).toBe(26);
      await expectAccessible(admin, 'admin-organizations-page-1');
      await admin.getByRole('button', { name: 'Nästa sida av organisationerna' }).click();
      await organizations.getByText(`26–50 av ${total}`).waitFor();
      await table.getByRole('cell', { name: 'Aaa Partner 026', exact: true }).waitFor();
      expect(await table.getByRole('cell', { name: 'Aaa Partner 001', exact: true }).count()).toBe(0);
      await admin.getByRole('button', { name: 'Nästa sida av organisationerna' }).click();
      await organizations.getByText(`51–75 av ${total}`).waitFor();
      await admin.getByRole('button', { name: 'Föregående sida av organisationerna' }).click();
      await organizations.getByText(`26–50 av ${total}`).waitFor();
      await expectAccessible(admin, 'admin-organizations-page-2');
      // A search starts at its first page; Arbetsförmedlingen is far past the first 100 by name.
      await admin.getByLabel('Sök organisation på namn').fill('arbetsförmedl');
      await organizations.getByText('1–1 av 1').waitFor();
      // Its name and its kind read the same: the first cell is the name.
      await table.getByRole('cell', { name: 'Arbetsförmedlingen', exact: true }).first().waitFor();
      expect(await table.getByRole('row').count()).toBe(2);
      expect(await admin.getByRole('button', { name: 'Föregående sida av organisationerna' }).count()).toBe(0);
      await admin.getByLabel('Sök organisation på namn').fill('partner 1');
      await organizations.getByText('1–21 av 21').waitFor();
      await admin.getByLabel('Sök organisation på namn').fill('Ingen sådan');
      await organizations.getByText('Ingen organisation har ”Ingen sådan” i namnet.').waitFor();
      await expectAccessible(admin, 'admin-organizations-search-none');
      await admin.getByLabel('Sök organisation på namn').fill('');
      await organizations.getByText(`1–25 av ${total}`).waitFor();
    });

    it('gives a user a role in an organisation past the first 100', async () => {
      await admin.goto('/anvandare');
      await expectHeading(admin, 'Användare och roller');
      await admin.getByRole('button', { name: 'Hantera Sam Samordnare' }).click();
      await admin.getByRole('heading', { name: 'Roller för Sam Samordnare' }).waitFor();
      await chooseOrganization(admin, 'Organisation', 'Aaa Partner 117', 'partner 117');
      await admin.getByLabel('Roll', { exact: true }).selectOption('PARTNER_CASEWORKER');
      await expectAccessible(admin, 'admin-membership-picker');
      await admin.getByRole('button', { name: 'Lägg till roll' }).click();
      await admin.getByText('Rollen är tillagd.').waitFor();
      // Named by the api (the membership's organisation), in the form and in the table.
      await admin
        .getByRole('paragraph')
        .filter({ hasText: /^Handläggare hos samverkanspart, Aaa Partner 117$/ })
        .waitFor();
      await admin.getByRole('cell').filter({ hasText: 'Handläggare hos samverkanspart, Aaa Partner 117' }).waitFor();
      const { rows } = await app.api.pool.query<{ role: string }>(
        `SELECT m.role FROM membership m JOIN organization o ON o.id = m.organization_id
          WHERE o.name = 'Aaa Partner 117' AND m.ended_at IS NULL`,
      );
      expect(rows).toEqual([{ role: 'PARTNER_CASEWORKER' }]);
    });
  });
});
