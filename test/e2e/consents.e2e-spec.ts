import { randomUUID } from 'node:crypto';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today, type YoungPersonView, stockholmDay } from '../support/young-people';

const FIELDS = `id youngPersonId recipientOrganizationId categories purpose givenBy guardianName maturityAssessment form
  documentReference documentedById validFrom validTo withdrawnAt withdrawnById replacesId replacedById status`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { ${FIELDS} } }`;
const REVISE = `mutation ($input: ReviseConsentInput!) { reviseConsent(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { ${FIELDS} } }`;
const HISTORY = `query ($id: ID!) { youngPerson(id: $id) { consents { id status categories replacesId replacedById } } }`;

interface ConsentView {
  id: string;
  categories: string[];
  status: string;
  validFrom: string;
  validTo: string;
  replacesId: string | null;
  replacedById: string | null;
  withdrawnAt: string | null;
  withdrawnById: string | null;
  documentedById: string;
  [field: string]: unknown;
}

// Consents as the law treats them: specific, documented, given by the young person or a
// guardian with the maturity assessed, never overwritten, withdrawable at once.
describe('consents', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let employment: TestOrganization;
  let coordinator: TestUser;
  const tokens: Record<string, string> = {};
  let person: YoungPersonView;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    employment = await t.factories.organization(m.id, OrganizationKind.EMPLOYMENT_SERVICE);
    tokens.management = (await t.factories.organization(m.id, OrganizationKind.MANAGEMENT)).id;
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    tokens.coordinator = await t.login(coordinator);
    tokens.colleague = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.teamLead = await t.login(await t.factories.user(kaa, Role.TEAM_LEAD));
    tokens.partner = await t.login(await t.factories.user(employment, Role.PARTNER_CASEWORKER));
    person = await register(t, tokens.coordinator);
  });

  afterAll(async () => {
    await t?.close();
  });

  function terms(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      youngPersonId: person.id,
      recipientOrganizationId: employment.id,
      categories: ['PLAN', 'OCCUPATION'],
      purpose: 'Samordna insatser mot arbete',
      givenBy: 'YOUNG_PERSON',
      form: 'WRITTEN',
      documentReference: 'Diarienr KAA 2026/17',
      ...extra,
    };
  }

  async function record(extra: Record<string, unknown> = {}): Promise<ConsentView> {
    const res = await t.graphql<{ recordConsent: ConsentView }>(RECORD, { input: terms(extra) }, tokens.coordinator);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.recordConsent;
  }

  async function grants(consentId: string): Promise<Array<{ category: string; revoked: boolean }>> {
    const { rows } = await t.pool.query<{ category: string; revoked: boolean }>(
      'SELECT category, revoked_at IS NOT NULL AS revoked FROM consent_grant WHERE consent_id = $1 ORDER BY category',
      [consentId],
    );
    return rows;
  }

  it('records a written consent with its categories, a default period and one grant per category', async () => {
    const consent = await record();
    const end = new Date(`${today()}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 364);
    expect(consent).toMatchObject({
      categories: ['OCCUPATION', 'PLAN'],
      status: 'ACTIVE',
      validFrom: today(),
      validTo: end.toISOString().slice(0, 10),
      documentedById: coordinator.id,
      replacesId: null,
    });
    expect(await grants(consent.id)).toEqual([
      { category: 'OCCUPATION', revoked: false },
      { category: 'PLAN', revoked: false },
    ]);
    const { rows } = await t.pool.query<{ summary: unknown }>(
      "SELECT summary FROM audit_event WHERE subject_id = $1 AND action = 'consent.record'",
      [consent.id],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].summary)).not.toContain('Samordna');
  });

  it('records an oral consent as documented by the recorder, and a guardian’s only with the maturity assessed', async () => {
    const oral = await record({ form: 'ORAL', documentReference: undefined });
    expect(oral).toMatchObject({ form: 'ORAL', documentReference: null, documentedById: coordinator.id });
    const withoutAssessment = await t.graphql(
      RECORD,
      { input: terms({ givenBy: 'GUARDIAN', guardianName: 'Eva Lind' }) },
      tokens.coordinator,
    );
    expect(errorCode(withoutAssessment)).toBe('CONSENT_MATURITY_ASSESSMENT_REQUIRED');
    const guardian = await record({
      givenBy: 'YOUNG_PERSON_AND_GUARDIAN',
      guardianName: 'Eva Lind',
      maturityAssessment: 'Den unga förstår vad samtycket innebär och vill dela planen',
    });
    expect(guardian).toMatchObject({ givenBy: 'YOUNG_PERSON_AND_GUARDIAN', guardianName: 'Eva Lind' });
  });

  it('refuses a consent without its parts, with stable codes, and writes nothing', async () => {
    const { rows: before } = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM consent');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ documentReference: undefined }, 'CONSENT_DOCUMENT_REFERENCE_REQUIRED'],
      [{ recipientOrganizationId: kaa.id }, 'CONSENT_RECIPIENT_INVALID'],
      [{ recipientOrganizationId: tokens.management }, 'CONSENT_RECIPIENT_INVALID'],
      [{ validFrom: '2026-01-10', validTo: '2026-01-01' }, 'CONSENT_DATE_INVALID'],
      [{ validTo: '2020-01-01', validFrom: '2019-01-01' }, 'CONSENT_DATE_INVALID'],
      [{ categories: [] }, 'BAD_USER_INPUT'],
    ];
    for (const [extra, code] of cases) {
      expect(errorCode(await t.graphql(RECORD, { input: terms(extra) }, tokens.coordinator))).toBe(code);
    }
    const { rows: after } = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM consent');
    expect(after[0].n).toBe(before[0].n);
  });

  it('keeps every version: a revision replaces the consent in force and leaves the old one as it was', async () => {
    const first = await record();
    const revised = await t.graphql<{ reviseConsent: ConsentView }>(
      REVISE,
      { input: { ...terms({ categories: ['PLAN'] }), youngPersonId: undefined, consentId: first.id } },
      tokens.coordinator,
    );
    const second = revised.data!.reviseConsent;
    expect(second).toMatchObject({ categories: ['PLAN'], replacesId: first.id, status: 'ACTIVE' });
    const history = await t.graphql<{ youngPerson: { consents: ConsentView[] } }>(
      HISTORY,
      { id: person.id },
      tokens.coordinator,
    );
    expect(history.data!.youngPerson.consents.find((c) => c.id === first.id)).toMatchObject({
      status: 'REPLACED',
      categories: ['OCCUPATION', 'PLAN'],
      replacedById: second.id,
    });
    expect(await grants(first.id)).toEqual([
      { category: 'OCCUPATION', revoked: true },
      { category: 'PLAN', revoked: true },
    ]);
    expect(await grants(second.id)).toEqual([{ category: 'PLAN', revoked: false }]);
    const again = await t.graphql(
      REVISE,
      { input: { ...terms(), youngPersonId: undefined, consentId: first.id } },
      tokens.coordinator,
    );
    expect(errorCode(again)).toBe('CONSENT_ENDED');
  });

  it('ends a withdrawn consent at once, records who and when, and refuses a second withdrawal', async () => {
    const consent = await record();
    const res = await t.graphql<{ withdrawConsent: ConsentView }>(
      WITHDRAW,
      { input: { consentId: consent.id } },
      tokens.teamLead,
    );
    expect(res.data!.withdrawConsent).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnAt: expect.any(String) as unknown,
    });
    expect(await grants(consent.id)).toEqual([
      { category: 'OCCUPATION', revoked: true },
      { category: 'PLAN', revoked: true },
    ]);
    expect(errorCode(await t.graphql(WITHDRAW, { input: { consentId: consent.id } }, tokens.coordinator))).toBe(
      'CONSENT_ENDED',
    );
  });

  it('lets exactly one of two simultaneous withdrawals or revisions through', async () => {
    const consent = await record();
    const results = await Promise.all([
      t.graphql(WITHDRAW, { input: { consentId: consent.id } }, tokens.coordinator),
      t.graphql(REVISE, { input: { ...terms(), youngPersonId: undefined, consentId: consent.id } }, tokens.coordinator),
    ]);
    expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONSENT_ENDED', 'OK']);
  });

  it('shows a consent that has run out as expired, and one not yet begun as pending', async () => {
    const future = await record({ validFrom: '2099-01-01', validTo: '2099-12-31' });
    expect(future.status).toBe('PENDING');
    // Expiry needs no job: a consent recorded to end today is active today and expired tomorrow.
    const endsToday = await record({ validFrom: today(), validTo: today() });
    expect(endsToday.status).toBe('ACTIVE');
    const { consentStatus } = await import('@app/consents');
    const tomorrow = stockholmDay(new Date(Date.now() + 86_400_000));
    expect(consentStatus({ ...endsToday, withdrawnAt: null, replacedById: null }, tomorrow)).toBe('EXPIRED');
  });

  it('never changes or deletes a consent in the database, for any role', async () => {
    const consent = await record();
    await expect(t.pool.query('UPDATE consent SET purpose = $1 WHERE id = $2', ['x', consent.id])).rejects.toThrow(
      /never changed/,
    );
    await expect(t.pool.query('DELETE FROM consent WHERE id = $1', [consent.id])).rejects.toThrow(/never deleted/);
    await expect(
      t.pool.query("UPDATE consent_grant SET category = 'SIGNALS' WHERE consent_id = $1", [consent.id]),
    ).rejects.toThrow(/only ever revoked/);
  });

  it('keeps consents to those who work with the young person', async () => {
    const consent = await record();
    const READ = 'query ($id: ID!) { consent(id: $id) { id } }';
    expect((await t.graphql(READ, { id: consent.id }, tokens.teamLead)).errors).toBeUndefined();
    expect(errorCode(await t.graphql(READ, { id: consent.id }, tokens.colleague))).toBe('NOT_FOUND');
    // A partner may read no consent at all, yet is answered as for one it may not see, as
    // `youngPerson(id)` answers (issue 14): the same error, word for word, as a missing one.
    const byPartner = await t.graphql(READ, { id: consent.id }, tokens.partner);
    const missing = await t.graphql(READ, { id: randomUUID() }, tokens.teamLead);
    expect(byPartner.errors).toEqual(missing.errors);
    expect(errorCode(byPartner)).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(RECORD, { input: terms() }, tokens.colleague))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(WITHDRAW, { input: { consentId: consent.id } }, tokens.colleague))).toBe(
      'NOT_FOUND',
    );
  });
});
