import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, recordConsent, register, type YoungPersonView } from '../support/young-people';

const SEND = `mutation ($input: SendReferralInput!) {
  sendReferral(input: $input) { id status legalGround consentId categories toOrganizationId version } }`;
const RECEIVED = `query ($status: ReferralStatus) {
  referrals(direction: RECEIVED, status: $status) { totalCount nodes { id status purpose youngPersonId } } }`;
const SENT = `query ($status: ReferralStatus) {
  referrals(direction: SENT, status: $status) { totalCount nodes { id status } } }`;

interface ReferralView {
  id: string;
  status: string;
  legalGround: string;
  consentId: string | null;
}

// Issue 5: referrals to partner organisations with their ground re-checked at every step,
// unanswered ones visible to both sides, and every sharing recorded as a disclosure with its
// legal ground.
describe('referrals and disclosures', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let employment: TestOrganization;
  let social: TestOrganization;
  const users: Record<string, TestUser> = {};
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    for (const [name, org, role] of [
      ['coordinator', kaa, Role.COORDINATOR],
      ['colleague', kaa, Role.COORDINATOR],
      ['teamLead', kaa, Role.TEAM_LEAD],
      ['caseworker', employment, Role.PARTNER_CASEWORKER],
      ['social', social, Role.PARTNER_CASEWORKER],
      ['leadership', management, Role.LEADERSHIP],
    ] as const) {
      users[name] = await t.factories.user(org, role);
      tokens[name] = await t.login(users[name]);
    }
    person = await register(t, tokens.coordinator, { givenName: 'Leo', familyName: 'Dahl' });
  });

  afterAll(async () => {
    await t?.close();
  });

  const consent = (recipientOrganizationId: string, categories: string[]): Promise<string> =>
    recordConsent(t, tokens.coordinator, { youngPersonId: person.id, recipientOrganizationId, categories });

  function send(input: Record<string, unknown>, token = tokens.coordinator) {
    return t.graphql<{ sendReferral: ReferralView }>(
      SEND,
      { input: { youngPersonId: person.id, purpose: 'Stöd att söka arbete', ...input } },
      token,
    );
  }

  function step(mutation: string, id: string, token: string) {
    return t.graphql<Record<string, { status: string }>>(
      `mutation ($id: ID!) { ${mutation}(id: $id) { status } }`,
      { id },
      token,
    );
  }

  it('refuses a consent ground that does not cover the referral, and a missing provision', async () => {
    expect(
      errorCode(await send({ toOrganizationId: employment.id, categories: ['PLAN'], legalGround: 'CONSENT' })),
    ).toBe('DISCLOSURE_GROUND_INVALID');
    const consentId = await consent(employment.id, ['OCCUPATION']);
    const uncovered = await send({
      toOrganizationId: employment.id,
      categories: ['PLAN'],
      legalGround: 'CONSENT',
      consentId,
    });
    expect(errorCode(uncovered)).toBe('DISCLOSURE_GROUND_INVALID');
    expect(uncovered.errors?.[0]?.extensions?.details).toMatchObject({
      reason: 'CATEGORY_NOT_COVERED',
      categories: ['PLAN'],
    });
    const otherRecipient = await send({
      toOrganizationId: social.id,
      categories: ['OCCUPATION'],
      legalGround: 'CONSENT',
      consentId,
    });
    expect(errorCode(otherRecipient)).toBe('DISCLOSURE_GROUND_INVALID');
    const noProvision = await send({
      toOrganizationId: social.id,
      categories: ['CONTACT'],
      legalGround: 'OTHER_PROVISION',
    });
    expect(errorCode(noProvision)).toBe('DISCLOSURE_GROUND_INVALID');
    const toSelf = await send({
      toOrganizationId: kaa.id,
      categories: ['CONTACT'],
      legalGround: 'NECESSARY_DISCLOSURE',
    });
    expect(errorCode(toSelf)).toBe('DISCLOSURE_RECIPIENT_INVALID');
  });

  it('runs requested → accepted → done, visible to both sides while unanswered, with a disclosure naming the consent', async () => {
    const consentId = await consent(employment.id, ['PLAN', 'OCCUPATION']);
    const sent = await send({
      toOrganizationId: employment.id,
      categories: ['OCCUPATION'],
      legalGround: 'CONSENT',
      consentId,
    });
    expect(sent.errors).toBeUndefined();
    const referral = sent.data!.sendReferral;
    expect(referral).toMatchObject({ status: 'REQUESTED', legalGround: 'CONSENT', consentId });

    const received = await t.graphql<{ referrals: { nodes: Array<{ id: string; purpose: string }> } }>(
      RECEIVED,
      { status: 'REQUESTED' },
      tokens.caseworker,
    );
    expect(received.data?.referrals.nodes.map((n) => n.id)).toContain(referral.id);
    const sentList = await t.graphql<{ referrals: { nodes: Array<{ id: string }> } }>(
      SENT,
      { status: 'REQUESTED' },
      tokens.coordinator,
    );
    expect(sentList.data?.referrals.nodes.map((n) => n.id)).toContain(referral.id);
    // Another partner does not see it.
    const other = await t.graphql<{ referrals: { totalCount: number } }>(RECEIVED, {}, tokens.social);
    expect(other.data?.referrals.totalCount).toBe(0);
    expect(
      errorCode(await t.graphql('query ($id: ID!) { referral(id: $id) { id } }', { id: referral.id }, tokens.social)),
    ).toBe('NOT_FOUND');

    // The sender cannot answer it; the recipient cannot revoke it.
    expect(errorCode(await step('acceptReferral', referral.id, tokens.coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await step('revokeReferral', referral.id, tokens.caseworker))).toBe('FORBIDDEN');
    expect(errorCode(await step('completeReferral', referral.id, tokens.caseworker))).toBe(
      'REFERRAL_INVALID_TRANSITION',
    );
    expect((await step('acceptReferral', referral.id, tokens.caseworker)).data?.acceptReferral.status).toBe('ACCEPTED');
    expect((await step('completeReferral', referral.id, tokens.caseworker)).data?.completeReferral.status).toBe('DONE');

    const disclosures = await t.graphql<{
      youngPerson: {
        disclosures: Array<{ legalGround: string; consentId: string; referralId: string; categories: string[] }>;
      };
    }>(
      'query ($id: ID!) { youngPerson(id: $id) { disclosures { legalGround consentId referralId categories recipientOrganizationId } } }',
      { id: person.id },
      tokens.coordinator,
    );
    expect(disclosures.data?.youngPerson.disclosures).toContainEqual({
      legalGround: 'CONSENT',
      consentId,
      referralId: referral.id,
      categories: ['OCCUPATION'],
      recipientOrganizationId: employment.id,
    });
  });

  it('re-checks the consent at every answer: once withdrawn the referral cannot be accepted, only revoked', async () => {
    const consentId = await consent(employment.id, ['CONTACTS']);
    const sent = await send({
      toOrganizationId: employment.id,
      categories: ['CONTACTS'],
      legalGround: 'CONSENT',
      consentId,
    });
    const id = sent.data!.sendReferral.id;
    await t.graphql(
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      { input: { consentId } },
      tokens.coordinator,
    );
    expect(errorCode(await step('acceptReferral', id, tokens.caseworker))).toBe('REFERRAL_GROUND_ENDED');
    // Another coordinator of the unit (not the sender) may not revoke it; the sender may.
    expect(errorCode(await step('revokeReferral', id, tokens.colleague))).toBe('NOT_FOUND');
    expect((await step('revokeReferral', id, tokens.coordinator)).data?.revokeReferral.status).toBe('REVOKED');
    expect(errorCode(await step('revokeReferral', id, tokens.coordinator))).toBe('REFERRAL_INVALID_TRANSITION');
  });

  it('lets the team lead revoke, and a decline needs a reason; exactly one of two racing answers wins', async () => {
    const sent = await send({
      toOrganizationId: social.id,
      categories: ['CONTACT'],
      legalGround: 'DUTY_TO_REPORT',
      provisionReference: 'SoL 14 kap. 1 §',
    });
    expect(sent.errors).toBeUndefined();
    const id = sent.data!.sendReferral.id;
    // The social worker sees the referral on the ground of the disclosure, logged as such.
    const seen = await t.graphql<{ referral: { purpose: string } }>(
      'query ($id: ID!) { referral(id: $id) { purpose } }',
      { id },
      tokens.social,
    );
    expect(seen.data?.referral.purpose).toBe('Stöd att söka arbete');
    const { rows } = await t.pool.query<{ ground: string; disclosure_id: string | null }>(
      `SELECT ground, disclosure_id FROM access_log WHERE user_id = $1 ORDER BY seq DESC LIMIT 1`,
      [users.social.id],
    );
    expect(rows[0]).toMatchObject({ ground: 'DISCLOSURE' });
    expect(rows[0].disclosure_id).not.toBeNull();
    // But not the young person's record: a duty to report discloses what it carried, no more.
    expect(
      errorCode(await t.graphql('query ($id: ID!) { youngPerson(id: $id) { id } }', { id: person.id }, tokens.social)),
    ).toBe('NOT_FOUND');

    const DECLINE =
      'mutation ($input: DeclineReferralInput!) { declineReferral(input: $input) { status declineReason } }';
    for (const reason of ['', '     ', 'Nej'])
      expect(errorCode(await t.graphql(DECLINE, { input: { id, reason } }, tokens.social))).toBe(
        'INPUT_REASON_INVALID',
      );
    const [a, b] = await Promise.all([
      t.graphql<{ declineReferral: { status: string } }>(
        DECLINE,
        { input: { id, reason: 'Inte vår målgrupp' } },
        tokens.social,
      ),
      step('acceptReferral', id, tokens.social),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? errorCode(r) : 'OK'));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'CONFLICT' || o === 'REFERRAL_INVALID_TRANSITION')).toHaveLength(1);

    const second = await send({
      toOrganizationId: social.id,
      categories: ['CONTACT'],
      legalGround: 'NECESSARY_DISCLOSURE',
    });
    expect(
      (await step('revokeReferral', second.data!.sendReferral.id, tokens.teamLead)).data?.revokeReferral.status,
    ).toBe('REVOKED');
  });

  it('records a disclosure outside a referral, and refuses it to partners and leadership', async () => {
    const RECORD = `mutation ($input: RecordDisclosureInput!) {
      recordDisclosure(input: $input) { id legalGround recipientDescription provisionReference } }`;
    const input = {
      youngPersonId: person.id,
      categories: ['CONTACT'],
      legalGround: 'OTHER_PROVISION',
      provisionReference: 'OSL 10 kap. 18 §',
      recipientDescription: 'Polismyndigheten',
    };
    const res = await t.graphql<{ recordDisclosure: { legalGround: string } }>(RECORD, { input }, tokens.coordinator);
    expect(res.data?.recordDisclosure).toMatchObject({
      legalGround: 'OTHER_PROVISION',
      recipientDescription: 'Polismyndigheten',
    });
    const both = await t.graphql(
      RECORD,
      { input: { ...input, recipientOrganizationId: social.id } },
      tokens.coordinator,
    );
    expect(errorCode(both)).toBe('DISCLOSURE_RECIPIENT_INVALID');
    for (const who of ['caseworker', 'leadership']) {
      expect(errorCode(await t.graphql(RECORD, { input }, tokens[who]))).toBe('FORBIDDEN');
    }
    await expect(t.pool.query("UPDATE disclosure SET legal_ground = 'CONSENT'")).rejects.toThrow(/append-only/);
  });

  it('lists referrals and disclosures in the young person’s register extract', async () => {
    const res = await t.graphql<{ exportYoungPersonData: { contentBase64: string } }>(
      `mutation ($input: ExportYoungPersonDataInput!) { exportYoungPersonData(input: $input) { contentBase64 } }`,
      { input: { youngPersonId: person.id, format: 'JSON' } },
      tokens.coordinator,
    );
    const extract = JSON.parse(
      Buffer.from(res.data!.exportYoungPersonData.contentBase64, 'base64').toString('utf8'),
    ) as {
      sections: Array<{ key: string; records: Array<Record<string, unknown>> }>;
    };
    const section = (key: string) => extract.sections.find((s) => s.key === key)?.records ?? [];
    expect(section('referrals').length).toBeGreaterThanOrEqual(4);
    expect(section('disclosures')).toContainEqual(
      expect.objectContaining({ recipient: 'Polismyndigheten', legalGround: 'OTHER_PROVISION' }),
    );
  });
});
