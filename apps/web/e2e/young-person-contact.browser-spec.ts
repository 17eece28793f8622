import type { Page } from 'playwright-core';

import { randomIdentityNumber, stockholmDay } from '../../../test/support/young-people';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  signIn,
  startBrowserApp,
  waitUntil,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const TEAM_LEAD = 'teamledare@demo.brygga.se';

// Contact details, guardians and protected identity on the young person's page (issue 15):
// the coordinator edits them through the error summary, marks the young person with protected
// identity, and the team lead (not named on the record) then sees "Skyddad identitet" in place
// of the details and no way to change them; a marking whose save loses a version race shows
// both versions and is made again on the saved one. axe on every state that opens.
describe('contact details and protected identity (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let youngPersonId = '';
  let token = '';

  const section = () => page.getByRole('region', { name: 'Kontaktuppgifter och vårdnadshavare', exact: true });

  beforeAll(async () => {
    app = await startBrowserApp();
    token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const { number } = randomIdentityNumber({ age: 17 });
    const registered = await app.api.graphql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Klara',
          familyName: 'Kontaktsson',
          personalIdentityNumber: number,
          enrollment: {
            registeredOn: stockholmDay(new Date(Date.now() - 30 * 86_400_000)),
            reason: 'DROPPED_OUT',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
          },
        },
      },
      token,
    );
    expect(registered.errors).toBeUndefined();
    youngPersonId = registered.data?.registerYoungPerson.id ?? '';
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
    await page.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(page, 'Klara Kontaktsson');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('edits the contact details and the guardians through the error summary', async () => {
    await section().getByRole('button', { name: 'Ändra kontaktuppgifter' }).click();
    await page.getByLabel('Gatuadress').fill('Storgatan 1');
    await page.getByLabel('Postnummer').fill('12');
    await page.getByLabel('Ort').fill('Småstad');
    await page.locator('#contact-phone').fill('070-123 45 67');
    await page.getByRole('button', { name: 'Lägg till vårdnadshavare' }).click();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv postnumret med fem siffror, till exempel 123 45.' }).waitFor();
    await page.getByRole('link', { name: 'Skriv vårdnadshavarens namn.' }).waitFor();
    await expectAccessible(page, 'young-person-contact-errors');
    await page.getByLabel('Postnummer').fill('123 45');
    await page.getByRole('group', { name: 'Vårdnadshavare 1' }).getByLabel('Namn').fill('Karin Kontaktsson');
    await page.getByRole('group', { name: 'Vårdnadshavare 1' }).getByLabel('Relation').selectOption('LEGAL_GUARDIAN');
    await page.getByRole('group', { name: 'Vårdnadshavare 1' }).getByLabel('Telefon').fill('070-765 43 21');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Kontaktuppgifterna är sparade.').waitFor();
    await page.getByText(/^Storgatan 1, 123 ?45, Småstad$/).waitFor();
    await page.getByText('Karin Kontaktsson (vårdnadshavare)', { exact: false }).first().waitFor();
    await expectAccessible(page, 'young-person-contact-saved');
    const { rows } = await app.api.pool.query<{ street_address: string; guardians: string[] }>(
      `SELECT p.street_address, ARRAY(SELECT g.name FROM guardian g WHERE g.young_person_id = p.id) AS guardians
         FROM young_person p WHERE p.id = $1`,
      [youngPersonId],
    );
    expect(rows).toEqual([{ street_address: 'Storgatan 1', guardians: ['Karin Kontaktsson'] }]);
  });

  it('marks protected identity after confirming; the team lead, not named, sees "Skyddad identitet"', async () => {
    await section().getByRole('button', { name: 'Markera skyddad identitet' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'young-person-protect-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Markera skyddad identitet' }).click();
    await page.getByText('Ungdomen är markerad med skyddad identitet.').waitFor();
    // The coordinator is named (the responsible coordinator and the one marking): still sees them.
    await page.getByText(/^Storgatan 1, 123 ?45, Småstad$/).waitFor();
    await expectAccessible(page, 'young-person-protected-named');
    const { rows } = await app.api.pool.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE subject_id = $1 AND action = 'young_person.protected_identity'",
      [youngPersonId],
    );
    expect(rows).toHaveLength(1);

    const lead = await app.newPage();
    await lead.goto('/');
    await signIn(lead, TEAM_LEAD);
    await expectHeading(lead, 'Enhetens ärenden');
    await lead.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(lead, 'Klara Kontaktsson');
    const leadSection = lead.getByRole('region', { name: 'Kontaktuppgifter och vårdnadshavare', exact: true });
    await leadSection.getByText('Skyddad identitet', { exact: true }).first().waitFor();
    expect(await lead.getByText('Storgatan 1', { exact: false }).count()).toBe(0);
    expect(await lead.getByText('070-765 43 21', { exact: false }).count()).toBe(0);
    expect(await leadSection.getByRole('button').count()).toBe(0);
    await expectAccessible(lead, 'young-person-protected-hidden');
    await lead.context().close();
  });

  const saved = async () => {
    const { rows } = await app.api.pool.query<{ protected_identity: boolean; version: number }>(
      'SELECT protected_identity, version FROM young_person WHERE id = $1',
      [youngPersonId],
    );
    return rows[0];
  };

  it('on a version conflict of the marking shows both versions, and marks it again on the saved version', async () => {
    // Someone lifts the marking and changes the phone number through the api (two saves)...
    const lifted = await app.api.graphql(
      'mutation ($input: SetProtectedIdentityInput!) { setProtectedIdentity(input: $input) { version } }',
      { input: { id: youngPersonId, version: (await saved()).version, protectedIdentity: false, namedUserIds: [] } },
      token,
    );
    expect(lifted.errors).toBeUndefined();
    await waitUntil(
      async () => (await section().getByText('Ungdomen har inte skyddad identitet.').count()) === 1,
      'the page showing the marking lifted',
    );
    // ...the user chooses to mark it again, and while the question is open the phone is changed.
    await section().getByRole('button', { name: 'Markera skyddad identitet' }).click();
    await page.getByRole('dialog').waitFor();
    const before = (await saved()).version;
    const changed = await app.api.graphql(
      'mutation ($input: UpdateYoungPersonInput!) { updateYoungPerson(input: $input) { version } }',
      { input: { id: youngPersonId, version: before, contact: { phone: '070-999 88 77' } } },
      token,
    );
    expect(changed.errors).toBeUndefined();
    await page.getByRole('dialog').getByRole('button', { name: 'Markera skyddad identitet' }).click();
    await section()
      .getByRole('heading', { name: 'Någon annan har sparat ungdomens uppgifter medan du ändrade markeringen' })
      .waitFor();
    await section().getByText('Skyddad identitet: Markerad').waitFor();
    await section().getByRole('region', { name: 'Din version (inte sparad)' }).getByText('Markerad').waitFor();
    await section()
      .getByRole('region', { name: `Sparad version ${before + 1}` })
      .getByText('Inte markerad')
      .waitFor();
    await expectAccessible(page, 'young-person-protect-conflict');
    expect(await saved()).toEqual({ protected_identity: false, version: before + 1 });

    await section().getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await page.getByText('Ungdomen är markerad med skyddad identitet.').waitFor();
    expect(await saved()).toEqual({ protected_identity: true, version: before + 2 });
  });

  it('on a conflict with the same marking saved meanwhile has nothing to make again, only to close', async () => {
    await section().getByRole('button', { name: 'Ta bort markeringen' }).click();
    await page.getByRole('dialog').waitFor();
    const before = (await saved()).version;
    const lifted = await app.api.graphql(
      'mutation ($input: SetProtectedIdentityInput!) { setProtectedIdentity(input: $input) { version } }',
      { input: { id: youngPersonId, version: before, protectedIdentity: false, namedUserIds: [] } },
      token,
    );
    expect(lifted.errors).toBeUndefined();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort markeringen' }).click();
    await section()
      .getByText(/där är markeringen redan som du ville ändra den till\. Det finns inget att göra om\./)
      .waitFor();
    expect(
      await section().getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).count(),
    ).toBe(0);
    await expectAccessible(page, 'young-person-protect-conflict-same');
    await section().getByRole('button', { name: 'Stäng' }).click();
    await section().getByText('Ungdomen har inte skyddad identitet.').waitFor();
    expect(await saved()).toEqual({ protected_identity: false, version: before + 1 });
    // Marked again for the next test, which lifts it.
    await section().getByRole('button', { name: 'Markera skyddad identitet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Markera skyddad identitet' }).click();
    await page.getByText('Ungdomen är markerad med skyddad identitet.').waitFor();
  });

  it('lifts the marking after confirming', async () => {
    await section().getByRole('button', { name: 'Ta bort markeringen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort markeringen' }).click();
    await page.getByText('Markeringen är borttagen.').waitFor();
    await waitUntil(
      async () => (await section().getByText('Ungdomen har inte skyddad identitet.').count()) === 1,
      'the marking lifted',
    );
  });
});
