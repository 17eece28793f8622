import type { Page } from 'playwright-core';

import {
  freePort,
  oidcSignInEnv,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../../test/support/oidc-provider';
import {
  expectAccessible,
  expectHeading,
  expectNothingStored,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const SUBJECT = 'SE2321000131-E000000000042';

// Sign-in through the municipality's provider in a real Chromium (issue 15): the button on
// the sign-in page, the round trip through a loopback provider, the choice of membership for a
// user with two, and the messages when the provider's sign-in did not work.
describe('sign-in through the e-legitimation provider in the browser', () => {
  let app: BrowserApp;
  let provider: TestOidcProvider;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestOidcProvider({ redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback` });
    app = await startBrowserApp(oidcSignInEnv(provider, port));
    // The demo coordinator is known to the provider and also works as school staff.
    await app.api.pool.query('UPDATE app_user SET external_subject = $1 WHERE email = $2', [SUBJECT, COORDINATOR]);
    await app.api.pool.query(
      `INSERT INTO membership (municipality_id, user_id, organization_id, role)
       SELECT u.municipality_id, u.id, o.id, 'SCHOOL_STAFF'
         FROM app_user u JOIN organization o ON o.municipality_id = u.municipality_id AND o.kind = 'SCHOOL'
        WHERE u.email = $1
        ORDER BY o.name LIMIT 1`,
      [COORDINATOR],
    );
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    expect(app.problems).toEqual([]);
  });

  async function startAtProvider(page: Page): Promise<void> {
    await page.goto('/');
    const button = page.getByRole('link', { name: 'Logga in med Kommunens e-legitimation' });
    await button.waitFor();
    await button.click();
  }

  it('signs in through the provider, lets the user choose a membership, and stores nothing', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Logga in med Kommunens e-legitimation' }).waitFor();
    await expectAccessible(page, 'sign-in-with-provider');

    provider.signInAs(SUBJECT);
    await startAtProvider(page);
    await expectHeading(page, 'Välj roll och organisation');
    // The return's marker is gone from the address.
    expect(new URL(page.url()).search).toBe('');
    await expectAccessible(page, 'sign-in-provider-choose');
    await page.getByRole('radio', { name: /^Skolpersonal/ }).check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expectHeading(page, 'Delat med oss');
    await expectNothingStored(page);

    // A reload keeps the session in the chosen membership (the refresh cookie moved to it).
    await page.reload();
    await expectHeading(page, 'Delat med oss');
  });

  it('says why when the provider’s sign-in did not work', async () => {
    const page = await app.newPage();
    provider.refuseNext('access_denied');
    await startAtProvider(page);
    await page.getByRole('alert').filter({ hasText: 'Inloggningen avbröts.' }).waitFor();
    await expectAccessible(page, 'sign-in-provider-cancelled');

    provider.signInAs('SE2321000131-E000000009999');
    await startAtProvider(page);
    await page.getByRole('alert').filter({ hasText: 'Du har inget konto i Brygga' }).waitFor();
    await waitUntil(() => Promise.resolve(new URL(page.url()).search === ''), 'the address without the marker');
    // Still on the sign-in page, the password form usable.
    await page.getByLabel('E-postadress').waitFor();
  });
});
