import ExcelJS from 'exceljs';

import { Role } from '@app/core/authz';
import { JobQueue } from '@app/core/jobs';
import { OrganizationKind } from '@app/organizations';
import { RegisterImportJobs } from '@app/register-import';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestUser } from '../support/factories';
import { finishedJob, uploadFile, type JobView } from '../support/target-group';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { randomIdentityNumber, register, stockholmDay } from '../support/young-people';

// Import of an existing KAA register end to end over HTTP (issue 16): a saved column mapping, a
// dry run (a job) that reports per row and writes nothing, the run that applies exactly the
// report in one transaction, and the same file again changing nothing.

const IMPORT_FIELDS = `id fileName status jobId runJobId rowCount createCount updateCount unchangedCount refusedCount errorCode
  appliedAt`;

interface ImportView {
  id: string;
  status: string;
  jobId: string;
  runJobId: string | null;
  rowCount: number;
  createCount: number;
  updateCount: number;
  unchangedCount: number;
  refusedCount: number;
  errorCode: string | null;
}

interface RowsPage {
  nodes: RowView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface RowView {
  line: number;
  action: string;
  code: string | null;
  field: string | null;
  changes: string[];
}

const MAPPING = {
  identityNumber: 'Personnummer',
  givenName: 'Förnamn',
  familyName: 'Efternamn',
  coordinatorEmail: 'Handläggare',
  registeredOn: 'Reg.datum',
  status: 'Status',
  registrationReason: 'Orsak',
  phone: 'Telefon',
  defaultRegistrationReason: 'OTHER',
};

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

const hyphen = (pnr: string) => `${pnr.slice(2, 8)}-${pnr.slice(8)}`;

describe('register import', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let c1: TestUser;
  let c2: TestUser;
  const tokens: Record<string, string> = {};
  const REGISTERED = daysAgo(40);

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const otherKaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    c1 = await t.factories.user(kaa, Role.COORDINATOR);
    c2 = await t.factories.user(kaa, Role.COORDINATOR);
    const users = {
      coordinator: c1,
      teamLead: await t.factories.user(kaa, Role.TEAM_LEAD),
      otherUnitLead: await t.factories.user(otherKaa, Role.TEAM_LEAD),
      admin: await t.factories.user(management, Role.ADMIN),
    };
    for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user);
    const m2 = await t.factories.municipality();
    const kaa2 = await t.factories.organization(m2.id, OrganizationKind.KAA_UNIT);
    tokens.foreignCoordinator = await t.login(await t.factories.user(kaa2, Role.COORDINATOR));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  async function gql<T>(query: string, variables: Record<string, unknown>, token: string) {
    return t.graphql<T>(query, variables, token);
  }

  async function dryRun(fileName: string, body: Buffer, mapping?: Record<string, unknown>): Promise<ImportView> {
    const fileId = await uploadFile(t, tokens.teamLead, fileName, body);
    const res = await gql<{ dryRunRegisterImport: ImportView }>(
      `mutation ($input: DryRunRegisterImportInput!) { dryRunRegisterImport(input: $input) { ${IMPORT_FIELDS} } }`,
      { input: { fileId, ...(mapping ? { mapping } : {}) } },
      tokens.teamLead,
    );
    expect(res.errors).toBeUndefined();
    const started = res.data!.dryRunRegisterImport;
    expect(started.status).toBe('QUEUED');
    await finishedJob(t, tokens.teamLead, started.jobId, 60_000);
    return reload(started.id);
  }

