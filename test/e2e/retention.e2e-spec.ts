import { randomUUID } from 'node:crypto';

import { verifyAuditChains } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register } from '../support/young-people';

const RULES = `{ retentionRules { recordClass enabled keepYears suggestedYears minYears version } }`;
const SET_RULE = `mutation ($input: SetRetentionRuleInput!) { setRetentionRule(input: $input) { recordClass enabled keepYears version } }`;
const DRY_RUN = `{ retentionDryRun { recordClass count } }`;
const RUN = `mutation { runRetentionDisposal { recordClass count } }`;
const DISPOSALS = `{ disposals { recordClass keepYears disposedCount throughSeq archiveFileId archiveSha256 trigger runById } }`;
const SET_HOLD = `mutation ($input: LegalHoldInput!) { setLegalHold(input: $input) { id youngPersonId liftedAt } }`;
const LIFT_HOLD = `mutation ($input: LegalHoldInput!) { liftLegalHold(input: $input) { id liftedAt liftReason } }`;
const HOLDS = `{ legalHolds { youngPersonId reason liftedAt } }`;

const YEAR = 365 * 86_400_000;

// Retention over HTTP with one server whose clock moves years on: the admin sets the rules (with
// their codes), sees the dry run as counts, runs a disposal and reads its proof; a team lead holds
// a young person's records; the audit trail's disposed prefix stops before the held person's rows
// and still verifies; other roles are refused.
describe('retention (e2e)', () => {
  let t: TestApi;
  const clock = new ManualClock();
  const who = ['admin', 'teamLead', 'coordinator'] as const;
  type Who = (typeof who)[number];
  const tokens = {} as Record<Who, string>;
  const accounts = {} as Record<Who, { email: string; password: string; id: string }>;
  let municipalityId = '';
  let personId = '';

  const signIn = async () => {
    for (const w of who) tokens[w] = await t.login(accounts[w]);
  };
  const gql = <T>(query: string, variables: Record<string, unknown>, w: Who) =>
    t.graphql<T>(query, variables, tokens[w]);
  const ok = async <T>(query: string, variables: Record<string, unknown>, w: Who): Promise<T> => {
    const res = await gql<T>(query, variables, w);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const setRule = (input: Record<string, unknown>, w: Who = 'admin') => gql(SET_RULE, { input }, w);

  beforeAll(async () => {
    clock.set(new Date());
    t = await startTestApi({ clock });
    const m = await t.factories.municipality();
    municipalityId = m.id;
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    accounts.admin = await t.factories.user(management, Role.ADMIN);
    accounts.teamLead = await t.factories.user(kaa, Role.TEAM_LEAD);
    accounts.coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    await signIn();
    personId = (await register(t, tokens.coordinator, { givenName: 'Hållen', familyName: 'Bevarasson' })).id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('offers the rules with their defaults, none enabled, and refuses bad years with stable codes', async () => {
    const { retentionRules } = await ok<{ retentionRules: Array<Record<string, unknown>> }>(RULES, {}, 'admin');
    expect(retentionRules).toEqual([
      { recordClass: 'SIGNAL', enabled: false, keepYears: 2, suggestedYears: 2, minYears: 1, version: 0 },
      { recordClass: 'TARGET_GROUP_CHECK', enabled: false, keepYears: 2, suggestedYears: 2, minYears: 1, version: 0 },
      { recordClass: 'NOTIFICATION', enabled: false, keepYears: 1, suggestedYears: 1, minYears: 1, version: 0 },
      { recordClass: 'CONTACT_ATTEMPT', enabled: false, keepYears: 5, suggestedYears: 5, minYears: 2, version: 0 },
      { recordClass: 'MEASURE', enabled: false, keepYears: 5, suggestedYears: 5, minYears: 2, version: 0 },
      { recordClass: 'ACCESS_LOG', enabled: false, keepYears: 5, suggestedYears: 5, minYears: 2, version: 0 },
      { recordClass: 'AUDIT_EVENT', enabled: false, keepYears: 10, suggestedYears: 10, minYears: 2, version: 0 },
    ]);
    expect(errorCode(await setRule({ recordClass: 'AUDIT_EVENT', enabled: true, keepYears: 1, version: 0 }))).toBe(
      'RETENTION_YEARS_BELOW_MINIMUM',
    );
    expect(errorCode(await setRule({ recordClass: 'SIGNAL', enabled: true, keepYears: 101, version: 0 }))).toBe(
      'RETENTION_YEARS_INVALID',
    );
    expect(errorCode(await setRule({ recordClass: 'SIGNAL', enabled: true, keepYears: 0, version: 0 }))).toBe(
      'BAD_USER_INPUT',
    );
    for (const w of ['teamLead', 'coordinator'] as const) {
      expect(errorCode(await setRule({ recordClass: 'SIGNAL', enabled: true, keepYears: 3, version: 0 }, w))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await gql(RUN, {}, w))).toBe('FORBIDDEN');
      expect(errorCode(await gql(DRY_RUN, {}, w))).toBe('FORBIDDEN');
    }
  });

  it('disposes old notifications on demand: dry run as counts, then archive, delete and proof', async () => {
    const old = randomUUID();
    await t.pool.query(
      `INSERT INTO notification (id, municipality_id, user_id, kind, count, link, created_at)
       VALUES ($1, $2, $3, 'ALERT_OPENED', 2, '/larm', $4), ($5, $2, $3, 'ALERT_OPENED', 1, '/larm', now())`,
      [old, municipalityId, accounts.coordinator.id, new Date(Date.now() - 2 * YEAR), randomUUID()],
    );
    expect(
      await ok(SET_RULE, { input: { recordClass: 'NOTIFICATION', enabled: true, keepYears: 1, version: 0 } }, 'admin'),
    ).toEqual({
      setRetentionRule: { recordClass: 'NOTIFICATION', enabled: true, keepYears: 1, version: 1 },
    });
    expect(await ok(DRY_RUN, {}, 'admin')).toEqual({ retentionDryRun: [{ recordClass: 'NOTIFICATION', count: 1 }] });
    expect(await ok(RUN, {}, 'admin')).toEqual({ runRetentionDisposal: [{ recordClass: 'NOTIFICATION', count: 1 }] });
    expect((await t.pool.query('SELECT 1 FROM notification WHERE id = $1', [old])).rowCount).toBe(0);
    const { disposals } = await ok<{ disposals: Array<Record<string, unknown>> }>(DISPOSALS, {}, 'admin');
    expect(disposals).toEqual([
      expect.objectContaining({
        recordClass: 'NOTIFICATION',
        keepYears: 1,
        disposedCount: 1,
        throughSeq: null,
        trigger: 'USER',
        runById: accounts.admin.id,
        archiveSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      }),
    ]);
    const file = await t.pool.query<{ sha256: string; purpose: string }>(
      'SELECT sha256, purpose FROM stored_file WHERE id = $1',
      [disposals[0]?.archiveFileId],
    );
    expect(file.rows).toEqual([{ sha256: disposals[0]?.archiveSha256, purpose: 'RETENTION_ARCHIVE' }]);
    // Run again: nothing left, no new proof.
    expect(await ok(RUN, {}, 'admin')).toEqual({ runRetentionDisposal: [{ recordClass: 'NOTIFICATION', count: 0 }] });
  });

  it('holds a young person’s audit rows; the disposed prefix stops before them and the chain verifies', async () => {
    expect(
      errorCode(
        await gql(SET_HOLD, { input: { youngPersonId: personId, reason: 'Begäran om utlämnande' } }, 'coordinator'),
      ),
    ).toBe('FORBIDDEN');
    const held = await ok<{ setLegalHold: { youngPersonId: string; liftedAt: string | null } }>(
      SET_HOLD,
      { input: { youngPersonId: personId, reason: 'Begäran om utlämnande' } },
      'teamLead',
    );
    expect(held.setLegalHold).toMatchObject({ youngPersonId: personId, liftedAt: null });
    expect(
      errorCode(await gql(SET_HOLD, { input: { youngPersonId: personId, reason: 'En gång till nu' } }, 'admin')),
    ).toBe('LEGAL_HOLD_EXISTS');
    expect(
      errorCode(await gql(SET_HOLD, { input: { youngPersonId: randomUUID(), reason: 'Finns inte alls' } }, 'admin')),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(SET_HOLD, { input: { youngPersonId: personId, reason: 'x' } }, 'admin'))).toBe(
      'INPUT_REASON_INVALID',
    );
    expect((await ok<{ legalHolds: unknown[] }>(HOLDS, {}, 'admin')).legalHolds).toEqual([
      { youngPersonId: personId, reason: 'Begäran om utlämnande', liftedAt: null },
    ]);
    // Another municipality's admin lists through their own access predicate: nothing of ours.
    const other = await t.factories.municipality();
    const otherAdmin = await t.factories.user(
      await t.factories.organization(other.id, OrganizationKind.MANAGEMENT),
      Role.ADMIN,
    );
    const otherHolds = await t.graphql<{ legalHolds: unknown[] }>(HOLDS, {}, await t.login(otherAdmin));
    expect(otherHolds.data?.legalHolds).toEqual([]);

    // The audit trail's rows so far were written now; three years on they are past a 2-year rule.
    await ok(SET_RULE, { input: { recordClass: 'AUDIT_EVENT', enabled: true, keepYears: 2, version: 0 } }, 'admin');
    const firstAboutPerson = Number(
      (
        await t.pool.query<{ seq: string }>(
          `SELECT min(seq) AS seq FROM audit_event WHERE municipality_id = $1 AND subject_id = $2`,
          [municipalityId, personId],
        )
      ).rows[0]?.seq,
    );
    expect(firstAboutPerson).toBeGreaterThan(1);
    clock.set(new Date(Date.now() + 3 * YEAR));
    await signIn();
    const dry = await ok<{ retentionDryRun: Array<{ recordClass: string; count: number }> }>(DRY_RUN, {}, 'admin');
    expect(dry.retentionDryRun).toContainEqual({ recordClass: 'AUDIT_EVENT', count: firstAboutPerson - 1 });
    const run = await ok<{ runRetentionDisposal: Array<{ recordClass: string; count: number }> }>(RUN, {}, 'admin');
    expect(run.runRetentionDisposal).toContainEqual({ recordClass: 'AUDIT_EVENT', count: firstAboutPerson - 1 });
    const remaining = await t.pool.query<{ min: string }>(
      'SELECT min(seq) AS min FROM audit_event WHERE municipality_id = $1',
      [municipalityId],
    );
    expect(Number(remaining.rows[0]?.min)).toBe(firstAboutPerson);
    const verified = await verifyAuditChains(t.db.adminUrl);
    expect(verified.breaks).toEqual([]);
    expect(verified.chains.find((c) => c.municipalityId === municipalityId)).toMatchObject({
      startsAfterSeq: String(firstAboutPerson - 1),
    });

    // Lifted (by the team lead, with a reason), the next run goes on.
    const lifted = await ok<{ liftLegalHold: { liftedAt: string | null; liftReason: string } }>(
      LIFT_HOLD,
      { input: { youngPersonId: personId, reason: 'Utlämnandet är klart' } },
      'teamLead',
    );
    expect(lifted.liftLegalHold.liftedAt).not.toBeNull();
    const again = await ok<{ runRetentionDisposal: Array<{ recordClass: string; count: number }> }>(RUN, {}, 'admin');
    expect(again.runRetentionDisposal.find((c) => c.recordClass === 'AUDIT_EVENT')?.count).toBeGreaterThan(0);
    expect((await verifyAuditChains(t.db.adminUrl)).breaks).toEqual([]);
    expect(
      errorCode(await gql(LIFT_HOLD, { input: { youngPersonId: personId, reason: 'Inget att häva nu' } }, 'admin')),
    ).toBe('LEGAL_HOLD_NOT_FOUND');
  });
});
