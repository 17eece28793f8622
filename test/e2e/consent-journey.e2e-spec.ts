import { PDFDocument } from 'pdf-lib';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { nextResults, startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { errorCode, recordConsent, register, requestConsent, type YoungPersonView } from '../support/young-people';

const RECORD = `query ($id: ID!) { youngPerson(id: $id) {
  id givenName personalIdentityNumber contact { phone streetAddress } guardians { name }
  occupations { kind category } contactAttempts { totalCount } measures { status } actionPlan { title } } }`;

interface PartnerView {
  givenName: string;
  personalIdentityNumber: string | null;
  contact: unknown;
  guardians: unknown[];
  occupations: Array<{ kind: string }>;
  contactAttempts: { totalCount: number };
  actionPlan: { title: string } | null;
}

interface ExportJson {
  format: string;
  youngPersonId: string;
  sections: Array<{ key: string; records: Array<Record<string, unknown>> }>;
}

const EXPORT = `mutation ($input: ExportYoungPersonDataInput!) {
  exportYoungPersonData(input: $input) { fileName contentType contentBase64 byteSize sha256 } }`;

// Issue 5's "done when", end to end for each kind of partner: nothing without a consent; exactly
// the consented categories with it (not contacts, not the address); the access log names the
// consent; nothing again once it is withdrawn; and the young person's register extract lists the
// partner's reads. Also a partial consent, and the extract as PDF.
describe.each([
  ['Arbetsförmedlingen', OrganizationKind.EMPLOYMENT_SERVICE, Role.PARTNER_CASEWORKER],
  ['social services', OrganizationKind.SOCIAL_SERVICES, Role.PARTNER_CASEWORKER],
  ['a school', OrganizationKind.SCHOOL, Role.SCHOOL_STAFF],
  ['region health care', OrganizationKind.HEALTH_CARE, Role.PARTNER_CASEWORKER],
])('consent-driven access for %s', (_name, kind, role) => {
  let t: TestApi;
  let partner: TestOrganization;
  let partnerUser: TestUser;
  let coordinator: string;
  let caseworker: string;
  let person: YoungPersonView;
  let consentId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    partner = await t.factories.organization(m.id, kind, `Partner ${kind}`);
    coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    partnerUser = await t.factories.user(partner, role);
    caseworker = await t.login(partnerUser);
    person = await register(t, coordinator, { givenName: 'Sara', familyName: 'Öberg' });
    for (const [query, input] of [
      [
        'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
        {
          youngPersonId: person.id,
          channel: 'PHONE',
          occurredAt: new Date().toISOString(),
          outcome: 'REACHED',
          occupationLearned: 'NONE',
        },
      ],
      [
        'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
        {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Min plan',
          goals: [{ text: 'Jag vill börja plugga', owner: 'YOUNG_PERSON' }],
        },
      ],
    ] as const) {
      const res = await t.graphql(query, { input }, coordinator);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  const consentTo = (categories: string[]): Promise<string> =>
    recordConsent(t, coordinator, { youngPersonId: person.id, recipientOrganizationId: partner.id, categories });

  async function exportJson(): Promise<ExportJson> {
    const res = await t.graphql<{ exportYoungPersonData: { contentBase64: string; contentType: string } }>(
      EXPORT,
      { input: { youngPersonId: person.id, format: 'JSON' } },
      coordinator,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    expect(res.data.exportYoungPersonData.contentType).toBe('application/json');
    return JSON.parse(
      Buffer.from(res.data.exportYoungPersonData.contentBase64, 'base64').toString('utf8'),
    ) as ExportJson;
  }

  it('sees nothing before a consent', async () => {
    expect(errorCode(await t.graphql(RECORD, { id: person.id }, caseworker))).toBe('NOT_FOUND');
    const search = await t.graphql<{ searchYoungPeople: { totalCount: number } }>(
      '{ searchYoungPeople(query: "Sara") { totalCount } }',
      {},
      caseworker,
    );
    expect(search.data?.searchYoungPeople.totalCount).toBe(0);
  });

  it('sees exactly plan and occupation with the consent, and the log names the consent', async () => {
    consentId = await consentTo(['PLAN', 'OCCUPATION']);
    const res = await t.graphql<{ youngPerson: PartnerView }>(RECORD, { id: person.id }, caseworker);
    expect(res.errors).toBeUndefined();
    expect(res.data!.youngPerson).toMatchObject({
      givenName: 'Sara',
      personalIdentityNumber: null,
      contact: null,
      guardians: [],
      contactAttempts: { totalCount: 0 },
      actionPlan: { title: 'Min plan' },
    });
    const log = await t.graphql<{ youngPerson: { accessLog: { nodes: Array<Record<string, unknown>> } } }>(
      'query ($id: ID!) { youngPerson(id: $id) { accessLog { nodes { userId organizationId ground consentIds categories } } } }',
      { id: person.id },
      coordinator,
    );
    expect(log.data!.youngPerson.accessLog.nodes).toContainEqual({
      userId: partnerUser.id,
      organizationId: partner.id,
      ground: 'CONSENT',
      consentIds: [consentId],
      categories: expect.arrayContaining(['NAME', 'PLAN']) as unknown,
    });
  });

  it('sees nothing at the next request, nor on its open subscription, once the consent is withdrawn', async () => {
    const { results, cancel } = nextResults<{ youngPersonChanged: { id: string } }>(
      t.ws(caseworker),
      `subscription { youngPersonChanged(id: "${person.id}") { id givenName actionPlan { title } } }`,
      2,
      3000,
    );
    await t.waitForListeners(1);
    const change = () =>
      t.graphql(
        'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
        {
          input: {
            youngPersonId: person.id,
            channel: 'LETTER',
            occurredAt: new Date().toISOString(),
            outcome: 'NOT_REACHED',
          },
        },
        coordinator,
      );
    await change();
    const res = await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { status } }',
      { input: { consentId } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    await change();
    // The change while consented arrives; the withdrawal's and the next change's do not.
    await expect(results).rejects.toThrow(/timed out with 1\/2 results/);
    cancel();
    expect(errorCode(await t.graphql(RECORD, { id: person.id }, caseworker))).toBe('NOT_FOUND');
  });

  it('sees only the category a partial consent names', async () => {
    const partial = await consentTo(['OCCUPATION']);
    const res = await t.graphql<{ youngPerson: PartnerView }>(RECORD, { id: person.id }, caseworker);
    expect(res.data!.youngPerson.actionPlan).toBeNull();
    expect(res.data!.youngPerson.contact).toBeNull();
    await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId: partial } },
      coordinator,
    );
  });

  it('lists the partner’s reads, with the consent, in the young person’s register extract', async () => {
    const extract = await exportJson();
    expect(extract).toMatchObject({ format: 'brygga-register-extract/1', youngPersonId: person.id });
    const section = (key: string) => extract.sections.find((s) => s.key === key)?.records ?? [];
    const reads = section('accessLog').filter((r) => r.organization === partner.name);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads[0]).toMatchObject({ ground: 'CONSENT', consentIds: [consentId], role });
    expect(section('youngPerson')[0]).toMatchObject({ givenName: 'Sara', familyName: 'Öberg' });
    expect(section('consents')).toHaveLength(2);
    expect(section('contactAttempts')).toHaveLength(3);
    expect(section('actionPlans')[0]).toMatchObject({ title: 'Min plan', goals: ['Jag vill börja plugga'] });
  });

  it('makes the extract as a PDF too, audited with its hash; partners cannot make one', async () => {
    const res = await t.graphql<{
      exportYoungPersonData: { contentBase64: string; byteSize: number; sha256: string; fileName: string };
    }>(EXPORT, { input: { youngPersonId: person.id, format: 'PDF' } }, coordinator);
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportYoungPersonData;
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.length).toBe(file.byteSize);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.fileName).toMatch(/^registerutdrag-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf$/);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Registerutdrag för Sara Öberg');
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    const { rows } = await t.pool.query<{ summary: { sha256: string; format: string } }>(
      `SELECT summary FROM audit_event WHERE action = 'young_person.export' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`,
      [person.id],
    );
    expect(rows[0]?.summary).toMatchObject({ format: 'PDF', sha256: file.sha256 });
    const denied = await t.graphql(EXPORT, { input: { youngPersonId: person.id, format: 'JSON' } }, caseworker);
    expect(errorCode(denied)).toBe('FORBIDDEN');
  });
});

