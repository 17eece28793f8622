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
// both versions and is made again on the saved one; a contact save that loses a race merges the
// guardians one at a time, each chosen from either version. axe on every state that opens.
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

  it('on a conflict of the contact details lets the user choose each guardian’s version', async () => {
    const setGuardians = async (guardians: Array<{ name: string; relation: string; phone?: string }>) => {
      const res = await app.api.graphql(
        'mutation ($input: UpdateYoungPersonInput!) { updateYoungPerson(input: $input) { version } }',
        { input: { id: youngPersonId, version: (await saved()).version, guardians } },
        token,
      );
      expect(res.errors).toBeUndefined();
    };
    const karin = { name: 'Karin Kontaktsson', relation: 'LEGAL_GUARDIAN' };
    const per = { name: 'Per Kontaktsson', relation: 'PARENT' };
    await setGuardians([{ ...karin, phone: '070-765 43 21' }, per]);
    await page.getByText('Per Kontaktsson', { exact: false }).first().waitFor();

    // I change Karin's phone, remove Per and add Eva (the api's order of the guardians is its own,
    // so each is found by name)...
    await section().getByRole('button', { name: 'Ändra kontaktuppgifter' }).click();
    const groups = page.getByRole('group', { name: /^Vårdnadshavare \d+$/ });
    await groups.nth(1).waitFor();
    const guardian = async (name: string) => {
      for (let i = 0; i < (await groups.count()); i += 1) {
        if ((await groups.nth(i).getByLabel('Namn').inputValue()) === name) return groups.nth(i);
      }
      throw new Error(`no guardian ${name} in the form`);
    };
    await (await guardian('Karin Kontaktsson')).getByLabel('Telefon').fill('070-111 11 11');
    await (await guardian('Per Kontaktsson')).getByRole('button', { name: /^Ta bort vårdnadshavare/ }).click();
    await page.getByRole('button', { name: 'Lägg till vårdnadshavare' }).click();
    await groups.last().getByLabel('Namn').fill('Eva Kontaktsson');
    // ...while someone else changes Karin's phone too and adds Olle.
    await setGuardians([{ ...karin, phone: '070-222 22 22' }, per, { name: 'Olle Kontaktsson', relation: 'OTHER' }]);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await section()
      .getByRole('heading', { name: 'Någon annan har sparat ungdomens uppgifter medan du ändrade dem' })
      .waitFor();
    await section()
      .getByText(/^Vårdnadshavare ändrad: Karin Kontaktsson \(vårdnadshavare\), 070-111 11 11 \(ändrat av er båda/)
      .waitFor();
    await section().getByText('Vårdnadshavare borttagen: Per Kontaktsson (förälder)').waitFor();
    await section().getByText('Vårdnadshavare tillagd: Eva Kontaktsson (förälder)').waitFor();
    const choices = section().getByRole('group', { name: 'Välj version för varje vårdnadshavare' });
    for (const name of ['Karin', 'Per', 'Olle', 'Eva']) {
      await choices.getByRole('radiogroup', { name: `Vårdnadshavare ${name} Kontaktsson` }).waitFor();
    }
    // Defaults: my change where I made one, the saved version elsewhere.
    const choice = (name: string, side: RegExp) =>
      choices
        .getByRole('radiogroup', { name: `Vårdnadshavare ${name} Kontaktsson` })
        .getByRole('radio', { name: side });
    expect(await choice('Karin', /^Din version/).isChecked()).toBe(true);
    expect(await choice('Per', /^Din version: finns inte med/).isChecked()).toBe(true);
    expect(await choice('Olle', /^Sparad version/).isChecked()).toBe(true);
    expect(await choice('Eva', /^Din version/).isChecked()).toBe(true);
    await expectAccessible(page, 'contact-conflict-guardians');

    // Karin's phone as saved meanwhile; the rest as it stands.
    await choice('Karin', /^Sparad version/).check();
    await section().getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await section()
      .getByText(/^Dina ändringar är inlagda i version \d+\. Granska dem och spara igen\.$/)
      .waitFor();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Kontaktuppgifterna är sparade.').waitFor();
    const { rows } = await app.api.pool.query<{ name: string; phone: string | null }>(
      'SELECT name, phone FROM guardian WHERE young_person_id = $1 ORDER BY name',
      [youngPersonId],
    );
    expect(rows).toEqual([
      { name: 'Eva Kontaktsson', phone: null },
      { name: 'Karin Kontaktsson', phone: '070-222 22 22' },
      { name: 'Olle Kontaktsson', phone: null },
    ]);
  });
});
