import type { Page } from 'playwright-core';

import { randomIdentityNumber, stockholmDay } from '../../../test/support/young-people';
import {
  chooseOrganization,
  DEMO_PASSWORD,
  expectAccessible,
  expectFocused,
  expectHeading,
  signIn,
  startBrowserApp,
  type BrowserApp,
} from './support/browser';

const COORDINATOR = 'samordnare@demo.brygga.se';

// The coordinator's work on one young person's page, in a real Chromium against the real api
// and the demo municipality: occupations, measures, the plan (with a version conflict), the
// consent panel, referrals and disclosures, the register extract, hand-over and ending. axe on
// every state that opens. The young person is registered fresh through the api.
describe('the young person’s page (browser)', () => {
  let app: BrowserApp;
  let page: Page;
  let token = '';
  let youngPersonId = '';

  const section = (name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    app = await startBrowserApp();
    token = await app.api.login({ email: COORDINATOR, password: DEMO_PASSWORD });
    const { number } = randomIdentityNumber({ age: 17 });
    const registered = await app.api.graphql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Wilma',
          familyName: 'Wiklund',
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
    await expectHeading(page, 'Wilma Wiklund');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('records an occupation through the error summary and shows it in the history', async () => {
    const occupations = section('Sysselsättning');
    await occupations.getByText('Ingen sysselsättning registrerad.').waitFor();
    await occupations.getByRole('button', { name: 'Registrera sysselsättning' }).click();
    await expectFocused(page, 'form[aria-label="Registrera sysselsättning"] :is(input, select, textarea)');
    await occupations.getByLabel('Från och med').fill('1 jan');
    await occupations.getByRole('button', { name: 'Spara sysselsättningen' }).click();
    await occupations.getByRole('link', { name: 'Välj sysselsättning.' }).waitFor();
    await occupations.getByRole('link', { name: 'Skriv datumet som ÅÅÅÅ-MM-DD.' }).waitFor();
    await expectAccessible(page, 'young-person-occupation-errors');

    await occupations.getByLabel('Sysselsättning', { exact: true }).selectOption('EDUCATION');
    await occupations.getByLabel('Från och med').fill('2020-01-01');
    await occupations.getByRole('radio', { name: 'Tidigare' }).check();
    await occupations.getByRole('button', { name: 'Spara sysselsättningen' }).click();
    await occupations.getByText('Sysselsättningen är sparad.').waitFor();
    const table = occupations.getByRole('table');
    await table.getByRole('cell', { name: 'Utbildning' }).waitFor();
    await table.getByRole('cell', { name: 'Ungdomen själv' }).waitFor();
    await page.getByText('Sysselsättning (tidigare): Utbildning').waitFor();
    await expectAccessible(page, 'young-person-occupations');
  });

  it('offers a measure, records the answer, starts it and ends it with its outcome', async () => {
    const measures = section('Insatser');
    await measures.getByText('Inga insatser har erbjudits.').waitFor();
    await measures.getByRole('button', { name: 'Erbjud en insats' }).click();
    await measures.getByRole('button', { name: 'Spara insatsen' }).click();
    await measures.getByRole('link', { name: 'Välj en insats.' }).waitFor();
    await expectAccessible(page, 'young-person-measure-errors');
    const type = measures.getByLabel('Insats', { exact: true });
    const firstType = await type.locator('option').nth(1).getAttribute('value');
    await type.selectOption(firstType ?? '');
    const typeName = (await type.locator('option').nth(1).textContent()) ?? '';
    await measures.getByLabel('Planering och mål med insatsen (valfritt)').fill('Prova på yrken inom vården.');
    await measures.getByRole('button', { name: 'Spara insatsen' }).click();
    await measures.getByText('Insatsen är sparad som erbjuden.').waitFor();
    await measures.getByRole('heading', { name: `${typeName} Erbjuden` }).waitFor();

    await measures.getByRole('button', { name: `Registrera svar: ${typeName}` }).click();
    await measures.getByRole('button', { name: 'Spara svaret' }).click();
    await measures.getByRole('link', { name: 'Välj ungdomens svar.' }).waitFor();
    await measures.getByLabel('Ungdomens svar').selectOption('yes');
    await measures.getByRole('button', { name: 'Spara svaret' }).click();
    await measures.getByText('Svaret är sparat.').waitFor();

    await measures.getByRole('button', { name: `Starta insatsen: ${typeName}` }).click();
    await measures.getByRole('button', { name: 'Starta', exact: true }).click();
    await measures.getByText('Insatsen är startad.').waitFor();
    await page.getByText('I insats', { exact: true }).first().waitFor();

    await measures.getByRole('button', { name: `Avsluta insatsen: ${typeName}` }).click();
    await measures.getByRole('button', { name: 'Avsluta insatsen', exact: true }).click();
    await measures.getByRole('link', { name: 'Välj utfall.' }).waitFor();
    await expectAccessible(page, 'young-person-measure-end-errors');
    await measures.getByLabel('Utfall').selectOption('STARTED_EDUCATION');
    await measures.getByLabel('Sysselsättning efter insatsen').selectOption('EDUCATION');
    await measures.getByRole('button', { name: 'Avsluta insatsen', exact: true }).click();
    await measures.getByText('Insatsen är avslutad.').waitFor();
    await measures.getByText('Utfall: Började studera. Sysselsättning efteråt: Utbildning.').waitFor();
    await expectAccessible(page, 'young-person-measures');
  });

  it('changes the registration status by hand, recorded in the timeline', async () => {
    await page.getByRole('button', { name: 'Ändra status' }).click();
    // The form opens where its button was, and focus goes into it, not to <body> (WCAG 2.4.3).
    await expectFocused(page, 'form[aria-label="Ändra status"] select');
    await page.getByRole('button', { name: 'Spara statusen' }).click();
    await page.getByRole('link', { name: 'Välj en ny status.' }).waitFor();
    await expectAccessible(page, 'young-person-status-errors');
    await page.getByLabel('Ny status').selectOption('IN_DIALOGUE');
    await page.getByRole('button', { name: 'Spara statusen' }).click();
    await page.getByText('Statusen är ändrad till I dialog.').waitFor();
    await page.getByText('I dialog (ändrad för hand)').waitFor();
  });

  it('draws up a plan, and on a version conflict shows both versions and reapplies the change', async () => {
    const plan = section('Plan');
    await plan.getByText('Ungdomen har ingen aktiv plan.').waitFor();
    await plan.getByRole('button', { name: 'Upprätta en plan' }).click();
    await plan.getByRole('button', { name: 'Lägg till mål' }).click();
    await plan.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await plan.getByRole('button', { name: 'Spara planen' }).click();
    await plan.getByRole('link', { name: 'Skriv planens namn.' }).waitFor();
    await plan.getByRole('link', { name: 'Skriv mål 1, eller ta bort det.' }).waitFor();
    await plan.getByRole('link', { name: 'Välj ansvarig organisation för åtgärd 1.' }).waitFor();
    await expectAccessible(page, 'young-person-plan-errors');

    await plan.getByLabel('Planens namn').fill('Plan för Wilma');
    await plan.getByLabel('Mål 1', { exact: true }).fill('Jag vill börja plugga till undersköterska');
    await plan.getByLabel('Åtgärd 1', { exact: true }).fill('Studiebesök på Komvux');
    await chooseOrganization(plan, 'Ansvarig organisation för åtgärd 1', 'Komvux');
    await plan.getByLabel('Klar senast, åtgärd 1').fill('2027-01-15');
    await plan.getByLabel('Mål som åtgärd 1 hör till').selectOption({ index: 1 });
    await plan.getByRole('button', { name: 'Spara planen' }).click();
    await plan.getByText('Planen är sparad.').waitFor();
    await plan.getByText(/^Version 1, senast ändrad/).waitFor();
    await plan.getByRole('cell', { name: 'Studiebesök på Komvux' }).waitFor();
    await plan.getByRole('cell', { name: 'Komvux', exact: true }).waitFor();
    await expectAccessible(page, 'young-person-plan');

    // I start changing version 1...
    await plan.getByRole('button', { name: 'Ändra planen' }).click();
    await plan.getByRole('heading', { name: 'Ändra planen (utgår från version 1)' }).waitFor();
    await plan.getByLabel('Klar senast, åtgärd 1').fill('2027-02-01');
    await plan.getByRole('button', { name: 'Lägg till mål' }).click();
    await plan.getByLabel('Mål 2', { exact: true }).fill('Ta körkort');

    // ...while someone else saves version 2 (a new name and a follow-up). The page listens for
    // the young person and for the plan (and the header's notification bell for new notifications).
    await app.api.waitForListeners(3);
    const read = await app.api.graphql<{ youngPerson: { actionPlan: { id: string; version: number } } }>(
      'query ($id: ID!) { youngPerson(id: $id) { actionPlan { id version } } }',
      { id: youngPersonId },
      token,
    );
    const planId = read.data?.youngPerson.actionPlan.id;
    const followUpOn = `${new Date().getFullYear() + 1}-06-01`;
    const revised = await app.api.graphql(
      'mutation ($input: ReviseActionPlanInput!) { reviseActionPlan(input: $input) { version } }',
      { input: { id: planId, version: 1, title: 'Wilmas plan', followUps: [{ plannedOn: followUpOn }] } },
      token,
    );
    expect(revised.errors).toBeUndefined();
    // The open editor hears of it at once (actionPlanChanged) and keeps what was typed.
    await plan.getByText(/^Någon annan har sparat version 2 av planen medan du ändrar den\./).waitFor();
    expect(await plan.getByLabel('Mål 2', { exact: true }).inputValue()).toBe('Ta körkort');
    await expectAccessible(page, 'young-person-plan-changed-elsewhere');

    await plan.getByRole('button', { name: 'Spara ändringarna' }).click();
    const conflictHeading = plan.getByRole('heading', { name: 'Någon annan har sparat planen medan du ändrade den' });
    await conflictHeading.waitFor();
    await expectFocused(page, '#plan h3[tabindex="-1"]');
    await plan.getByText('Nytt mål: Ta körkort').waitFor();
    await plan.getByText('Ändrad åtgärd: Studiebesök på Komvux').waitFor();
    const mine = plan.getByRole('region', { name: 'Din version (inte sparad)' });
    const theirs = plan.getByRole('region', { name: 'Sparad version 2' });
    await mine.getByRole('cell', { name: '2027-02-01' }).waitFor();
    await theirs.getByRole('cell', { name: '2027-01-15' }).waitFor();
    await theirs.getByRole('heading', { name: 'Wilmas plan' }).waitFor();
    await expectAccessible(page, 'young-person-plan-conflict');

    await plan.getByRole('button', { name: 'Gör om mina ändringar på den sparade versionen' }).click();
    await plan.getByRole('heading', { name: 'Ändra planen (utgår från version 2)' }).waitFor();
    expect(await plan.getByLabel('Planens namn').inputValue()).toBe('Wilmas plan');
    expect(await plan.getByLabel('Mål 2', { exact: true }).inputValue()).toBe('Ta körkort');
    expect(await plan.getByLabel('Klar senast, åtgärd 1').inputValue()).toBe('2027-02-01');
    expect(await plan.getByLabel('Uppföljning 1, datum').inputValue()).toBe(followUpOn);
    await plan.getByRole('button', { name: 'Spara ändringarna' }).click();
    await plan.getByText('Ändringarna i planen är sparade.').waitFor();
    await plan.getByText(/^Version 3, senast ändrad/).waitFor();
    await plan.getByRole('heading', { name: 'Wilmas plan' }).waitFor();
    await plan.getByText('Mål 2: Ta körkort').waitFor();
    await plan.getByRole('cell', { name: '2027-02-01' }).waitFor();
    await plan.getByText(`Planerad ${followUpOn}`).waitFor();
  });

  it('records a held follow-up assessing every goal, and closes the plan with its evaluation', async () => {
    const plan = section('Plan');
    await plan.getByRole('button', { name: /^Registrera uppföljning \d{4}-06-01$/ }).click();
    await plan.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await plan.getByRole('link', { name: 'Bedöm mål 1.' }).waitFor();
    await plan.getByRole('link', { name: 'Bedöm mål 2.' }).waitFor();
    await plan.getByRole('link', { name: 'Skriv en sammanfattning av uppföljningen.' }).waitFor();
    await expectAccessible(page, 'young-person-plan-follow-up-errors');
    await plan
      .getByRole('group', { name: /^Mål 1:/ })
      .getByRole('radio', { name: 'Delvis uppnått' })
      .check();
    await plan
      .getByRole('group', { name: /^Mål 2:/ })
      .getByRole('radio', { name: 'Inte uppnått' })
      .check();
    await plan.getByLabel('Kommentar om mål 1 (valfritt)').fill('Har sökt till Komvux');
    await plan.getByLabel('Sammanfattning av uppföljningen').fill('Bra möte, Wilma är på väg.');
    await plan.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await plan.getByText('Uppföljningen är registrerad.').waitFor();
    await plan.getByText(/^Planerad \d{4}-06-01, genomförd \d{4}-\d{2}-\d{2}$/).waitFor();
    await page.getByText('Planen version 4').waitFor();

    await plan.getByRole('button', { name: 'Avsluta planen' }).click();
    await plan.getByRole('button', { name: 'Avsluta planen' }).click();
    await plan.getByRole('link', { name: 'Skriv en utvärdering av planen.' }).waitFor();
    await plan.getByLabel('Utvärdering av planen').fill('Målen delvis nådda; Wilma börjar på Komvux.');
    await plan.getByRole('checkbox', { name: 'Jag förstår att en avslutad plan inte kan ändras.' }).check();
    await plan.getByRole('button', { name: 'Avsluta planen' }).click();
    await plan.getByText('Planen är avslutad.').waitFor();
    await plan.getByText('Ungdomen har ingen aktiv plan.').waitFor();
    await expectAccessible(page, 'young-person-plan-closed');
  });

  it('records consents and refusals, refuses a withheld category, and withdraws a consent after confirming', async () => {
    const consents = section('Samtycken');
    await consents.getByText('Inga samtycken är registrerade.').waitFor();
    await consents.getByRole('button', { name: 'Registrera samtycke' }).click();
    await consents.getByRole('radio', { name: 'Skriftligt' }).check();
    await consents.getByRole('button', { name: 'Spara samtycket' }).click();
    await consents.getByRole('link', { name: 'Välj organisation.' }).waitFor();
    await consents.getByRole('link', { name: 'Välj minst en kategori.' }).waitFor();
    await consents.getByRole('link', { name: 'Skriv var det undertecknade samtycket finns.' }).waitFor();
    await expectAccessible(page, 'young-person-consent-errors');

    const recipient = 'Organisation som får ta del av uppgifterna';
    // The partners are searched on the server (issue 15): part of the name, in any case.
    await chooseOrganization(consents, recipient, 'Arbetsförmedlingen', 'arbetsförm');
    await consents.getByRole('checkbox', { name: 'Plan' }).check();
    await consents.getByRole('checkbox', { name: 'Kontaktuppgifter' }).check();
    await consents.getByLabel('Syfte med delningen').fill('Stöd att hitta praktik och arbete');
    await consents.getByLabel(/Var finns det undertecknade samtycket/).fill('KAA 2026/123');
    await consents.getByRole('button', { name: 'Spara samtycket' }).click();
    await consents.getByText('Samtycket är sparat.').waitFor();
    await consents.getByRole('heading', { name: 'Arbetsförmedlingen Gäller' }).waitFor();
    await consents.getByText('Kategorier: Kontaktuppgifter, Plan').waitFor();
    await consents.getByText(/^Gäller \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}\. \d+ dagar kvar\.$/).waitFor();

    // A revision: a new version replaces the one in force.
    await consents.getByRole('button', { name: 'Ändra samtycket till Arbetsförmedlingen' }).click();
    const revision = consents.getByRole('form', { name: 'Ändra samtycket' });
    expect(await revision.getByLabel('Syfte med delningen').inputValue()).toBe('Stöd att hitta praktik och arbete');
    await revision.getByRole('checkbox', { name: 'Sysselsättning' }).check();
    await expectAccessible(page, 'young-person-consent-revise');
    await revision.getByRole('button', { name: 'Spara det ändrade samtycket' }).click();
    await consents.getByText('Samtycket är ändrat. Den nya versionen ersätter den gamla.').waitFor();
    await consents.getByRole('heading', { name: 'Arbetsförmedlingen Ersatt' }).waitFor();
    await consents.getByText('Kategorier: Kontaktuppgifter, Sysselsättning, Plan').waitFor();

    // A refusal: the young person does not want signals shared with the youth clinic.
    await consents.getByRole('button', { name: 'Registrera nej' }).click();
    await chooseOrganization(consents, 'Organisation', 'Region, ungdomsmottagningen', 'Region');
    await consents
      .getByRole('group', { name: 'Uppgifter som inte får delas' })
      .getByRole('checkbox', { name: 'Signaler och oro' })
      .check();
    await consents.getByRole('button', { name: 'Spara nejet' }).click();
    await consents.getByText('Nejet är sparat.').waitFor();
    await consents.getByText('Region, ungdomsmottagningen: Signaler och oro').waitFor();

    // A consent naming the withheld category is refused by the api, shown at the field.
    await consents.getByRole('button', { name: 'Registrera samtycke' }).click();
    await chooseOrganization(consents, recipient, 'Region, ungdomsmottagningen', 'ungdomsmott');
    await consents
      .getByRole('group', { name: 'Uppgifter som får delas' })
      .getByRole('checkbox', { name: 'Signaler och oro' })
      .check();
    await consents.getByLabel('Syfte med delningen').fill('Samtalsstöd hos kurator');
    await consents.getByRole('button', { name: 'Spara samtycket' }).click();
    await consents.getByRole('link', { name: /Ungdomen har sagt nej till att någon av kategorierna delas/ }).waitFor();
    await expectAccessible(page, 'young-person-consent-refused');
    await consents
      .getByRole('group', { name: 'Uppgifter som får delas' })
      .getByRole('checkbox', { name: 'Signaler och oro' })
      .uncheck();
    await consents
      .getByRole('group', { name: 'Uppgifter som får delas' })
      .getByRole('checkbox', { name: 'Kontakter och kontaktförsök' })
      .check();
    await consents.getByRole('button', { name: 'Spara samtycket' }).click();
    await consents.getByText('Samtycket är sparat.').waitFor();

    await consents.getByRole('button', { name: 'Häv nej: Region, ungdomsmottagningen: Signaler och oro' }).click();
    await consents.getByText('Ungdomen har inte sagt nej till att dela något.').waitFor();

    await consents.getByRole('button', { name: 'Återkalla samtycket till Region, ungdomsmottagningen' }).click();
    await consents.getByText(/^Vill du återkalla samtycket till Region, ungdomsmottagningen\?/).waitFor();
    await expectAccessible(page, 'young-person-consent-withdraw-confirm');
    await consents.getByRole('button', { name: 'Ja, återkalla samtycket' }).click();
    await consents.getByText('Samtycket till Region, ungdomsmottagningen är återkallat.').waitFor();
    await consents.getByRole('heading', { name: 'Region, ungdomsmottagningen Återkallat' }).waitFor();
    await expectAccessible(page, 'young-person-consents');
  });

  it('sends a referral on a consent (the api checks what it covers), revokes it, and records a disclosure', async () => {
    const sharing = section('Remisser och utlämnanden');
    await sharing.getByText('Inga remisser har skickats.').waitFor();
    await sharing.getByRole('button', { name: 'Skicka remiss' }).click();
    await sharing.getByRole('button', { name: 'Skicka remissen' }).click();
    await sharing.getByRole('link', { name: 'Välj rättslig grund.' }).waitFor();
    await expectAccessible(page, 'young-person-referral-errors');

    await chooseOrganization(sharing, 'Till organisation', 'Arbetsförmedlingen');
    await sharing.getByLabel('Vad gäller remissen?').fill('Stöd att hitta en praktikplats inom vården');
    const categories = sharing.getByRole('group', { name: 'Uppgifter som lämnas ut' });
    await categories.getByRole('checkbox', { name: 'Plan' }).check();
    await categories.getByRole('checkbox', { name: 'Signaler och oro' }).check();
    await sharing.getByRole('radio', { name: 'Samtycke från ungdomen' }).check();
    await sharing.getByLabel('Samtycke som ni stöder er på').selectOption({ index: 1 });
    await sharing.getByRole('button', { name: 'Skicka remissen' }).click();
    await sharing
      .getByRole('link', {
        name: 'Samtycket omfattar inte alla valda kategorier. Ta bort dem eller välj en annan grund.',
      })
      .waitFor();
    await expectAccessible(page, 'young-person-referral-not-covered');
    await categories.getByRole('checkbox', { name: 'Signaler och oro' }).uncheck();
    await sharing.getByRole('button', { name: 'Skicka remissen' }).click();
    await sharing.getByText('Remissen är skickad.').waitFor();
    await sharing.getByRole('heading', { name: 'Till Arbetsförmedlingen Väntar på svar' }).waitFor();
    await sharing.getByText('Uppgifter: Plan. Grund: samtycke.').waitFor();

    await sharing.getByRole('button', { name: 'Återkalla remissen till Arbetsförmedlingen' }).click();
    await sharing.getByText('Remissen till Arbetsförmedlingen är återkallad.').waitFor();
    await sharing.getByRole('heading', { name: 'Till Arbetsförmedlingen Återkallad' }).waitFor();

    await sharing.getByRole('button', { name: 'Registrera utlämnande' }).click();
    await sharing.getByRole('radio', { name: 'En mottagare utanför Brygga' }).check();
    await sharing.getByLabel('Mottagarens namn').fill('Polisen, ungdomsgruppen');
    await sharing
      .getByRole('group', { name: 'Uppgifter som lämnas ut' })
      .getByRole('checkbox', { name: 'Identitet' })
      .check();
    await sharing.getByRole('radio', { name: 'Annan bestämmelse' }).check();
    await sharing.getByRole('button', { name: 'Spara utlämnandet' }).click();
    await sharing
      .getByRole('link', { name: 'Skriv vilken bestämmelse ni stöder er på, till exempel OSL 10 kap. 2 §.' })
      .waitFor();
    await sharing.getByLabel('Bestämmelse', { exact: true }).fill('OSL 10 kap. 2 §');
    await sharing.getByRole('button', { name: 'Spara utlämnandet' }).click();
    await sharing.getByText('Utlämnandet är registrerat.').waitFor();
    const row = sharing.getByRole('row').filter({ hasText: 'Polisen, ungdomsgruppen' });
    await row.getByRole('cell', { name: 'Grund: annan bestämmelse (OSL 10 kap. 2 §).' }).waitFor();
    await expectAccessible(page, 'young-person-referrals');
  });

  it('makes the register extract as a PDF download', async () => {
    const extract = section('Registerutdrag');
    await extract.getByRole('radio', { name: 'PDF (för utskrift)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      extract.getByRole('button', { name: 'Skapa registerutdrag' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await extract.getByText(/^Registerutdraget .+\.pdf \(\d+ kB\) skapades/).waitFor();
    await extract.getByText(/^Kontrollsumma \(SHA-256\): [0-9a-f]{64}$/).waitFor();
    await expectAccessible(page, 'young-person-extract');
  });

  it('refuses a hand-over to an unknown municipality, then hands another young person over', async () => {
    const ending = section('Överlämning och avslut');
    await ending.getByRole('button', { name: 'Lämna över till en annan kommun' }).click();
    await ending.getByRole('button', { name: 'Lämna över', exact: true }).click();
    await ending.getByRole('link', { name: 'Skriv kommunkoden med fyra siffror.' }).waitFor();
    await ending.getByRole('link', { name: 'Bekräfta att du vill fortsätta.' }).waitFor();
    await expectAccessible(page, 'young-person-hand-over-errors');
    await ending.getByLabel('Den nya kommunens kommunkod').fill('0000');
    await ending.getByRole('checkbox', { name: /Jag förstår att registreringen här avslutas/ }).check();
    await ending.getByRole('button', { name: 'Lämna över', exact: true }).click();
    await ending.getByRole('link', { name: /Det finns ingen annan kommun med den koden i Brygga/ }).waitFor();
    await ending.getByRole('button', { name: 'Avbryt' }).click();

    // A second young person moves to a municipality that uses Brygga.
    const target = await app.api.factories.municipality('Granstads kommun');
    const { number } = randomIdentityNumber({ age: 18 });
    const registered = await app.api.graphql<{ registerYoungPerson: { id: string } }>(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      {
        input: {
          givenName: 'Melvin',
          familyName: 'Mattsson',
          personalIdentityNumber: number,
          enrollment: {
            registeredOn: stockholmDay(new Date(Date.now() - 10 * 86_400_000)),
            reason: 'NEVER_STARTED',
            eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'NEVER_STARTED' },
          },
        },
      },
      token,
    );
    expect(registered.errors).toBeUndefined();
    await page.goto(`/ungdomar/${registered.data?.registerYoungPerson.id ?? ''}`);
    await expectHeading(page, 'Melvin Mattsson');
    await ending.getByRole('button', { name: 'Lämna över till en annan kommun' }).click();
    await ending.getByLabel('Den nya kommunens kommunkod').fill(target.code);
    await ending.getByRole('checkbox', { name: /Jag förstår att registreringen här avslutas/ }).check();
    await ending.getByRole('button', { name: 'Lämna över', exact: true }).click();
    await ending.getByText('Ungdomen är överlämnad till Granstads kommun. Registreringen här är avslutad.').waitFor();
    await ending.getByText(/^Registreringen avslutades \d{4}-\d{2}-\d{2}: Flyttat till en annan kommun\.$/).waitFor();
    await expectAccessible(page, 'young-person-handed-over');
  });

  it('ends the follow-up with a reason after confirming', async () => {
    await page.goto(`/ungdomar/${youngPersonId}`);
    await expectHeading(page, 'Wilma Wiklund');
    const ending = section('Överlämning och avslut');
    await ending.getByRole('button', { name: 'Avsluta uppföljningen' }).click();
    await ending.getByRole('button', { name: 'Avsluta registreringen' }).click();
    await ending.getByRole('link', { name: 'Välj anledning till avslut.' }).waitFor();
    await expectAccessible(page, 'young-person-end-errors');
    await ending.getByLabel('Anledning till avslut').selectOption('STARTED_EDUCATION');
    await ending.getByRole('checkbox', { name: /Jag förstår att registreringen avslutas/ }).check();
    await ending.getByRole('button', { name: 'Avsluta registreringen' }).click();
    await ending.getByText('Registreringen är avslutad.').waitFor();
    await ending.getByText(/^Registreringen avslutades \d{4}-\d{2}-\d{2}: Har börjat studera\.$/).waitFor();
    // With no open registration the page's forms are gone; the history stays.
    expect(await page.getByRole('button', { name: 'Registrera sysselsättning' }).count()).toBe(0);
    await section('Sysselsättning').getByRole('table').waitFor();
    await expectAccessible(page, 'young-person-ended');
  });
});
