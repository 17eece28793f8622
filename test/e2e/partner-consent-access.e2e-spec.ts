import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization } from '../support/factories';
import { nextResults, startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { errorCode, register, today, type YoungPersonView } from '../support/young-people';

const RECORD = `query ($id: ID!) { youngPerson(id: $id) {
  id givenName familyName personalIdentityNumber dateOfBirth age lastContactAt
  contact { phone streetAddress } guardians { name phone }
  enrollment { status } occupations { kind category }
  contactAttempts { totalCount } measures { status } actionPlan { title goals { text } } } }`;

interface PartnerView {
  id: string;
  givenName: string;
  personalIdentityNumber: string | null;
  dateOfBirth: string | null;
  age: number | null;
  lastContactAt: string | null;
  contact: { phone: string | null } | null;
  guardians: Array<{ name: string }>;
  enrollment: { status: string } | null;
  occupations: Array<{ kind: string; category: string }>;
  contactAttempts: { totalCount: number };
  measures: Array<{ status: string }>;
  actionPlan: { title: string; goals: Array<{ text: string }> } | null;
}

// Issue 5's first "done when", for Arbetsförmedlingen: a partner sees nothing of a young person
// until a consent names its organisation, then exactly the consented categories, and nothing
// again from the request after the consent is withdrawn (also on an open subscription).
describe('partner access through consent', () => {
  let t: TestApi;
  let employment: TestOrganization;
  let social: TestOrganization;
  let school: TestOrganization;
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
    tokens.coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.caseworker = await t.login(await t.factories.user(employment, Role.PARTNER_CASEWORKER));
    tokens.social = await t.login(await t.factories.user(social, Role.PARTNER_CASEWORKER));
    tokens.school = await t.login(await t.factories.user(school, Role.SCHOOL_STAFF));
    person = await register(t, tokens.coordinator, { givenName: 'Nora', familyName: 'Holm' });
    // The case: a contact, an occupation, a plan and a measure.
    const ok = async (query: string, variables: Record<string, unknown>): Promise<void> => {
      const res = await t.graphql(query, variables, tokens.coordinator);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    };
    await ok('mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }', {
      input: {
        youngPersonId: person.id,
        channel: 'PHONE',
        occurredAt: new Date().toISOString(),
        outcome: 'REACHED',
        occupationLearned: 'NONE',
      },
    });
    await ok('mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }', {
      input: {
        scope: 'INDIVIDUAL',
        youngPersonId: person.id,
        title: 'Vägen till jobb',
        goals: [{ text: 'Jag vill jobba', owner: 'YOUNG_PERSON' }],
        actions: [{ goalIndex: 0, description: 'Inskrivning', responsibleOrganizationId: employment.id }],
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function view(token = tokens.caseworker): Promise<GraphqlResponse<{ youngPerson: PartnerView }>> {
    return t.graphql<{ youngPerson: PartnerView }>(RECORD, { id: person.id }, token);
  }

  async function consent(categories: string[], organizationId = employment.id): Promise<string> {
    const res = await t.graphql<{ recordConsent: { id: string } }>(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          recipientOrganizationId: organizationId,
          categories,
          purpose: 'Stöd mot arbete',
          givenBy: 'YOUNG_PERSON',
          form: 'ORAL',
        },
      },
      tokens.coordinator,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.recordConsent.id;
  }

  async function withdraw(consentId: string): Promise<void> {
    const res = await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId } },
      tokens.coordinator,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }

  it('sees nothing without a consent: the record does not exist, lists and searches are empty', async () => {
    expect(errorCode(await view())).toBe('NOT_FOUND');
    const lists = await t.graphql<{ caseload: { totalCount: number }; searchYoungPeople: { totalCount: number } }>(
      '{ caseload { totalCount } searchYoungPeople(query: "Nora") { totalCount } }',
      {},
      tokens.caseworker,
    );
    expect(lists.data).toEqual({ caseload: { totalCount: 0 }, searchYoungPeople: { totalCount: 0 } });
  });

  it('sees exactly the consented categories (plan and occupation), not identity number, contact or contacts', async () => {
    const consentId = await consent(['PLAN', 'OCCUPATION']);
    const res = await view();
    expect(res.errors).toBeUndefined();
    const seen = res.data!.youngPerson;
    expect(seen).toMatchObject({
      givenName: 'Nora',
      personalIdentityNumber: null,
      dateOfBirth: null,
      age: null,
      lastContactAt: null,
      contact: null,
      guardians: [],
      contactAttempts: { totalCount: 0 },
      measures: [],
      enrollment: { status: 'IN_DIALOGUE' },
      occupations: [{ kind: 'CURRENT', category: 'NONE' }],
      actionPlan: { title: 'Vägen till jobb', goals: [{ text: 'Jag vill jobba' }] },
    });
    expect(JSON.stringify(res)).not.toMatch(/070-|Storgatan|alva@example/);
    // Another partner organisation still sees nothing: the consent names Arbetsförmedlingen only.
    expect(errorCode(await view(tokens.social))).toBe('NOT_FOUND');
    await withdraw(consentId);
  });

  it('loses everything at the next request once the consent is withdrawn, and the open subscription goes quiet', async () => {
    const consentId = await consent(['PLAN', 'IDENTITY']);
    const before = await view();
    expect(before.data?.youngPerson.personalIdentityNumber).toBe(person.personalIdentityNumber);

    const client = t.ws(tokens.caseworker);
    const { results, cancel } = nextResults<{ youngPersonChanged: { id: string } }>(
      client,
      `subscription { youngPersonChanged(id: "${person.id}") { id givenName } }`,
      2,
      4000,
    );
    await t.waitForListeners(1);
    const change = (outcome: string) =>
      t.graphql(
        'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
        { input: { youngPersonId: person.id, channel: 'LETTER', occurredAt: new Date().toISOString(), outcome } },
        tokens.coordinator,
      );
    await change('NOT_REACHED');
    await withdraw(consentId);
    await change('NOT_REACHED');
    // One event while consented; the withdrawal's and the next change's are not delivered.
    await expect(results).rejects.toThrow(/timed out with 1\/2 results/);
    cancel();

    expect(errorCode(await view())).toBe('NOT_FOUND');
    const lists = await t.graphql<{ searchYoungPeople: { totalCount: number } }>(
      '{ searchYoungPeople(query: "Nora") { totalCount } }',
      {},
      tokens.caseworker,
    );
    expect(lists.data?.searchYoungPeople.totalCount).toBe(0);
  });

  // An expired consent, with no job having run, is tested where time really passes: in
  // moving-clock.e2e-spec.ts one running server's clock crosses the consent's last day (a consent
  // written as already expired would pass whatever the ability cache did).

  it('reads a consented plan only through the consent, never changes it', async () => {
    const consentId = await consent(['PLAN']);
    const plans = await t.graphql<{ actionPlans: { nodes: Array<{ id: string; version: number }> } }>(
      '{ actionPlans { nodes { id version } } }',
      {},
      tokens.caseworker,
    );
    expect(plans.data?.actionPlans.nodes).toHaveLength(1);
    const plan = plans.data!.actionPlans.nodes[0];
    // The list skips its count when totalCount is not asked; asked, it counts the same rows.
    const counted = await t.graphql<{ actionPlans: { totalCount: number; nodes: Array<{ id: string }> } }>(
      '{ actionPlans { totalCount nodes { id } } }',
      {},
      tokens.caseworker,
    );
    expect(counted.data?.actionPlans).toEqual({ totalCount: 1, nodes: [{ id: plan?.id }] });
    const revise = await t.graphql(
      'mutation ($input: ReviseActionPlanInput!) { reviseActionPlan(input: $input) { id } }',
      { input: { id: plan.id, version: plan.version, title: 'Ändrad' } },
      tokens.caseworker,
    );
    expect(errorCode(revise)).toBe('FORBIDDEN');
    await withdraw(consentId);
  });

  it('works the same for a school: its staff read the consented plan, and only while consented', async () => {
    expect(errorCode(await view(tokens.school))).toBe('NOT_FOUND');
    const consentId = await consent(['PLAN'], school.id);
    const seen = await view(tokens.school);
    expect(seen.data?.youngPerson).toMatchObject({
      actionPlan: { title: 'Vägen till jobb' },
      occupations: [],
      contact: null,
    });
    await withdraw(consentId);
    expect(errorCode(await view(tokens.school))).toBe('NOT_FOUND');
  });

  it('sees a consented today-only consent on its last day', async () => {
    const res = await t.graphql<{ recordConsent: { id: string } }>(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          recipientOrganizationId: employment.id,
          categories: ['PLAN'],
          purpose: 'x',
          givenBy: 'YOUNG_PERSON',
          form: 'ORAL',
          validFrom: today(),
          validTo: today(),
        },
      },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect((await view()).errors).toBeUndefined();
    await withdraw(res.data!.recordConsent.id);
  });
});
