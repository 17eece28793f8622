import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { uploadFile } from '../support/target-group';
import { startTestApi, type TestApi } from '../support/test-api';
import { register, today, stockholmDay } from '../support/young-people';

// Signals from schools end to end over HTTP (issue 16): one signal by mutation, a school's file
// (all rows or none, idempotent), a drop-out straight into the "to check" queue, the signal on the
// young person's timeline, and a coordinator's decision.
const SIGNAL_FIELDS = `id kind schoolId schoolName personalIdentityNumber youngPersonId occurredOn periodStart periodEnd
  absencePercent details status decision decisionReason handledById handledByName handledAt`;
const IMPORT = `mutation ($input: ImportSignalsInput!) { importSignals(input: $input) { id fileName rowCount createdCount repeated } }`;

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

describe('signals from schools', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let school: TestOrganization;
  let coordinator: TestUser;
  let colleague: TestUser;
  let staff: TestUser;
  let otherStaff: TestUser;
  let partner: TestUser;
  const tokens: Record<string, string> = {};
  let registeredId: string;
  let registeredNumber: string;
  const dropOut = makeIdentityNumber('2008-04-10', 211);
  const absent = makeIdentityNumber('2009-02-02', 212);

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Norra gymnasiet');
    const otherSchool = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Södra gymnasiet');
    const social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    colleague = await t.factories.user(kaa, Role.COORDINATOR);
    staff = await t.factories.user(school, Role.SCHOOL_STAFF);
    otherStaff = await t.factories.user(otherSchool, Role.SCHOOL_STAFF);
    partner = await t.factories.user(social, Role.PARTNER_CASEWORKER);
    for (const [name, user] of Object.entries({ coordinator, colleague, staff, otherStaff, partner })) {
      tokens[name] = await t.login(user);
    }
    const person = await register(t, tokens.coordinator);
    registeredId = person.id;
    registeredNumber = person.personalIdentityNumber;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function signalCount(): Promise<number> {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM signal WHERE municipality_id = $1',
      [m.id],
    );
    return rows[0].n;
  }

  async function record(input: Record<string, unknown>, token = tokens.staff) {
    return t.graphql<{ recordSignal: Record<string, unknown> }>(
      `mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { ${SIGNAL_FIELDS} } }`,
      { input },
      token,
    );
  }

  let absenceSignalId: string;

  it('takes one signal from the school about a registered young person and links it', async () => {
    const input = {
      kind: 'UNEXCUSED_ABSENCE',
      personalIdentityNumber: registeredNumber,
      occurredOn: daysAgo(2),
      details: 'Ogiltig frånvaro sedan tre veckor.',
    };
    const res = await record(input);
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordSignal).toMatchObject({
      kind: 'UNEXCUSED_ABSENCE',
      schoolId: school.id,
      schoolName: 'Norra gymnasiet',
      youngPersonId: registeredId,
      status: 'UNHANDLED',
      decision: null,
    });
    absenceSignalId = res.data!.recordSignal.id as string;
    // The same signal again is the one kept.
    const again = await record(input);
    expect(again.data?.recordSignal.id).toBe(absenceSignalId);
    expect(await signalCount()).toBe(1);
  });

  it('validates the number and the days like everywhere else', async () => {
    const wrong = await record({
      kind: 'UNEXCUSED_ABSENCE',
      personalIdentityNumber: '20080410-0000',
      occurredOn: daysAgo(1),
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('YOUNG_PERSON_IDENTITY_NUMBER_INVALID');
    const future = await record({ kind: 'UNEXCUSED_ABSENCE', personalIdentityNumber: absent, occurredOn: daysAgo(-3) });
    expect(future.errors?.[0]?.extensions?.code).toBe('SIGNAL_DATE_INVALID');
    const period = await record({ kind: 'ABSENCE_PERIOD', personalIdentityNumber: absent, occurredOn: daysAgo(1) });
    expect(period.errors?.[0]?.extensions?.code).toBe('SIGNAL_DATE_INVALID');
  });

  it('lets only school staff send signals', async () => {
    const input = { kind: 'UNEXCUSED_ABSENCE', personalIdentityNumber: absent, occurredOn: daysAgo(1) };
    for (const token of [tokens.coordinator, tokens.partner]) {
      const res = await record(input, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  function absenceFile(): Buffer {
    // Latin-1 and semicolons, as an older school system exports it.
    return Buffer.from(
      [
        'Personnummer;Signal;Datum;Från;Till;Frånvaro %;Kommentar',
        `${absent};Frånvaro;;${daysAgo(40)};${daysAgo(10)};35;Hög frånvaro i matematik`,
        `${registeredNumber.replace('-', '')};ogiltig frånvaro;${daysAgo(5)};;;;`,
        `${dropOut.slice(2, 8)}-${dropOut.slice(8)};Avbrott;${daysAgo(3)};;;;Slutat utan examen`,
      ].join('\r\n'),
      'latin1',
    );
  }

  let firstImport: { id: string; createdCount: number };

  it('imports a school’s file of signals, and a drop-out enters the "to check" queue at once', async () => {
    const fileId = await uploadFile(t, tokens.staff, 'franvaro.csv', absenceFile());
    const res = await t.graphql<{
      importSignals: { id: string; rowCount: number; createdCount: number; repeated: boolean };
    }>(IMPORT, { input: { fileId, idempotencyKey: 'norra-2026-vecka-40' } }, tokens.staff);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importSignals).toMatchObject({ rowCount: 3, createdCount: 3, repeated: false });
    firstImport = res.data!.importSignals;
    expect(await signalCount()).toBe(4);

    const queue = await t.graphql<{
      targetGroupChecks: {
        nodes: Array<{ personalIdentityNumber: string; reason: string; lastSchool: string; signalId: string }>;
      };
    }>(
      'query { targetGroupChecks(status: TO_CHECK) { nodes { personalIdentityNumber reason lastSchool signalId } } }',
      {},
      tokens.coordinator,
    );
    expect(queue.errors).toBeUndefined();
    const entry = queue.data?.targetGroupChecks.nodes.find(
      (node) => node.personalIdentityNumber.replace('-', '') === dropOut,
    );
    expect(entry).toMatchObject({ lastSchool: 'Norra gymnasiet' });
    expect(entry?.reason).toContain('Left Norra gymnasiet');
    expect(entry?.signalId).toBeTruthy();
  });

  it('creates nothing new from the same file, by key or by content', async () => {
    const before = await signalCount();
    const checks = await t.pool.query('SELECT count(*)::int AS n FROM target_group_check WHERE municipality_id = $1', [
      m.id,
    ]);
    const sameKey = await uploadFile(t, tokens.staff, 'franvaro.csv', absenceFile());
    const byKey = await t.graphql<{ importSignals: { id: string; repeated: boolean; createdCount: number } }>(
      IMPORT,
      { input: { fileId: sameKey, idempotencyKey: 'norra-2026-vecka-40' } },
      tokens.staff,
    );
    expect(byKey.data?.importSignals).toMatchObject({ id: firstImport.id, repeated: true, createdCount: 0 });
    const byContent = await t.graphql<{ importSignals: { id: string; repeated: boolean } }>(
      IMPORT,
      { input: { fileId: sameKey, idempotencyKey: 'norra-2026-vecka-40-igen' } },
      tokens.staff,
    );
    expect(byContent.data?.importSignals).toMatchObject({ id: firstImport.id, repeated: true });
    expect(await signalCount()).toBe(before);
    const after = await t.pool.query('SELECT count(*)::int AS n FROM target_group_check WHERE municipality_id = $1', [
      m.id,
    ]);
    expect(after.rows).toEqual(checks.rows);

    // The key of that file used for another file is refused.
    const other = await uploadFile(
      t,
      tokens.staff,
      'annan.csv',
      Buffer.from(`Personnummer,Signal,Datum\n${absent},UNEXCUSED_ABSENCE,${daysAgo(1)}\n`),
    );
    const reused = await t.graphql(
      IMPORT,
      { input: { fileId: other, idempotencyKey: 'norra-2026-vecka-40' } },
      tokens.staff,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('SIGNAL_IMPORT_KEY_REUSED');
  });

  it('writes the audit row of a repeated file too, marked repeated', async () => {
    // The first import and the two repeats above (by key, by content); the reused key is refused
    // before anything is written.
    const { rows } = await t.pool.query<{ summary: { repeated?: boolean } }>(
      `SELECT summary FROM audit_event WHERE action = 'signal_import.create' AND subject_id = $1 ORDER BY seq::bigint`,
      [firstImport.id],
    );
    expect(rows.map((row) => row.summary.repeated ?? false)).toEqual([false, true, true]);
  });

  it('refuses a file with bad rows as a whole, naming the lines', async () => {
    const before = await signalCount();
    const body = Buffer.from(
      [
        'Pnr,Typ,Datum,Frånvaro',
        `${absent},UNEXCUSED_ABSENCE,${daysAgo(1)},`,
        `20080410-0000,UNEXCUSED_ABSENCE,${daysAgo(1)},`,
        `${absent},Något annat,${daysAgo(1)},`,
        `${absent},UNEXCUSED_ABSENCE,2026-13-40,`,
        `${absent},ABSENCE_PERIOD,${daysAgo(1)},120`,
      ].join('\n'),
    );
    const fileId = await uploadFile(t, tokens.staff, 'trasig.csv', body);
    const res = await t.graphql(IMPORT, { input: { fileId, idempotencyKey: 'trasig-fil-1' } }, tokens.staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('SIGNAL_ROWS_INVALID');
    expect(res.errors?.[0]?.extensions?.details).toMatchObject({
      line: 3,
      refused: 4,
      rows: [
        '3:SIGNAL_ROW_IDENTITY_NUMBER_INVALID:Pnr',
        '4:SIGNAL_ROW_KIND_INVALID:Typ',
        '5:SIGNAL_ROW_DATE_INVALID:datum',
        '6:SIGNAL_ROW_PERCENT_INVALID:Frånvaro',
      ],
    });
    expect(await signalCount()).toBe(before);
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM signal_import WHERE idempotency_key = $1',
      ['trasig-fil-1'],
    );
    expect(rows[0].n).toBe(0);

    const empty = await uploadFile(t, tokens.staff, 'tom.csv', Buffer.from('Personnummer;Signal;Datum\n'));
    const none = await t.graphql(IMPORT, { input: { fileId: empty, idempotencyKey: 'tom-fil-1' } }, tokens.staff);
    expect(none.errors?.[0]?.extensions?.code).toBe('SIGNAL_NO_ROWS');
    const headless = await uploadFile(t, tokens.staff, 'fel.csv', Buffer.from(`Namn;Datum\nAlva;${daysAgo(1)}\n`));
    const missing = await t.graphql(IMPORT, { input: { fileId: headless, idempotencyKey: 'fel-fil-1' } }, tokens.staff);
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'SIGNAL_COLUMN_MISSING',
      details: { column: 'personnummer' },
    });
  });

  it('shows a school its own signals only, and the KAA unit the municipality’s', async () => {
    const own = await t.graphql<{ signals: { totalCount: number } }>(
      'query { signals { totalCount } }',
      {},
      tokens.staff,
    );
    expect(own.data?.signals.totalCount).toBe(4);
    const other = await t.graphql<{ signals: { totalCount: number } }>(
      'query { signals { totalCount } }',
      {},
      tokens.otherStaff,
    );
    expect(other.data?.signals.totalCount).toBe(0);
    const unit = await t.graphql<{ signals: { totalCount: number } }>(
      'query { signals(status: UNHANDLED) { totalCount } }',
      {},
      tokens.coordinator,
    );
    expect(unit.data?.signals.totalCount).toBe(4);
    const partnerRes = await t.graphql('query { signals { totalCount } }', {}, tokens.partner);
    expect(partnerRes.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('puts the signals about a registered young person on their record, logged', async () => {
    const res = await t.graphql<{ youngPerson: { signals: Array<{ kind: string; schoolName: string }> } }>(
      'query ($id: ID!) { youngPerson(id: $id) { id signals { kind schoolName occurredOn } } }',
      { id: registeredId },
      tokens.coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.youngPerson.signals.map((signal) => signal.kind)).toEqual([
      'UNEXCUSED_ABSENCE',
      'UNEXCUSED_ABSENCE',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows } = await t.pool.query<{ categories: string[]; ground: string }>(
      `SELECT categories, ground FROM access_log_entry WHERE user_id = $1 AND young_person_id = $2 AND 'SIGNALS' = ANY(categories)
         AND operation LIKE '%youngPerson%'`,
      [coordinator.id, registeredId],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].ground).toBe('CASELOAD');
  });

  it('lets a coordinator handle a signal with a decision, once, audited', async () => {
    const handle = (input: Record<string, unknown>, token = tokens.coordinator) =>
      t.graphql<{ handleSignal: Record<string, unknown> }>(
        `mutation ($input: HandleSignalInput!) { handleSignal(input: $input) { ${SIGNAL_FIELDS} } }`,
        { input },
        token,
      );
    const noReason = await handle({ signalId: absenceSignalId, decision: 'NO_ACTION' });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('SIGNAL_REASON_REQUIRED');
    const bySchool = await handle({ signalId: absenceSignalId, decision: 'CONTACTED' }, tokens.staff);
    expect(bySchool.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await handle({ signalId: absenceSignalId, decision: 'CONTACTED' });
    expect(done.errors).toBeUndefined();
    expect(done.data?.handleSignal).toMatchObject({
      status: 'HANDLED',
      decision: 'CONTACTED',
      handledById: coordinator.id,
    });
    const twice = await handle({ signalId: absenceSignalId, decision: 'MEASURE_STARTED' });
    expect(twice.errors?.[0]?.extensions?.code).toBe('SIGNAL_HANDLED');
    const { rows } = await t.pool.query('SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY seq::bigint', [
      absenceSignalId,
    ]);
    expect(rows.map((row: { action: string }) => row.action)).toEqual([
      'signal.record',
      'signal.record',
      'signal.handle',
    ]);

    // The school sees how its signal was handled.
    const seen = await t.graphql<{ signal: Record<string, unknown> }>(
      `query ($id: ID!) { signal(id: $id) { status decision handledByName } }`,
      { id: absenceSignalId },
      tokens.staff,
    );
    expect(seen.data?.signal).toMatchObject({ status: 'HANDLED', decision: 'CONTACTED' });
    expect(today()).toBeTruthy();
  });

  // The signals' access-log rows of one user about one young person, by the operation's name.
  async function signalReads(userId: string, youngPersonId: string, operation: string) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows } = await t.pool.query<{ ground: string }>(
      `SELECT ground FROM access_log_entry
        WHERE user_id = $1 AND young_person_id = $2 AND 'SIGNALS' = ANY(categories) AND operation LIKE $3`,
      [userId, youngPersonId, `%${operation}%`],
    );
    return rows.map((row) => row.ground);
  }

  it('links signals sent before the registration to the young person once registered, and logs their reads', async () => {
    // The file's signals about `absent` arrived while nobody with that number was registered.
    const before = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM signal WHERE personal_identity_number = $1 AND young_person_id IS NULL',
      [absent.replace('-', '')],
    );
    expect(before.rows[0].n).toBeGreaterThan(0);
    const person = await register(t, tokens.coordinator, { personalIdentityNumber: absent });

    const onRecord = await t.graphql<{ youngPerson: { signals: Array<{ youngPersonId: string }> } }>(
      'query ($id: ID!) { youngPerson(id: $id) { signals { youngPersonId } } }',
      { id: person.id },
      tokens.coordinator,
    );
    expect(onRecord.data?.youngPerson.signals.length).toBeGreaterThan(0);
    expect(onRecord.data?.youngPerson.signals.every((signal) => signal.youngPersonId === person.id)).toBe(true);

    // The list's "registered" filter and link follow the registration; the coordinator's read of
    // the list is logged on their caseload, a colleague's on the unit's signal queue.
    const listed = await t.graphql<{
      signals: { nodes: Array<{ youngPersonId: string | null; personalIdentityNumber: string }> };
    }>(
      'query { signals(registered: true, first: 100) { nodes { youngPersonId personalIdentityNumber } } }',
      {},
      tokens.colleague,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.signals.nodes.filter((node) => node.youngPersonId === person.id).length).toBeGreaterThan(0);
    expect(await signalReads(colleague.id, person.id, 'signals')).toEqual(['UNIT']);
    await t.graphql('query { signals(registered: true, first: 100) { nodes { id } } }', {}, tokens.coordinator);
    expect(await signalReads(coordinator.id, person.id, 'query signals')).toEqual(['CASELOAD']);
  });

  it('answers two simultaneous imports of one file with one import, never an error', async () => {
    const body = Buffer.from(
      `Personnummer,Signal,Datum\n${makeIdentityNumber('2009-03-03', 313)},UNEXCUSED_ABSENCE,${daysAgo(21)}\n`,
    );
    const [a, b] = await Promise.all([
      uploadFile(t, tokens.staff, 'v47.csv', body),
      uploadFile(t, tokens.staff, 'v47.csv', body),
    ]);
    const imports = async (): Promise<number> => {
      const { rows } = await t.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM signal_import WHERE school_id = $1',
        [school.id],
      );
      return rows[0].n;
    };
    const before = await imports();
    const results = await Promise.all(
      [a, b].map((fileId) =>
        t.graphql<{ importSignals: { id: string; repeated: boolean } }>(
          IMPORT,
          { input: { fileId, idempotencyKey: 'norra-v47' } },
          tokens.staff,
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const answers = results.map((r) => r.data!.importSignals);
    expect(answers[0].id).toBe(answers[1].id);
    expect(answers.map((x) => x.repeated).sort()).toEqual([false, true]);
    expect(await imports()).toBe(before + 1);
  });
});
