import type { Page } from 'playwright-core';

import { randomIdentityNumber, stockholmDay } from '../../../test/support/young-people';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectFocused,
  expectHeading,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';
const DAY = 86_400_000;

// Editing with versions on the young person's page (issue 15): a measure's documentation
// through the error summary and the api's own date check; a save that loses a version race
// (someone else saves through the api in between) on the documentation and on the contact
// details, a measure's steps, a registration's reason and its status shows both versions and lets the user choose,
// nothing typed lost; re-enrolling a young
// person whose registration ended. axe on every state that opens.
describe('measure documentation, version conflicts and re-enrolment (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let token = '';
  let youngPersonId = '';
  let measureId = '';
  let typeName = '';

  const section = (name: string) => page.getByRole('region', { name, exact: true });
  const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await app.api.graphql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error('no data');
    return result.data;
  };

  beforeAll(async () => {
    app = await startBrowserApp();
    token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const { number } = randomIdentityNumber({ age: 17 });
    const registered = await gql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Dora',
          familyName: 'Dokumentsson',
          personalIdentityNumber: number,
          enrollment: {
            registeredOn: stockholmDay(new Date(Date.now() - 60 * DAY)),
            reason: 'DROPPED_OUT',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
          },
        },
      },
    );
    youngPersonId = registered.registerYoungPerson.id;
    const types = await gql<{ measureTypes: { id: string; name: string; active: boolean }[] }>(
      '{ measureTypes { id name active } }',
      {},
    );
    const type = types.measureTypes.find((t) => t.active);
    if (!type) throw new Error('no active measure type in the demo catalogue');
    typeName = type.name;
    const offered = await gql<{ offerMeasure: { id: string } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }',
      {
        input: {
          youngPersonId,
          measureTypeId: type.id,
          offeredOn: stockholmDay(new Date(Date.now() - 7 * DAY)),
          planningAndGoal: 'Prova på yrken inom vården.',
        },
      },
    );
    measureId = offered.offerMeasure.id;
    page = await app.newPage();
    await page.goto('/');
    await signIn(page, COORDINATOR);
    await expectHeading(page, 'Mitt arbete');
    await page.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(page, 'Dora Dokumentsson');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  const measureRow = async () => {
    const { rows } = await app.api.pool.query<{
      tier: string;
      level: string;
      evidence_basis: string[];
      municipality_responsibility: string;
      young_person_responsibility: string;
      planned_start_on: string | null;
      follow_up_on: string | null;
      version: number;
    }>(
      `SELECT tier, level, evidence_basis::text[] AS evidence_basis, municipality_responsibility, young_person_responsibility,
              planned_start_on::text, follow_up_on::text, version
         FROM measure WHERE id = $1`,
      [measureId],
    );
    return rows[0];
  };

  it('edits a measure’s documentation through the error summary and the api’s date check', async () => {
    const measures = section('Insatser');
    await measures.getByRole('heading', { name: `${typeName} Erbjuden` }).waitFor();
    await measures.getByRole('heading', { name: 'Dokumentation' }).waitFor();
    await expectAccessible(page, 'measure-documentation');

    await measures.getByRole('button', { name: `Ändra dokumentationen av ${typeName}` }).click();
    const form = measures.getByRole('form', { name: `Ändra dokumentationen av ${typeName}` });
    await form.getByRole('heading', { name: /^Ändra dokumentationen \(utgår från version \d+\)$/ }).waitFor();
    await form.getByLabel('Nivå').selectOption('GROUP');
    await form.getByLabel('Inriktning').selectOption('REMEDIAL');
    await form.getByRole('checkbox', { name: 'Beprövad erfarenhet' }).check();
    await form.getByRole('checkbox', { name: 'Ungdomens egen röst' }).check();
    await form.getByLabel('Ungdomens ansvar').fill('Komma till mötena.');
    await form.getByLabel('Kommunens ansvar').fill('Boka studiebesök.');
    await form.getByLabel('Planerad start').fill('1 feb');
    await form.getByRole('button', { name: 'Spara dokumentationen' }).click();
    await form.getByRole('link', { name: 'Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.' }).waitFor();
    await expectAccessible(page, 'measure-documentation-errors');

    // The api's own check: the planned end cannot be before the planned start (MEASURE_DATE_INVALID
    // on plannedEndOn), shown at that field in the summary and inline.
    await form.getByLabel('Planerad start').fill('2027-02-01');
    await form.getByLabel('Planerat slut').fill('2027-01-15');
    await form.getByRole('button', { name: 'Spara dokumentationen' }).click();
    const apiError = form.getByRole('link', { name: /^Datumet går inte ihop med insatsens andra datum/ });
    await apiError.waitFor();
    expect(await apiError.getAttribute('href')).toBe(`#doc-${measureId}-plannedEndOn`);
    await expectAccessible(page, 'measure-documentation-api-error');

    await form.getByLabel('Planerat slut').fill('2027-06-30');
    await form.getByLabel('Uppföljning').fill('2027-03-15');
    await form.getByRole('button', { name: 'Spara dokumentationen' }).click();
    await measures.getByText('Dokumentationen är sparad.').waitFor();
    await measures.getByText('Beprövad erfarenhet, Ungdomens egen röst').waitFor();
    await measures.getByText('Boka studiebesök.').waitFor();
    expect(await measureRow()).toMatchObject({
      tier: 'REMEDIAL',
      level: 'GROUP',
      evidence_basis: ['PROVEN_EXPERIENCE', 'PUPILS_VOICE'],
      municipality_responsibility: 'Boka studiebesök.',
      young_person_responsibility: 'Komma till mötena.',
      planned_start_on: '2027-02-01',
      follow_up_on: '2027-03-15',
    });
    const { rows } = await app.api.pool.query(
      "SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'measure.document'",
      [measureId],
    );
    expect(rows).toHaveLength(1);
  });

  it('on a version conflict shows both versions of the documentation and makes the change again', async () => {
    const measures = section('Insatser');
    await measures.getByRole('button', { name: `Ändra dokumentationen av ${typeName}` }).click();
    const form = measures.getByRole('form', { name: `Ändra dokumentationen av ${typeName}` });
    await form.getByLabel('Ungdomens ansvar').fill('Komma till mötena och höra av sig vid förhinder.');

    // Meanwhile someone else saves a new version through the api.
    const before = await measureRow();
    await gql(
      'mutation ($input: UpdateMeasureDocumentationInput!) { updateMeasureDocumentation(input: $input) { version } }',
      { input: { id: measureId, version: before?.version, municipalityResponsibility: 'Ordna en praktikplats.' } },
    );
    const saved = (before?.version ?? 0) + 1;

    await form.getByRole('button', { name: 'Spara dokumentationen' }).click();
    const heading = measures.getByRole('heading', {
      name: 'Någon annan har sparat insatsens dokumentation medan du ändrade den',
    });
    await heading.waitFor();
    await expectFocused(page, `#insatser h4[tabindex="-1"]`);
    await measures
      .getByText('Ungdomens ansvar: Komma till mötena och höra av sig vid förhinder.', { exact: true })
      .waitFor();
    const mine = measures.getByRole('region', { name: 'Din version (inte sparad)' });
    const theirs = measures.getByRole('region', { name: `Sparad version ${saved}` });
    await mine.getByText('Komma till mötena och höra av sig vid förhinder.').waitFor();
    await mine.getByText('Boka studiebesök.').waitFor();
    await theirs.getByText('Ordna en praktikplats.').waitFor();
    await theirs.getByText('Komma till mötena.', { exact: true }).waitFor();
    await expectAccessible(page, 'measure-documentation-conflict');

    await measures.getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await form.getByRole('heading', { name: `Ändra dokumentationen (utgår från version ${saved})` }).waitFor();
    await form.getByText(`Dina ändringar är inlagda i version ${saved}. Granska dem och spara igen.`).waitFor();
    expect(await form.getByLabel('Ungdomens ansvar').inputValue()).toBe(
      'Komma till mötena och höra av sig vid förhinder.',
    );
    expect(await form.getByLabel('Kommunens ansvar').inputValue()).toBe('Ordna en praktikplats.');
    await expectAccessible(page, 'measure-documentation-reapplied');
    await form.getByRole('button', { name: 'Spara dokumentationen' }).click();
    await measures.getByText('Dokumentationen är sparad.').waitFor();
    expect(await measureRow()).toMatchObject({
      municipality_responsibility: 'Ordna en praktikplats.',
      young_person_responsibility: 'Komma till mötena och höra av sig vid förhinder.',
      version: saved + 1,
    });
  });

  it('on a version conflict of the contact details shows both versions, and drops the change on request', async () => {
    const contact = section('Kontaktuppgifter och vårdnadshavare');
    await contact.getByRole('button', { name: 'Ändra kontaktuppgifter' }).click();
    await contact.getByLabel('Gatuadress').fill('Storgatan 1');
    await contact.getByLabel('Ort').fill('Småstad');

    const read = await gql<{ youngPerson: { version: number } }>(
      'query ($id: ID!) { youngPerson(id: $id) { version } }',
      {
        id: youngPersonId,
      },
    );
    const version = read.youngPerson.version;
    await gql('mutation ($input: UpdateYoungPersonInput!) { updateYoungPerson(input: $input) { version } }', {
      input: { id: youngPersonId, version, contact: { phone: '070-111 22 33', city: 'Storstad' } },
    });

    await contact.getByRole('button', { name: 'Spara', exact: true }).click();
    await contact
      .getByRole('heading', { name: 'Någon annan har sparat ungdomens uppgifter medan du ändrade dem' })
      .waitFor();
    await expectFocused(page, '#kontakt h3[tabindex="-1"]');
    await contact.getByText('Gatuadress: Storgatan 1').waitFor();
    await contact.getByText(/^Ort: Småstad \(ändrat av er båda/).waitFor();
    const theirs = contact.getByRole('region', { name: `Sparad version ${version + 1}` });
    await theirs.getByText('070-111 22 33').waitFor();
    await theirs.getByText('Storstad').waitFor();
    await contact.getByRole('region', { name: 'Din version (inte sparad)' }).getByText('Småstad').waitFor();
    await expectAccessible(page, 'contact-conflict');

    // First the user makes the change again on the saved version, then thinks again...
    await contact.getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await contact
      .getByText(`Dina ändringar är inlagda i version ${version + 1}. Granska dem och spara igen.`)
      .waitFor();
    expect(await contact.getByLabel('Gatuadress').inputValue()).toBe('Storgatan 1');
    expect(await contact.getByLabel('Ort').inputValue()).toBe('Småstad');
    expect(await contact.locator('#contact-phone').inputValue()).toBe('070-111 22 33');
    await expectAccessible(page, 'contact-reapplied');

    // ...and, after another save meanwhile, keeps the saved version instead.
    await gql('mutation ($input: UpdateYoungPersonInput!) { updateYoungPerson(input: $input) { version } }', {
      input: { id: youngPersonId, version: version + 1, contact: { phone: '070-444 55 66', city: 'Storstad' } },
    });
    await contact.getByRole('button', { name: 'Spara', exact: true }).click();
    await contact
      .getByRole('region', { name: `Sparad version ${version + 2}` })
      .getByText('070-444 55 66')
      .waitFor();
    await contact.getByRole('button', { name: 'Släng mina ändringar' }).click();
    await contact.getByText('Dina ändringar är inte sparade. Uppgifterna visas som de är sparade nu.').waitFor();
    await page
      .getByText(/^Storstad$/)
      .first()
      .waitFor();
    const { rows } = await app.api.pool.query<{ street_address: string | null; city: string; version: number }>(
      'SELECT street_address, city, version FROM young_person WHERE id = $1',
      [youngPersonId],
    );
    expect(rows).toEqual([{ street_address: null, city: 'Storstad', version: version + 2 }]);
  });

  const stepRow = async () => {
    const { rows } = await app.api.pool.query<{
      status: string;
      responded_on: string | null;
      started_on: string | null;
      version: number;
    }>('SELECT status, responded_on::text, started_on::text, version FROM measure WHERE id = $1', [measureId]);
    return rows[0];
  };

  it('on a version conflict of a measure’s answer shows both versions and takes the step again', async () => {
    const measures = section('Insatser');
    const answeredOn = stockholmDay(new Date(Date.now() - 3 * DAY));
    await measures.getByRole('button', { name: `Registrera svar: ${typeName}` }).click();
    const form = measures.getByRole('form', { name: `Registrera svar: ${typeName}` });
    await form.getByLabel('Ungdomens svar').selectOption('yes');
    await form.getByLabel('Datum för svaret').fill(answeredOn);

    // Meanwhile someone else saves the measure's documentation through the api.
    const before = await stepRow();
    await gql(
      'mutation ($input: UpdateMeasureDocumentationInput!) { updateMeasureDocumentation(input: $input) { version } }',
      { input: { id: measureId, version: before?.version, municipalityResponsibility: 'Ordna ett studiebesök.' } },
    );
    const saved = (before?.version ?? 0) + 1;

    await form.getByRole('button', { name: 'Spara svaret' }).click();
    await measures.getByRole('heading', { name: 'Någon annan har sparat insatsen medan du fyllde i steget' }).waitFor();
    await expectFocused(page, '#insatser h4[tabindex="-1"]');
    await measures.getByText(`Datum för svaret: ${answeredOn}`, { exact: true }).waitFor();
    const mine = measures.getByRole('region', { name: 'Din version (inte sparad)' });
    const theirs = measures.getByRole('region', { name: `Sparad version ${saved}` });
    await mine.getByText('Accepterad').waitFor();
    await mine.getByText('Tackade ja').waitFor();
    await theirs.getByText('Erbjuden').waitFor();
    await expectAccessible(page, 'measure-step-conflict');

    await measures.getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await form.getByText(`Det du fyllde i är inlagt i version ${saved}. Granska och spara igen.`).waitFor();
    expect(await form.getByLabel('Ungdomens svar').inputValue()).toBe('yes');
    expect(await form.getByLabel('Datum för svaret').inputValue()).toBe(answeredOn);
    await expectAccessible(page, 'measure-step-reapplied');
    await form.getByRole('button', { name: 'Spara svaret' }).click();
    await measures.getByText('Svaret är sparat.').waitFor();
    expect(await stepRow()).toMatchObject({ status: 'ACCEPTED', responded_on: answeredOn, version: saved + 1 });
  });

  it('when the measure took the step meanwhile, shows what was filled in beside it and closes', async () => {
    const measures = section('Insatser');
    const mineOn = stockholmDay(new Date(Date.now() - 2 * DAY));
    const theirsOn = stockholmDay(new Date(Date.now() - DAY));
    await measures.getByRole('button', { name: `Starta insatsen: ${typeName}` }).click();
    const form = measures.getByRole('form', { name: `Starta insatsen: ${typeName}` });
    await form.getByLabel('Startdatum').fill(mineOn);

    // Meanwhile someone else starts the measure through the api, on another day.
    const before = await stepRow();
    await gql('mutation ($input: StartMeasureInput!) { startMeasure(input: $input) { version } }', {
      input: { id: measureId, version: before?.version, startedOn: theirsOn },
    });
    const saved = (before?.version ?? 0) + 1;

    await form.getByRole('button', { name: 'Starta', exact: true }).click();
    await measures.getByRole('heading', { name: 'Någon annan har sparat insatsen medan du fyllde i steget' }).waitFor();
    await measures.getByText(/och har nu status Pågår, så steget du fyllde i kan inte göras om/).waitFor();
    await measures.getByText(/^Startdatum: .* \(ändrat av er båda/).waitFor();
    await measures.getByRole('region', { name: 'Din version (inte sparad)' }).getByText(mineOn).waitFor();
    await measures
      .getByRole('region', { name: `Sparad version ${saved}` })
      .getByText(theirsOn)
      .waitFor();
    expect(await measures.getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).count()).toBe(
      0,
    );
    await expectAccessible(page, 'measure-step-moved-on');

    await measures.getByRole('button', { name: 'Stäng', exact: true }).click();
    await measures.getByText('Det du fyllde i är inte sparat. Insatsen visas som den är sparad nu.').waitFor();
    expect(await stepRow()).toMatchObject({ status: 'STARTED', started_on: theirsOn, version: saved });
  });

  const enrollmentNow = async () => {
    const read = await gql<{ youngPerson: { enrollment: { id: string; version: number; status: string } } }>(
      'query ($id: ID!) { youngPerson(id: $id) { enrollment { id version status } } }',
      { id: youngPersonId },
    );
    return read.youngPerson.enrollment;
  };
  const enrollmentRow = async (id: string) => {
    const { rows } = await app.api.pool.query<{ registration_reason: string; status: string; version: number }>(
      'SELECT registration_reason, status, version FROM kaa_enrollment WHERE id = $1',
      [id],
    );
    return rows[0];
  };

  it('on a version conflict of a registration’s reason shows both reasons and makes the correction again', async () => {
    const registrations = section('Registreringar');
    await registrations.getByRole('button', { name: /^Rätta orsaken till registreringen / }).click();
    const form = registrations.getByRole('form', { name: 'Rätta orsaken' });
    await form.getByLabel('Rätt orsak').selectOption('MOVED_IN');

    // Meanwhile someone else corrects the reason through the api.
    const enrollment = await enrollmentNow();
    await gql(
      'mutation ($input: CorrectRegistrationReasonInput!) { correctRegistrationReason(input: $input) { id } }',
      {
        input: { enrollmentId: enrollment.id, version: enrollment.version, reason: 'NEVER_STARTED' },
      },
    );
    const saved = enrollment.version + 1;

    await form.getByRole('button', { name: 'Spara orsaken' }).click();
    await registrations
      .getByRole('heading', { name: 'Någon annan har sparat registreringen medan du ändrade den' })
      .waitFor();
    await expectFocused(page, '#registreringar h3[tabindex="-1"]');
    await registrations.getByText(/^Rätt orsak: Inflyttad \(ändrat av er båda/).waitFor();
    await registrations.getByRole('region', { name: 'Din version (inte sparad)' }).getByText('Inflyttad').waitFor();
    await registrations
      .getByRole('region', { name: `Sparad version ${saved}` })
      .getByText('Aldrig börjat gymnasiet')
      .waitFor();
    await expectAccessible(page, 'registration-reason-conflict');

    await registrations.getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await form.getByText(`Din ändring är inlagd i version ${saved}. Granska den och spara igen.`).waitFor();
    expect(await form.getByLabel('Rätt orsak').inputValue()).toBe('MOVED_IN');
    await form.getByText('Nu: Aldrig börjat gymnasiet.', { exact: false }).waitFor();
    await expectAccessible(page, 'registration-reason-reapplied');
    await form.getByRole('button', { name: 'Spara orsaken' }).click();
    await registrations.getByText('Orsaken är rättad till Inflyttad.').waitFor();
    expect(await enrollmentRow(enrollment.id)).toMatchObject({ registration_reason: 'MOVED_IN', version: saved + 1 });
  });

  it('on a version conflict of the status shows both statuses and keeps the saved one on request', async () => {
    const enrollment = await enrollmentNow();
    const target = enrollment.status === 'IN_DIALOGUE' ? 'IN_WORK' : 'IN_DIALOGUE';
    await page.getByRole('button', { name: 'Ändra status', exact: true }).click();
    const form = page.getByRole('form', { name: 'Ändra status' });
    await form.getByLabel('Ny status').selectOption(target);

    // Meanwhile someone else changes the status through the api.
    await gql('mutation ($input: ChangeEnrollmentStatusInput!) { changeEnrollmentStatus(input: $input) { id } }', {
      input: { enrollmentId: enrollment.id, version: enrollment.version, status: 'UNKNOWN' },
    });
    const saved = enrollment.version + 1;

    await form.getByRole('button', { name: 'Spara statusen' }).click();
    await page.getByRole('heading', { name: 'Någon annan har sparat registreringen medan du ändrade den' }).waitFor();
    await expectFocused(page, 'h2[tabindex="-1"]');
    const name = target === 'IN_DIALOGUE' ? 'I dialog' : 'I arbete';
    await page.getByRole('region', { name: 'Din version (inte sparad)' }).getByText(name).waitFor();
    await page
      .getByRole('region', { name: `Sparad version ${saved}` })
      .getByText('Okänt')
      .waitFor();
    await expectAccessible(page, 'status-conflict');

    await page.getByRole('button', { name: 'Släng mina ändringar' }).click();
    await page.getByText('Din ändring är inte sparad. Registreringen visas som den är sparad nu.').waitFor();
    await expectAccessible(page, 'status-discarded');
    expect(await enrollmentRow(enrollment.id)).toMatchObject({ status: 'UNKNOWN', version: saved });
  });

  it('re-enrols a young person whose registration ended, through the error summary and the target-group check', async () => {
    const read = await gql<{ youngPerson: { enrollment: { id: string; version: number } } }>(
      'query ($id: ID!) { youngPerson(id: $id) { enrollment { id version } } }',
      { id: youngPersonId },
    );
    await gql('mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { id } }', {
      input: {
        enrollmentId: read.youngPerson.enrollment.id,
        version: read.youngPerson.enrollment.version,
        endedOn: stockholmDay(new Date(Date.now() - 20 * DAY)),
        reason: 'MOVED',
      },
    });
    await page.reload();
    await expectHeading(page, 'Dora Dokumentsson');
    const registrations = section('Registreringar');
    await registrations.getByText(/Ungdomens registreringar är avslutade/).waitFor();
    await registrations.getByRole('button', { name: 'Registrera på nytt' }).click();
    const form = registrations.getByRole('form', { name: 'Registrera ungdomen på nytt' });
    // The form replaces its button and takes focus to its first field (WCAG 2.4.3).
    await expectFocused(page, 'form[aria-label="Registrera ungdomen på nytt"] :is(input, select)');
    await form.getByRole('button', { name: 'Registrera på nytt' }).click();
    await form.getByRole('link', { name: 'Välj anledning till registrering.' }).waitFor();
    await form.getByRole('link', { name: 'Välj grundskola.' }).waitFor();
    await form.getByRole('link', { name: 'Välj gymnasieskola.' }).waitFor();
    await expectAccessible(page, 're-enrol-errors');

    // The api checks the target group again: a young person in upper secondary school is not in it.
    await form.getByLabel('Anledning till registrering').selectOption('MOVED_IN');
    await form.getByLabel('Grundskola').selectOption('COMPLETED');
    await form.getByLabel('Gymnasieskola').selectOption('ENROLLED');
    await form.getByRole('button', { name: 'Registrera på nytt' }).click();
    await form.getByRole('link', { name: 'Ungdomen studerar på gymnasiet och omfattas inte.' }).waitFor();
    await expectAccessible(page, 're-enrol-not-eligible');

    await form.getByLabel('Gymnasieskola').selectOption('DROPPED_OUT');
    await form.getByRole('button', { name: 'Registrera på nytt' }).click();
    await registrations.getByText(/^Ungdomen är registrerad på nytt från /).waitFor();
    expect(await registrations.getByRole('button', { name: 'Registrera på nytt' }).count()).toBe(0);
    await expectAccessible(page, 're-enrolled');
    const { rows } = await app.api.pool.query<{ open: number; ended: number }>(
      `SELECT count(*) FILTER (WHERE ended_on IS NULL)::int AS open, count(*) FILTER (WHERE ended_on IS NOT NULL)::int AS ended
         FROM kaa_enrollment WHERE young_person_id = $1`,
      [youngPersonId],
    );
    expect(rows).toEqual([{ open: 1, ended: 1 }]);
  });
});
