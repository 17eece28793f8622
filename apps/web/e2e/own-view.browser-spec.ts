import {
  freePort,
  oidcSignInEnv,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../../test/support/oidc-provider';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  expectNothingStored,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const REQUEST_TEXT = 'Jag går på komvux sedan augusti, inte på gymnasiet.';

// The young person's own view in a real Chromium (issue 19): sign-in through the loopback
// provider with the identity number claim, "Min plan" with the contact person first, withdrawing
// a consent in one step, "Vem har läst", a rectification request, and the coordinator deciding
// it on the young person's page. axe clean at every step.
describe('the own view ("Min sida") in the browser', () => {
  let app: BrowserApp;
  let provider: TestOidcProvider;
  let youngPersonId: string;
  let pin: string;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestOidcProvider({ redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback` });
    app = await startBrowserApp(oidcSignInEnv(provider, port));
    const { rows } = await app.api.pool.query<{ id: string; pin: string }>(
      `SELECT yp.id, yp.personal_identity_number AS pin FROM young_person yp
         JOIN app_user u ON u.id = yp.coordinator_id
        WHERE u.email = $1 AND yp.protected_identity = false
        ORDER BY yp.family_name, yp.id LIMIT 1`,
      [COORDINATOR],
    );
    youngPersonId = rows[0].id;
    pin = rows[0].pin;
    const token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const social = await app.api.pool.query<{ id: string }>(
      "SELECT id FROM organization WHERE kind = 'SOCIAL_SERVICES' ORDER BY name LIMIT 1",
    );
    const consent = await app.api.graphql(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          youngPersonId,
          recipientOrganizationId: social.rows[0].id,
          categories: ['PLAN'],
          purpose: 'Samordnat stöd',
          givenBy: 'YOUNG_PERSON',
          form: 'ORAL',
        },
      },
      token,
    );
    if (consent.errors) throw new Error(JSON.stringify(consent.errors));
    // The coordinator reads the record: a read the young person will see.
    await app.api.graphql('query ($id: ID!) { youngPerson(id: $id) { givenName } }', { id: youngPersonId }, token);
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    expect(app.problems).toEqual([]);
  });

  it('signs the young person in and shows their plan, consents, readers and rectification', async () => {
    const page = await app.newPage();
    // From the staff sign-in page, as someone who landed there.
    await page.goto('/');
    await page.getByRole('link', { name: 'Är du ung eller vårdnadshavare? Gå till Min sida' }).click();
    await expectHeading(page, 'Min sida');
    await expectAccessible(page, 'own-view-sign-in');

    provider.signInAs('SE-own-view-subject', { personal_identity_number: pin });
    await page.getByRole('link', { name: 'Logga in om det gäller dig själv' }).click();
    await expectHeading(page, 'Min plan');
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('heading', { name: 'Din kontaktperson' }).waitFor();
    await page.getByText('Sam Samordnare', { exact: false }).first().waitFor();
    await expectAccessible(page, 'own-view-plan');
    await expectNothingStored(page);

    await page.getByRole('link', { name: 'Mina samtycken' }).click();
    await expectHeading(page, 'Mina samtycken');
    const withdraw = page.getByRole('button', { name: 'Ta tillbaka samtycket' }).first();
    await withdraw.waitFor();
    await expectAccessible(page, 'own-view-consents');
    await withdraw.click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'own-view-consents-confirm');
    await page.getByRole('button', { name: 'Ja, ta tillbaka' }).click();
    await page.getByText('är återkallat').waitFor();
    await expectAccessible(page, 'own-view-consents-withdrawn');

    await page.getByRole('link', { name: 'Vem har läst' }).click();
    await expectHeading(page, 'Vem har läst');
    const table = page.getByRole('table', { name: 'Vem har läst dina uppgifter' });
    await table.waitFor();
    await table.getByText('Din kontaktperson').first().waitFor();
    await table.getByText('Egen inloggning').first().waitFor();
    await expectAccessible(page, 'own-view-access-log');

    await page.getByRole('link', { name: 'Begär rättelse' }).click();
    await expectHeading(page, 'Begär rättelse');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByText('Skriv vad som är fel.').first().waitFor();
    await expectAccessible(page, 'own-view-rectification-error');
    await page.getByLabel('Vad gäller det?').selectOption('OCCUPATION');
    await page.getByLabel('Vad är fel, och vad borde stå?').fill(REQUEST_TEXT);
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByText('Tack! Din begäran är skickad.').waitFor();
    await page.getByText(REQUEST_TEXT).waitFor();
    await expectAccessible(page, 'own-view-rectification-sent');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
  });

  it('lets the coordinator decide the request on the young person’s page', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
    await page.goto(`/ungdomar/${youngPersonId}`);
    const section = page.locator('section#rattelse');
    await section.getByText(REQUEST_TEXT).waitFor();
    await section.getByRole('radio', { name: 'Rättas inte' }).check();
    await section.getByRole('button', { name: 'Spara beslut' }).click();
    await section.getByText('Skriv varför uppgiften inte rättas.').waitFor();
    await expectAccessible(page, 'own-view-staff-rectification-error');
    await section.getByLabel('Motivering (visas för den unga)').fill('Skolan har rapporterat gymnasiet.');
    await section.getByRole('button', { name: 'Spara beslut' }).click();
    await waitUntil(
      async () => (await section.getByRole('button', { name: 'Spara beslut' }).count()) === 0,
      'the decision',
    );
    await section.getByText('Skolan har rapporterat gymnasiet.', { exact: false }).waitFor();
    await expectAccessible(page, 'own-view-staff-rectification-decided');
  });
});