// Withheld information: the young person consents to share the plan and occupation with one
// organisation but withholds the plan from it; the refusal is a deny rule (and ends the grant),
// a consent to a withheld category is refused, and lifting the refusal alone shares nothing.
describe('a refusal withholds a category from one organisation', () => {
  let t: TestApi;
  let employment: TestOrganization;
  let social: TestOrganization;
  let coordinator: string;
  let caseworker: string;
  let socialWorker: string;
  let person: YoungPersonView;

  const PLAN_VIEW = 'query ($id: ID!) { youngPerson(id: $id) { actionPlan { title } occupations { kind } } }';

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    caseworker = await t.login(await t.factories.user(employment, Role.PARTNER_CASEWORKER));
    socialWorker = await t.login(await t.factories.user(social, Role.PARTNER_CASEWORKER));
    person = await register(t, coordinator, { givenName: 'Ida', familyName: 'Ek' });
    const plan = await t.graphql(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: person.id,
          title: 'Planen',
          goals: [{ text: 'Mål', owner: 'YOUNG_PERSON' }],
        },
      },
      coordinator,
    );
    expect(plan.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
  });

  const consent = (recipientOrganizationId: string, categories: string[]) =>
    requestConsent(t, coordinator, { youngPersonId: person.id, recipientOrganizationId, categories });

  const REFUSE = `mutation ($input: RecordConsentRefusalInput!) {
    recordConsentRefusal(input: $input) { id category organizationId active } }`;

  it('hides the withheld category from that organisation only, at the next request', async () => {
    expect((await consent(employment.id, ['PLAN', 'OCCUPATION'])).errors).toBeUndefined();
    expect((await consent(social.id, ['PLAN'])).errors).toBeUndefined();
    const before = await t.graphql<{ youngPerson: { actionPlan: unknown } }>(PLAN_VIEW, { id: person.id }, caseworker);
    expect(before.data?.youngPerson.actionPlan).toEqual({ title: 'Planen' });

    const refused = await t.graphql<{ recordConsentRefusal: Array<{ category: string; active: boolean }> }>(
      REFUSE,
      { input: { youngPersonId: person.id, organizationId: employment.id, categories: ['PLAN'] } },
      coordinator,
    );
    expect(refused.data?.recordConsentRefusal).toEqual([expect.objectContaining({ category: 'PLAN', active: true })]);

    const after = await t.graphql<{ youngPerson: { actionPlan: unknown; occupations: unknown[] } }>(
      PLAN_VIEW,
      { id: person.id },
      caseworker,
    );
    expect(after.data?.youngPerson.actionPlan).toBeNull();
    const plans = await t.graphql<{ actionPlans: { totalCount: number } }>(
      '{ actionPlans { totalCount } }',
      {},
      caseworker,
    );
    expect(plans.data?.actionPlans.totalCount).toBe(0);
    // Social services still see the plan their consent names.
    const other = await t.graphql<{ youngPerson: { actionPlan: unknown } }>(PLAN_VIEW, { id: person.id }, socialWorker);
    expect(other.data?.youngPerson.actionPlan).toEqual({ title: 'Planen' });
    // Recording it again adds nothing.
    const again = await t.graphql<{ recordConsentRefusal: unknown[] }>(
      REFUSE,
      { input: { youngPersonId: person.id, organizationId: employment.id, categories: ['PLAN'] } },
      coordinator,
    );
    expect(again.data?.recordConsentRefusal).toEqual([]);
  });

  it('wins over a grant written behind its back (the deny rule, not only the revoked grant)', async () => {
    const { rows } = await t.pool.query<{ municipality_id: string; consent_id: string }>(
      `SELECT municipality_id, consent_id FROM consent_grant WHERE young_person_id = $1 AND organization_id = $2 LIMIT 1`,
      [person.id, employment.id],
    );
    await t.pool.query(
      `INSERT INTO consent_grant (municipality_id, consent_id, young_person_id, organization_id, category, valid_from, valid_to)
       VALUES ($1, $2, $3, $4, 'PLAN', CURRENT_DATE, CURRENT_DATE + 30)`,
      [rows[0].municipality_id, rows[0].consent_id, person.id, employment.id],
    );
    const res = await t.graphql<{ youngPerson: { actionPlan: unknown } }>(PLAN_VIEW, { id: person.id }, caseworker);
    expect(res.data?.youngPerson.actionPlan).toBeNull();
    await t.pool.query(
      `UPDATE consent_grant SET revoked_at = now() WHERE young_person_id = $1 AND organization_id = $2 AND category = 'PLAN' AND revoked_at IS NULL`,
      [person.id, employment.id],
    );
  });

  it('refuses a consent to a withheld category, and lifting the refusal shares nothing by itself', async () => {
    const refusedConsent = await consent(employment.id, ['PLAN']);
    expect(errorCode(refusedConsent)).toBe('CONSENT_CATEGORY_REFUSED');
    const list = await t.graphql<{ youngPerson: { consentRefusals: Array<{ id: string; active: boolean }> } }>(
      'query ($id: ID!) { youngPerson(id: $id) { consentRefusals { id active category } } }',
      { id: person.id },
      coordinator,
    );
    const [refusal] = list.data!.youngPerson.consentRefusals;
    const LIFT = 'mutation ($id: ID!) { liftConsentRefusal(id: $id) { active liftedAt } }';
    const lifted = await t.graphql<{ liftConsentRefusal: { active: boolean } }>(LIFT, { id: refusal.id }, coordinator);
    expect(lifted.data?.liftConsentRefusal.active).toBe(false);
    expect(errorCode(await t.graphql(LIFT, { id: refusal.id }, coordinator))).toBe('CONSENT_REFUSAL_LIFTED');
    const still = await t.graphql<{ youngPerson: { actionPlan: unknown } }>(PLAN_VIEW, { id: person.id }, caseworker);
    expect(still.data?.youngPerson.actionPlan).toBeNull();
    expect((await consent(employment.id, ['PLAN'])).errors).toBeUndefined();
    const shared = await t.graphql<{ youngPerson: { actionPlan: unknown } }>(PLAN_VIEW, { id: person.id }, caseworker);
    expect(shared.data?.youngPerson.actionPlan).toEqual({ title: 'Planen' });
  });

  it('is recorded only by the KAA unit working the case', async () => {
    const res = await t.graphql(
      REFUSE,
      { input: { youngPersonId: person.id, organizationId: employment.id, categories: ['OCCUPATION'] } },
      caseworker,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

// A municipality whose admin changes its settings: a KAA unit with an admin and a coordinator,
// one partner organisation, and one registered young person.
async function adminSetting(
  t: TestApi,
  partnerKind: OrganizationKind,
): Promise<{ partner: TestOrganization; admin: string; coordinator: string; person: YoungPersonView }> {
  const m = await t.factories.municipality();
  const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
  const partner = await t.factories.organization(m.id, partnerKind);
  const admin = await t.login(await t.factories.user(kaa, Role.ADMIN));
  const coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
  const person = await register(t, coordinator, { givenName: 'Nils', familyName: 'Berg' });
  return { partner, admin, coordinator, person };
}

// The default consent period is the municipality's to set (its admin), within 1–3650 days;
// without a setting the service default applies.
describe('the municipality’s default consent period', () => {
  let t: TestApi;
  let partner: TestOrganization;
  let admin: string;
  let coordinator: string;
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi({ env: { CONSENT_DEFAULT_VALID_DAYS: '365' } });
    ({ partner, admin, coordinator, person } = await adminSetting(t, OrganizationKind.EMPLOYMENT_SERVICE));
  });

  afterAll(async () => {
    await t?.close();
  });

  const SET = `mutation ($days: Int) { updateMunicipalitySettings(input: { consentDefaultValidDays: $days }) {
    consentDefaultValidDays } }`;

  async function consentLasts(): Promise<number> {
    const id = await recordConsent(t, coordinator, {
      youngPersonId: person.id,
      recipientOrganizationId: partner.id,
      categories: ['PLAN'],
    });
    const res = await t.graphql<{ consent: { validFrom: string; validTo: string } }>(
      'query ($id: ID!) { consent(id: $id) { validFrom validTo } }',
      { id },
      coordinator,
    );
    const { validFrom, validTo } = res.data!.consent;
    await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId: id } },
      coordinator,
    );
    return (Date.parse(validTo) - Date.parse(validFrom)) / 86_400_000 + 1;
  }

  it('uses the service default until the admin sets one, then the municipality’s, and the default again when reset', async () => {
    expect(await consentLasts()).toBe(365);
    const set = await t.graphql<{ updateMunicipalitySettings: { consentDefaultValidDays: number } }>(
      SET,
      { days: 90 },
      admin,
    );
    expect(set.data?.updateMunicipalitySettings.consentDefaultValidDays).toBe(90);
    expect(await consentLasts()).toBe(90);
    await t.graphql(SET, { days: null }, admin);
    expect(await consentLasts()).toBe(365);
  });

  it('is the admin’s alone, and bounded', async () => {
    expect(errorCode(await t.graphql(SET, { days: 30 }, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(SET, { days: 0 }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.graphql(SET, { days: 4000 }, admin))).toBe('BAD_USER_INPUT');
    const { rows } = await t.pool.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE action = 'municipality.update'",
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});

// Categories the municipality adds (for information held outside Brygga): its admin defines and
// retires them; consents, referrals and disclosures name them; a referral's consent must cover
// them like the built-in ones.
describe('the municipality’s own information categories', () => {
  let t: TestApi;
  let partner: TestOrganization;
  let admin: string;
  let coordinator: string;
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi();
    ({ partner, admin, coordinator, person } = await adminSetting(t, OrganizationKind.SOCIAL_SERVICES));
  });

  afterAll(async () => {
    await t?.close();
  });

  const DEFINE = `mutation ($code: String!, $name: String!) {
    defineInformationCategory(input: { code: $code, name: $name }) { id code name retiredAt } }`;
  const CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id categories otherCategories } }`;
  const consentInput = (otherCategories: string[]) => ({
    input: {
      youngPersonId: person.id,
      recipientOrganizationId: partner.id,
      categories: ['PLAN'],
      otherCategories,
      purpose: 'Ekonomiskt stöd',
      givenBy: 'YOUNG_PERSON',
      form: 'ORAL',
    },
  });

  it('are defined by the admin only, with codes of their own', async () => {
    const res = await t.graphql<{ defineInformationCategory: { code: string } }>(
      DEFINE,
      { code: 'EKONOMI', name: 'Ekonomi' },
      admin,
    );
    expect(res.data?.defineInformationCategory).toMatchObject({ code: 'EKONOMI', name: 'Ekonomi', retiredAt: null });
    expect(errorCode(await t.graphql(DEFINE, { code: 'EKONOMI', name: 'Igen' }, admin))).toBe(
      'CONSENT_CATEGORY_CODE_TAKEN',
    );
    expect(errorCode(await t.graphql(DEFINE, { code: 'PLAN', name: 'Plan' }, admin))).toBe(
      'CONSENT_CATEGORY_CODE_TAKEN',
    );
    expect(errorCode(await t.graphql(DEFINE, { code: 'ekonomi', name: 'x' }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.graphql(DEFINE, { code: 'BOENDE', name: 'Boende' }, coordinator))).toBe('FORBIDDEN');
    const list = await t.graphql<{ informationCategoryDefinitions: Array<{ code: string }> }>(
      '{ informationCategoryDefinitions { code name } }',
      {},
      coordinator,
    );
    expect(list.data?.informationCategoryDefinitions).toEqual([{ code: 'EKONOMI', name: 'Ekonomi' }]);
  });

  it('are named by consents and referrals, which the consent must cover', async () => {
    const consent = await t.graphql<{ recordConsent: { id: string; otherCategories: string[] } }>(
      CONSENT,
      consentInput(['EKONOMI']),
      coordinator,
    );
    expect(consent.data?.recordConsent.otherCategories).toEqual(['EKONOMI']);
    expect(errorCode(await t.graphql(CONSENT, consentInput(['OKAND']), coordinator))).toBe('CONSENT_CATEGORY_UNKNOWN');

    const SEND = `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id otherCategories } }`;
    const referral = (otherCategories: string[]) => ({
      input: {
        youngPersonId: person.id,
        toOrganizationId: partner.id,
        purpose: 'Ekonomiskt bistånd',
        categories: ['PLAN'],
        otherCategories,
        legalGround: 'CONSENT',
        consentId: consent.data!.recordConsent.id,
      },
    });
    const sent = await t.graphql<{ sendReferral: { otherCategories: string[] } }>(
      SEND,
      referral(['EKONOMI']),
      coordinator,
    );
    expect(sent.data?.sendReferral.otherCategories).toEqual(['EKONOMI']);
    await t.graphql(DEFINE, { code: 'BOENDE', name: 'Boende' }, admin);
    expect(errorCode(await t.graphql(SEND, referral(['BOENDE']), coordinator))).toBe('DISCLOSURE_GROUND_INVALID');
  });

  it('once retired, cannot be named again, while earlier consents keep them', async () => {
    const retired = await t.graphql<{ retireInformationCategory: { retiredAt: string | null } }>(
      'mutation { retireInformationCategory(code: "EKONOMI") { retiredAt } }',
      {},
      admin,
    );
    expect(retired.data?.retireInformationCategory.retiredAt).not.toBeNull();
    expect(errorCode(await t.graphql(CONSENT, consentInput(['EKONOMI']), coordinator))).toBe(
      'CONSENT_CATEGORY_UNKNOWN',
    );
    const consents = await t.graphql<{ youngPerson: { consents: Array<{ otherCategories: string[] }> } }>(
      'query ($id: ID!) { youngPerson(id: $id) { consents { otherCategories } } }',
      { id: person.id },
      coordinator,
    );
    expect(consents.data?.youngPerson.consents).toContainEqual({ otherCategories: ['EKONOMI'] });
  });

  it('is defined once when two admins define the same code at the same time', async () => {
    const results = await Promise.all([
      t.graphql(DEFINE, { code: 'SAMTIDIG', name: 'Samtidig' }, admin),
      t.graphql(DEFINE, { code: 'SAMTIDIG', name: 'Samtidig' }, admin),
    ]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['CONSENT_CATEGORY_CODE_TAKEN']);
  });

  it('is retired once when two admins retire it at the same time', async () => {
    await t.graphql(DEFINE, { code: 'TILLFALLIG', name: 'Tillfällig' }, admin);
    const retire = (): Promise<GraphqlResponse> =>
      t.graphql('mutation { retireInformationCategory(code: "TILLFALLIG") { retiredAt } }', {}, admin);
    const results = await Promise.all([retire(), retire()]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['NOT_FOUND']);
    const { rows } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'information_category.retire' AND summary->>'code' = $1`,
      ['TILLFALLIG'],
    );
    expect(rows[0].n).toBe(1);
  });
});
