import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { Client as WsClient } from 'graphql-ws';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, recordConsent, register, today, type YoungPersonView } from '../support/young-people';

interface Changed {
  youngPersonChanged: { id: string };
}

// Every event of a subscription, kept in arrival order; `after(action)` runs the action and
// resolves with the events it caused (waiting for the first, then a moment for any others).
function recorder(
  client: WsClient,
  query: string,
): { after: (action: () => Promise<void>) => Promise<string[]>; all: () => string[]; cancel: () => void } {
  const received: string[] = [];
  const failures: string[] = [];
  const cancel = client.subscribe<Changed>(
    { query },
    {
      next: (value) => {
        if (value.errors) failures.push(JSON.stringify(value.errors));
        else if (value.data) received.push(value.data.youngPersonChanged.id);
      },
      error: (error) => failures.push(String(error)),
      complete: () => undefined,
    },
  );
  const after = async (action: () => Promise<void>): Promise<string[]> => {
    const start = received.length;
    await action();
    const deadline = Date.now() + 10_000;
    while (received.length === start && failures.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Events of one commit arrive together; a short wait takes any second one of the same action.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (failures.length > 0) throw new Error(failures.join('; '));
    return received.slice(start);
  };
  return { after, all: () => [...received], cancel };
}

// The caseload's live notice and the young person's page rely on `youngPersonChanged` for every
// change to what they show: measures, consents and refusals, referrals (also a partner's answer)
// and disclosures publish it too, after the same commit as their audit event. The subscription
// without an id (the caseload's) gets them, re-read under the subscriber's access.
describe('youngPersonChanged for measures, consents, referrals and disclosures', () => {
  let t: TestApi;
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;
  let employmentId = '';
  let measureTypeId = '';
  let coordinatorWs: WsClient;
  let events: ReturnType<typeof recorder>;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    employmentId = employment.id;
    tokens.coordinator = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.colleague = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.caseworker = await t.login(await t.factories.user(employment, Role.PARTNER_CASEWORKER));
    const admin = await t.login(await t.factories.user(kaa, Role.ADMIN));
    const type = await t.graphql<{ createMeasureType: { id: string } }>(
      'mutation ($input: CreateMeasureTypeInput!) { createMeasureType(input: $input) { id } }',
      {
        input: {
          code: 'SYV',
          name: 'Studie- och yrkesvägledning',
          scbCategory: 'STUDY_AND_CAREER_GUIDANCE',
          defaultTier: 'PREVENTIVE',
        },
      },
      admin,
    );
    measureTypeId = type.data!.createMeasureType.id;
    person = await register(t, tokens.coordinator, { givenName: 'Nora', familyName: 'Lind' });
    coordinatorWs = t.ws(tokens.coordinator);
    // The caseload's subscription: every young person the coordinator may read.
    events = recorder(coordinatorWs, 'subscription { youngPersonChanged { id } }');
    await t.waitForListeners(1);
  });

  afterAll(async () => {
    events?.cancel();
    await coordinatorWs?.dispose();
    await t?.close();
  });

  async function ok(query: string, variables: Record<string, unknown>, token = tokens.coordinator) {
    const res = await t.graphql<Record<string, { id: string }>>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data ?? {})[0]?.id ?? '';
  }

  it('publishes when a measure is offered and answered', async () => {
    let measure = { id: '', version: 0 };
    expect(
      await events.after(async () => {
        const res = await t.graphql<{ offerMeasure: { id: string; version: number } }>(
          'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id version } }',
          { input: { youngPersonId: person.id, measureTypeId, offeredOn: today() } },
          tokens.coordinator,
        );
        expect(res.errors).toBeUndefined();
        measure = res.data!.offerMeasure;
      }),
    ).toContain(person.id);
    expect(
      await events.after(async () => {
        await ok('mutation ($input: RespondToMeasureInput!) { respondToMeasure(input: $input) { id } }', {
          input: { id: measure.id, version: measure.version, accepted: true, respondedOn: today() },
        });
      }),
    ).toContain(person.id);
  });

  it('publishes when a consent is recorded and withdrawn, and a refusal recorded', async () => {
    let consentId = '';
    expect(
      await events.after(async () => {
        consentId = await recordConsent(t, tokens.coordinator, {
          youngPersonId: person.id,
          recipientOrganizationId: employmentId,
          categories: ['PLAN'],
        });
      }),
    ).toContain(person.id);
    expect(
      await events.after(async () => {
        await ok('mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }', {
          input: { consentId },
        });
      }),
    ).toContain(person.id);
    expect(
      await events.after(async () => {
        const res = await t.graphql(
          'mutation ($input: RecordConsentRefusalInput!) { recordConsentRefusal(input: $input) { id } }',
          { input: { youngPersonId: person.id, organizationId: employmentId, categories: ['SIGNALS'] } },
          tokens.coordinator,
        );
        expect(res.errors).toBeUndefined();
      }),
    ).toContain(person.id);
  });

  it('publishes when a referral is sent, answered by the partner and completed, and revoked', async () => {
    const consentId = await recordConsent(t, tokens.coordinator, {
      youngPersonId: person.id,
      recipientOrganizationId: employmentId,
      categories: ['OCCUPATION'],
    });
    const send = () =>
      ok('mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id } }', {
        input: {
          youngPersonId: person.id,
          toOrganizationId: employmentId,
          purpose: 'Stöd att söka arbete',
          categories: ['OCCUPATION'],
          legalGround: 'CONSENT',
          consentId,
        },
      });
    let referralId = '';
    expect(
      await events.after(async () => {
        referralId = await send();
      }),
    ).toContain(person.id);
    // The partner's answer is what the coordinator is waiting for: it reaches their caseload.
    expect(
      await events.after(async () => {
        await ok('mutation ($id: ID!) { acceptReferral(id: $id) { id } }', { id: referralId }, tokens.caseworker);
      }),
    ).toContain(person.id);
    expect(
      await events.after(async () => {
        await ok('mutation ($id: ID!) { completeReferral(id: $id) { id } }', { id: referralId }, tokens.caseworker);
      }),
    ).toContain(person.id);
    const second = await send();
    expect(
      await events.after(async () => {
        await ok('mutation ($id: ID!) { revokeReferral(id: $id) { id } }', { id: second });
      }),
    ).toContain(person.id);
  });

  it('publishes when a disclosure is recorded', async () => {
    expect(
      await events.after(async () => {
        await ok('mutation ($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { id } }', {
          input: {
            youngPersonId: person.id,
            categories: ['CONTACT'],
            legalGround: 'OTHER_PROVISION',
            provisionReference: 'OSL 10 kap. 18 §',
            recipientDescription: 'Polismyndigheten',
          },
        });
      }),
    ).toContain(person.id);
  });

  it('publishes nothing for a refused change, and nothing to a coordinator who may not read the young person', async () => {
    const colleagueWs = t.ws(tokens.colleague);
    const colleague = recorder(colleagueWs, 'subscription { youngPersonChanged { id } }');
    await t.waitForListeners(2);
    try {
      // A disclosure refused (no provision named) publishes nothing.
      const refused = await events.after(async () => {
        const res = await t.graphql(
          'mutation ($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { id } }',
          {
            input: {
              youngPersonId: person.id,
              categories: ['CONTACT'],
              legalGround: 'OTHER_PROVISION',
              recipientDescription: 'Polismyndigheten',
            },
          },
          tokens.coordinator,
        );
        expect(errorCode(res)).toBe('DISCLOSURE_GROUND_INVALID');
        // Something that does publish, so the wait ends: only its event arrives.
        await ok('mutation ($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { id } }', {
          input: {
            youngPersonId: person.id,
            categories: ['CONTACT'],
            legalGround: 'OTHER_PROVISION',
            provisionReference: 'OSL 10 kap. 18 §',
            recipientDescription: 'Polismyndigheten',
          },
        });
      });
      expect(refused).toEqual([person.id]);
      // The colleague's caseload does not include the young person: no event reached them,
      // while their own young person's did.
      let other = '';
      expect(
        await colleague.after(async () => {
          other = (await register(t, tokens.colleague, { givenName: 'Ali', familyName: 'Berg' })).id;
        }),
      ).toEqual([other]);
      expect(colleague.all()).toEqual([other]);
    } finally {
      colleague.cancel();
      await colleagueWs.dispose();
    }
  });
});