  async function reload(id: string): Promise<ImportView> {
    const res = await gql<{ registerImport: ImportView }>(
      `query ($id: ID!) { registerImport(id: $id) { ${IMPORT_FIELDS} } }`,
      { id },
      tokens.teamLead,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.registerImport;
  }

  async function rows(importId: string, actions?: string[]): Promise<RowView[]> {
    const all: RowView[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphqlResponse<{ registerImportRows: RowsPage }> = await gql<{ registerImportRows: RowsPage }>(
        `query ($importId: ID!, $actions: [RegisterImportAction!], $after: String) {
            registerImportRows(importId: $importId, actions: $actions, first: 100, after: $after) {
              nodes { line action code field changes } pageInfo { hasNextPage endCursor } } }`,
        { importId, actions, after },
        tokens.teamLead,
      );
      expect(res.errors).toBeUndefined();
      const page: RowsPage = res.data!.registerImportRows;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  }

  async function run(id: string, token = tokens.teamLead) {
    return gql<{ runRegisterImport: ImportView }>(
      `mutation ($id: ID!) { runRegisterImport(id: $id) { ${IMPORT_FIELDS} } }`,
      { id },
      token,
    );
  }

  // The run as the page does it: queue it, follow its job, read the import again.
  async function apply(id: string): Promise<{ job: JobView; entry: ImportView }> {
    const res = await run(id);
    expect(res.errors).toBeUndefined();
    const queued = res.data!.runRegisterImport;
    expect(queued.status).toBe('READY');
    expect(queued.runJobId).toBeTruthy();
    const job = await finishedJob(t, tokens.teamLead, queued.runJobId!, 120_000);
    return { job, entry: await reload(id) };
  }

  async function registerCount(): Promise<number> {
    const { rows: found } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM young_person WHERE municipality_id = $1',
      [m.id],
    );
    return found[0].n;
  }

  function csv(lines: string[][], encoding: 'utf8' | 'latin1' = 'utf8', bom = true): Buffer {
    const text = lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
    return encoding === 'utf8' ? Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf8') : Buffer.from(text, 'latin1');
  }

  const HEADER = ['Personnummer', 'Förnamn', 'Efternamn', 'Handläggare', 'Reg.datum', 'Status', 'Orsak', 'Telefon'];

  it('saves the column mapping per municipality, audited; a coordinator may not', async () => {
    const before = await t.factories.auditCount(m.id);
    const refused = await gql(
      'mutation ($input: RegisterImportMappingInput!) { saveRegisterImportMapping(input: $input) { version } }',
      { input: MAPPING },
      tokens.coordinator,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await gql<{ saveRegisterImportMapping: { version: number; identityNumber: string } }>(
      'mutation ($input: RegisterImportMappingInput!) { saveRegisterImportMapping(input: $input) { version identityNumber } }',
      { input: MAPPING },
      tokens.admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveRegisterImportMapping).toEqual({ version: 1, identityNumber: 'Personnummer' });
    expect(await t.factories.auditCount(m.id)).toBe(before + 1);
    const read = await gql<{ registerImportMapping: { coordinatorEmail: string; defaultRegistrationReason: string } }>(
      '{ registerImportMapping { coordinatorEmail defaultRegistrationReason } }',
      {},
      tokens.teamLead,
    );
    expect(read.data!.registerImportMapping).toEqual({
      coordinatorEmail: 'Handläggare',
      defaultRegistrationReason: 'OTHER',
    });
    // Names must be mapped one way or the other.
    const noNames = await gql(
      'mutation ($input: RegisterImportMappingInput!) { saveRegisterImportMapping(input: $input) { version } }',
      { input: { identityNumber: 'Pnr', defaultRegistrationReason: 'OTHER' } },
      tokens.teamLead,
    );
    expect(noNames.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('moves a 1,000-row register in with a dry run first, and the same file again changes nothing', async () => {
    // Already in the register: one the file changes, one it repeats, one in another unit, one in
    // another municipality.
    const changed = await register(t, tokens.teamLead, {
      givenName: 'Ada',
      familyName: 'Gammal',
      coordinatorId: c1.id,
      enrollment: {
        registeredOn: REGISTERED,
        reason: 'DROPPED_OUT',
        eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
      },
    });
    const same = await register(t, tokens.teamLead, { givenName: 'Bo', familyName: 'Samma', coordinatorId: c1.id });
    const otherUnit = await register(t, tokens.otherUnitLead, { givenName: 'Cia', familyName: 'Annan' });
    const elsewhere = await register(t, tokens.foreignCoordinator, { givenName: 'Dan', familyName: 'Borta' });

    const header = [...HEADER];
    const lines: string[][] = [header];
    const fresh: string[] = [];
    // 990 new young people (line 2 to 991).
    for (let i = 0; i < 990; i += 1) {
      const pnr = randomIdentityNumber().number;
      fresh.push(pnr);
      lines.push([
        pnr,
        `Namn${i}`,
        'Ny',
        i % 2 === 0 ? c1.email : c2.email.toUpperCase(),
        REGISTERED,
        i % 3 === 0 ? 'I dialog' : '',
        'Avbrutit',
        '',
      ]);
    }
    lines.push([changed.personalIdentityNumber, 'Ada', 'Nyare', c2.email, REGISTERED, 'I åtgärd', '', '']); // 992
    lines.push([same.personalIdentityNumber, 'Bo', 'Samma', c1.email, REGISTERED, '', '', '']); // 993
    lines.push([otherUnit.personalIdentityNumber, 'Cia', 'Annan', '', REGISTERED, '', '', '']); // 994
    lines.push([elsewhere.personalIdentityNumber, 'Dan', 'Borta', '', REGISTERED, '', '', '']); // 995
    lines.push([hyphen(fresh[0]), 'Namn0', 'Ny', '', REGISTERED, '', '', '']); // 996: a duplicate, short form
    const bad = fresh[1].slice(0, 11) + String((Number(fresh[1].slice(11)) + 1) % 10);
    lines.push([bad, 'Fel', 'Siffra', '', REGISTERED, '', '', '']); // 997: wrong check digit
    lines.push(['2.00801011234E+11', 'Excel', 'Fel', '', REGISTERED, '', '', '']); // 998
    lines.push([randomIdentityNumber().number, 'Okänd', 'Handläggare', 'nobody@example.se', REGISTERED, '', '', '']); // 999
    lines.push([makeIdentityNumber('2000-01-01', 123), 'För', 'Gammal', '', REGISTERED, '', '', '']); // 1000
    lines.push([randomIdentityNumber().number, 'Utan', 'Datum', '', '2026-13-45', '', '', '']); // 1001
    expect(lines).toHaveLength(1001);

    const before = await registerCount();
    const report = await dryRun('register.csv', csv(lines));
    expect(report).toMatchObject({
      status: 'READY',
      rowCount: 1000,
      createCount: 990,
      updateCount: 1,
      unchangedCount: 1,
      refusedCount: 8,
    });
    // The dry run wrote nothing to the register.
    expect(await registerCount()).toBe(before);

    const report1 = await rows(report.id, ['REFUSED', 'UPDATE']);
    expect(report1).toEqual([
      { line: 992, action: 'UPDATE', code: null, field: null, changes: ['familyName', 'coordinator', 'status'] },
      { line: 994, action: 'REFUSED', code: 'REGISTER_IMPORT_ROW_OTHER_UNIT', field: 'Personnummer', changes: [] },
      {
        line: 995,
        action: 'REFUSED',
        code: 'REGISTER_IMPORT_ROW_REGISTERED_ELSEWHERE',
        field: 'Personnummer',
        changes: [],
      },
      { line: 996, action: 'REFUSED', code: 'REGISTER_IMPORT_ROW_DUPLICATE', field: 'Personnummer', changes: [] },
      {
        line: 997,
        action: 'REFUSED',
        code: 'REGISTER_IMPORT_ROW_IDENTITY_NUMBER_INVALID',
        field: 'Personnummer',
        changes: [],
      },
      {
        line: 998,
        action: 'REFUSED',
        code: 'REGISTER_IMPORT_ROW_IDENTITY_NUMBER_SCIENTIFIC',
        field: 'Personnummer',
        changes: [],
      },
      {
        line: 999,
        action: 'REFUSED',
        code: 'REGISTER_IMPORT_ROW_COORDINATOR_UNKNOWN',
        field: 'Handläggare',
        changes: [],
      },
      { line: 1000, action: 'REFUSED', code: 'REGISTER_IMPORT_ROW_NOT_ELIGIBLE', field: 'Reg.datum', changes: [] },
      { line: 1001, action: 'REFUSED', code: 'REGISTER_IMPORT_ROW_DATE_INVALID', field: 'Reg.datum', changes: [] },
    ]);
    expect(await rows(report.id)).toHaveLength(1000);

    // A coordinator can neither run nor read it; another unit's lead does not find it.
    expect((await run(report.id, tokens.coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run(report.id, tokens.otherUnitLead)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const applied = await apply(report.id);
    expect(applied.job).toMatchObject({ status: 'SUCCEEDED', progressDone: 991, progressTotal: 991 });
    expect(applied.job.counts).toEqual(
      expect.arrayContaining([
        { name: 'created', value: 990 },
        { name: 'updated', value: 1 },
      ]),
    );
    expect(applied.entry.status).toBe('APPLIED');
    expect(await registerCount()).toBe(before + 990);

    const { rows: person } = await t.pool.query<{ family_name: string; coordinator_id: string; status: string }>(
      `SELECT yp.family_name, yp.coordinator_id, e.status::text AS status FROM young_person yp
         JOIN kaa_enrollment e ON e.young_person_id = yp.id AND e.ended_on IS NULL WHERE yp.id = $1`,
      [changed.id],
    );
    expect(person[0]).toEqual({ family_name: 'Nyare', coordinator_id: c2.id, status: 'IN_MEASURE' });
    const { rows: created } = await t.pool.query<{ coordinator_id: string; status: string; reason: string; n: number }>(
      `SELECT yp.coordinator_id, e.status::text AS status, e.registration_reason::text AS reason, count(*)::int AS n
         FROM young_person yp JOIN kaa_enrollment e ON e.young_person_id = yp.id
        WHERE yp.personal_identity_number = ANY($1::bpchar[])
        GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2`,
      [fresh.slice(0, 6)],
    );
    expect(created.map((row) => row.n).reduce((a, b) => a + b, 0)).toBe(6);
    expect(created.every((row) => row.reason === 'DROPPED_OUT')).toBe(true);
    expect(new Set(created.map((row) => row.coordinator_id))).toEqual(new Set([c1.id, c2.id]));
    expect(created.some((row) => row.status === 'IN_DIALOGUE')).toBe(true);
    // The identity numbers and names of the report are gone after the run.
    const { rows: kept } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM register_import_row WHERE import_id = $1
          AND (personal_identity_number IS NOT NULL OR given_name IS NOT NULL)`,
      [report.id],
    );
    expect(kept[0].n).toBe(0);

    // Running it again applies nothing twice.
    const again = await run(report.id);
    expect(again.data!.runRegisterImport).toMatchObject({ status: 'APPLIED', runJobId: applied.entry.runJobId });
    expect(await registerCount()).toBe(before + 990);

    // The same file again: nothing to create or change.
    const second = await dryRun('register.csv', csv(lines));
    expect(second).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: 992, refusedCount: 8 });
    expect((await apply(second.id)).entry.status).toBe('APPLIED');
    expect(await registerCount()).toBe(before + 990);
  }, 240_000);

  it('refuses a run when the register changed since the dry run (all or nothing)', async () => {
    const a = randomIdentityNumber().number;
    const b = randomIdentityNumber().number;
    const report = await dryRun(
      'small.csv',
      csv([HEADER, [a, 'Ett', 'Ny', '', REGISTERED, '', '', ''], [b, 'Två', 'Ny', '', REGISTERED, '', '', '']]),
    );
    expect(report.createCount).toBe(2);
    await register(t, tokens.teamLead, { personalIdentityNumber: b });
    const before = await registerCount();
    const res = await run(report.id);
    expect(res.errors).toBeUndefined();
    const job = await finishedJob(t, tokens.teamLead, res.data!.runRegisterImport.runJobId!);
    expect(job).toMatchObject({ status: 'FAILED', errorCode: 'REGISTER_IMPORT_STALE', errorLine: 3 });
    expect(await registerCount()).toBe(before);
    expect((await reload(report.id)).status).toBe('READY');
  });

  it('leaves nothing written when the run fails half-way, and the retry applies the whole file once', async () => {
    const lines: string[][] = [HEADER];
    for (let i = 0; i < 120; i += 1) {
      // Line 102 is refused by the database itself (a trigger standing in for a failure).
      lines.push([randomIdentityNumber().number, `Halv${i}`, i === 100 ? 'Bomb' : 'Ny', '', REGISTERED, '', '', '']);
    }
    const report = await dryRun('half.csv', csv(lines));
    expect(report.createCount).toBe(120);
    await t.pool.query(`CREATE FUNCTION test_fail_on_bomb() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.family_name = 'Bomb' THEN RAISE EXCEPTION 'the disk is full (test)'; END IF; RETURN NEW; END $$`);
    await t.pool.query(
      'CREATE TRIGGER test_fail_on_bomb BEFORE INSERT ON young_person FOR EACH ROW EXECUTE FUNCTION test_fail_on_bomb()',
    );
    const before = await registerCount();
    const auditBefore = await t.factories.auditCount(m.id);
    const res = await run(report.id);
    expect(res.errors).toBeUndefined();
    const jobId = res.data!.runRegisterImport.runJobId!;
    // Asked again while it is queued: the same job.
    expect((await run(report.id)).data!.runRegisterImport.runJobId).toBe(jobId);

    // The first attempt fails at the 101st row after reporting 100 done; the queue tries again.
    const deadline = Date.now() + 30_000;
    let failed: { status: string; attempts: number; progress_done: number; error: string | null } | undefined;
    while (Date.now() < deadline) {
      const { rows: found } = await t.pool.query<{
        status: string;
        attempts: number;
        progress_done: number;
        error: string | null;
      }>('SELECT status, attempts, progress_done, error FROM job WHERE id = $1', [jobId]);
      if (found[0]?.error) {
        failed = found[0];
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(failed).toMatchObject({ status: 'QUEUED', attempts: 1, progress_done: 100 });
    expect(failed?.error).toContain('the disk is full');
    // Nothing of the 100 rows before it was kept: one transaction for the whole run.
    expect(await registerCount()).toBe(before);
    expect((await reload(report.id)).status).toBe('READY');
    // Only the mutation's own audit row (the run was queued); none of the rolled-back run's.
    expect(await t.factories.auditCount(m.id)).toBe(auditBefore + 2);

    await t.pool.query('DROP TRIGGER test_fail_on_bomb ON young_person');
    await t.pool.query('DROP FUNCTION test_fail_on_bomb()');
    const job = await finishedJob(t, tokens.teamLead, jobId, 60_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', progressDone: 120, progressTotal: 120 });
    expect(await registerCount()).toBe(before + 120);
    expect((await reload(report.id)).status).toBe('APPLIED');

    // The same job handed to a worker again (a retry after its commit): nothing applied twice.
    const queue = t.api.app.get(JobQueue);
    const { rows: original } = await t.pool.query<{ payload: Record<string, unknown>; created_by_id: string }>(
      'SELECT payload, created_by_id FROM job WHERE id = $1',
      [jobId],
    );
    const repeat = await queue.enqueue({
      municipalityId: m.id,
      kind: 'register-import.run',
      payload: original[0].payload,
      createdById: original[0].created_by_id,
    });
    const repeated = await finishedJob(t, tokens.teamLead, repeat.id);
    expect(repeated).toMatchObject({ status: 'SUCCEEDED', errorCode: null });
    expect(repeated.counts).toEqual(expect.arrayContaining([{ name: 'alreadyApplied', value: 1 }]));
    expect(await registerCount()).toBe(before + 120);
  }, 120_000);

  it('deletes a dry run nobody ran after 24 hours, with its rows, and keeps applied imports', async () => {
    const a = randomIdentityNumber().number;
    const report = await dryRun(
      'expiring.csv',
      csv([HEADER, [a, 'Gammal', 'Provkörning', '', REGISTERED, '', '', '']]),
    );
    const fresh = await dryRun('fresh.csv', csv([HEADER, [a, 'Ny', 'Provkörning', '', REGISTERED, '', '', '']]));
    const applied = await t.pool.query<{ id: string }>(`SELECT id FROM register_import WHERE status = 'APPLIED'`);
    expect(applied.rows.length).toBeGreaterThan(0);
    // Both the unused dry run and the applied imports are made 25 hours old.
    await t.pool.query(
      `UPDATE register_import SET created_at = created_at - interval '25 hours' WHERE id = $1 OR status = 'APPLIED'`,
      [report.id],
    );
    const jobs = t.api.app.get(RegisterImportJobs);
    expect(await jobs.pruneExpired(new Date())).toBe(1);
    const left = await t.pool.query<{ id: string }>('SELECT id FROM register_import');
    const ids = left.rows.map((row) => row.id);
    expect(ids).not.toContain(report.id);
    expect(ids).toEqual(expect.arrayContaining([fresh.id, ...applied.rows.map((row) => row.id)]));
    const rowsLeft = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM register_import_row WHERE import_id = $1',
      [report.id],
    );
    expect(rowsLeft.rows[0].n).toBe(0);
    // A second pass finds nothing more to delete.
    expect(await jobs.pruneExpired(new Date())).toBe(0);
  });

  it('reads Latin-1 with a full-name column given with the dry run, and xlsx with numbers and several sheets', async () => {
    const latin = randomIdentityNumber().number;
    const report = await dryRun(
      'latin1.csv',
      csv(
        [
          ['Pnr', 'Namn', 'Registrerad'],
          [hyphen(latin), 'Åsa Märta Öberg', REGISTERED],
        ],
        'latin1',
      ),
      { identityNumber: 'pnr', fullName: 'NAMN', registeredOn: 'registrerad', defaultRegistrationReason: 'MOVED_IN' },
    );
    expect(report).toMatchObject({ status: 'READY', createCount: 1, refusedCount: 0 });
    expect((await apply(report.id)).entry.status).toBe('APPLIED');
    const { rows: found } = await t.pool.query<{ given_name: string; family_name: string; reason: string }>(
      `SELECT given_name, family_name, e.registration_reason::text AS reason FROM young_person yp
         JOIN kaa_enrollment e ON e.young_person_id = yp.id WHERE personal_identity_number = $1`,
      [latin],
    );
    expect(found[0]).toEqual({ given_name: 'Åsa Märta', family_name: 'Öberg', reason: 'MOVED_IN' });

    const x = randomIdentityNumber().number;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Register');
    sheet.addRow(HEADER);
    sheet.addRow([Number(x), 'Xlsx', 'Elev', c1.email, REGISTERED, 'I arbete', 'Inflyttad', '070-123 45 67']);
    book.addWorksheet('Annat').addRow(['x']);
    const xlsx = await dryRun('register.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(xlsx).toMatchObject({ status: 'READY', createCount: 1, refusedCount: 0 });
    expect((await apply(xlsx.id)).entry.status).toBe('APPLIED');
    const { rows: person } = await t.pool.query<{ status: string; phone: string; coordinator_id: string }>(
      `SELECT e.status::text AS status, yp.phone, yp.coordinator_id FROM young_person yp
         JOIN kaa_enrollment e ON e.young_person_id = yp.id WHERE personal_identity_number = $1`,
      [x],
    );
    expect(person[0]).toEqual({ status: 'IN_WORK', phone: '070-123 45 67', coordinator_id: c1.id });
  });

  it('refuses a file without a mapped column as a whole, and a coordinator cannot dry run', async () => {
    const report = await dryRun(
      'wrong.csv',
      csv([
        ['Namn', 'Datum'],
        ['Alva Lind', REGISTERED],
      ]),
    );
    expect(report).toMatchObject({ status: 'REFUSED', errorCode: 'REGISTER_IMPORT_COLUMN_MISSING', rowCount: 0 });
    const fileId = await uploadFile(t, tokens.coordinator, 'c.csv', csv([HEADER]));
    const res = await gql(
      'mutation ($input: DryRunRegisterImportInput!) { dryRunRegisterImport(input: $input) { id } }',
      { input: { fileId } },
      tokens.coordinator,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cols = await gql<{ registerImportFileColumns: string[] }>(
      'query ($fileId: ID!) { registerImportFileColumns(fileId: $fileId) }',
      { fileId: await uploadFile(t, tokens.teamLead, 'h.csv', csv([HEADER])) },
      tokens.teamLead,
    );
    expect(cols.data!.registerImportFileColumns).toEqual(HEADER);
  });
});
