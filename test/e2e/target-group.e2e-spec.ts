import ExcelJS from 'exceljs';

import { Role } from '@app/core/authz';
import { ManualClock } from '@app/core/clock';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestUser } from '../support/factories';
import { CHECK_FIELDS, finishedJob, importFile, IMPORT_FIELDS, RUN_FIELDS, uploadFile } from '../support/target-group';
import { startTestApi, type TestApi } from '../support/test-api';
import { registerInput } from '../support/young-people';

// Target-group identification end to end over HTTP (issue 16): the files are uploaded, read by
// jobs, matched by a run into the "to check" queue, and a coordinator decides.
const ON = '2026-10-15';
const LISTS = '2026-10-01';

interface Person {
  long: string;
  short: string;
  dob: string;
}

function person(dob: string, serial: number, coordination = false): Person {
  const long = makeIdentityNumber(dob, serial, coordination);
  return { long, short: `${long.slice(2, 8)}-${long.slice(8)}`, dob };
}

// A: never in any list. B: left school 1 in August. C: enrolled at school 2 (written short
// there). D: diploma from school 1. E: turns 16 this year (in the band since 1 July). F: turns 16
// next year. G: turned 20 in September. H: coordination number. I: already registered.
const A = person('2008-03-10', 101);
const B = person('2009-05-20', 102);
const C = person('2009-01-01', 103);
const D = person('2007-06-01', 104);
const E = person('2010-11-30', 105);
const F = person('2011-02-01', 106);
const G = person('2006-09-01', 107);
const H = person('2008-04-04', 108, true);
const I = person('2008-12-12', 109);

const hyphen = (p: Person) => `${p.long.slice(0, 8)}-${p.long.slice(8)}`;

describe('target-group identification', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let coordinator: TestUser;
  let teamLead: TestUser;
  let otherUnitLead: TestUser;
  let partner: TestUser;
  const tokens: Record<string, string> = {};
  const clock = new ManualClock(new Date(`${ON}T08:00:00Z`));

  beforeAll(async () => {
    t = await startTestApi({ clock });
    m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const otherKaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    teamLead = await t.factories.user(kaa, Role.TEAM_LEAD);
    otherUnitLead = await t.factories.user(otherKaa, Role.TEAM_LEAD);
    partner = await t.factories.user(social, Role.PARTNER_CASEWORKER);
    for (const [name, user] of Object.entries({ coordinator, teamLead, otherUnitLead, partner })) {
      tokens[name] = await t.login(user);
    }
    const registered = await t.graphql(
      'mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { id } }',
      { input: registerInput({ personalIdentityNumber: I.long, enrollment: enrollment() }) },
      tokens.coordinator,
    );
    expect(registered.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
  });

  function enrollment() {
    return {
      registeredOn: ON,
      reason: 'NEVER_STARTED',
      eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'NEVER_STARTED' },
    };
  }

  function population(): Buffer {
    const rows = [
      'Personnummer;Förnamn;Efternamn;Kommunkod',
      `${A.long};Alva;Andersson;${m.code}`,
      `${hyphen(B)};Bo;Berg;${m.code}`,
      `${C.long};Cia;Carlsson;${m.code}`,
      `${D.short};Dan;Dahl;${m.code}`,
      `${E.long};Eli;Ek;${m.code}`,
      `${F.long};Fia;Fors;${m.code}`,
      `${G.long};Gus;Gran;${m.code}`,
      `${H.short};Hugo;Holm;${m.code}`,
      `${I.long};Ida;Ivarsson;${m.code}`,
    ];
    return Buffer.from(`\ufeff${rows.join('\r\n')}\r\n`);
  }

  function schoolOne(): Buffer {
    // Latin-1, as older school systems write it, and commas.
    return Buffer.from(
      ['Pnr,Namn,Slutdatum,Examen', `${B.long},Bo Berg,2026-08-15,`, `${hyphen(D)},Dan Dahl,2026-06-12,Ja`].join('\n'),
      'latin1',
    );
  }

  async function schoolTwo(extra: Person[] = []): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Elever');
    sheet.addRow(['Personnummer', 'Namn', 'Skola']);
    sheet.addRow([C.short, 'Cia Carlsson', 'Västra gymnasiet']);
    for (const p of extra) sheet.addRow([Number(p.long), 'Elev', 'Västra gymnasiet']);
    book.addWorksheet('Annat').addRow(['x']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  async function importAndWait(fileName: string, body: Buffer, kind: 'POPULATION' | 'ENROLLMENT', schoolName?: string) {
    clock.advance(60_000);
    const fileId = await uploadFile(t, tokens.coordinator, fileName, body);
    const started = await importFile(t, tokens.coordinator, fileId, kind, LISTS, schoolName);
    expect(started.status).toBe('QUEUED');
    const job = await finishedJob(t, tokens.coordinator, started.jobId);
    return { fileId, importId: started.id, job };
  }

  async function run(populationImportId: string, enrollmentImportIds: string[], token = tokens.coordinator) {
    // A minute after whatever came before, as on a running server: runs and imports are stamped
    // with the api clock, and the history lists them newest first by that instant.
    clock.advance(60_000);
    const res = await t.graphql<{ startTargetGroupRun: { id: string; jobId: string } }>(
      `mutation ($input: StartTargetGroupRunInput!) { startTargetGroupRun(input: $input) { ${RUN_FIELDS} } }`,
      { input: { populationImportId, enrollmentImportIds } },
      token,
    );
    expect(res.errors).toBeUndefined();
    const started = res.data!.startTargetGroupRun;
    const job = await finishedJob(t, token, started.jobId);
    expect(job.status).toBe('SUCCEEDED');
    const runs = await t.graphql<{ targetGroupRun: Record<string, unknown> }>(
      `query ($id: ID!) { targetGroupRun(id: $id) { ${RUN_FIELDS} } }`,
      { id: started.id },
      token,
    );
    return runs.data!.targetGroupRun;
  }

  async function queue(token = tokens.coordinator, status = 'TO_CHECK') {
    const res = await t.graphql<{ targetGroupChecks: { totalCount: number; nodes: Array<Record<string, unknown>> } }>(
      `query ($status: TargetGroupCheckStatus) { targetGroupChecks(status: $status, first: 100) { totalCount nodes { ${CHECK_FIELDS} } } }`,
      { status },
      token,
    );
    return res;
  }

  let populationImport: string;
  let listOne: string;
  let listTwo: string;

  it('reads the extract and two schools’ lists (UTF-8 with BOM, Latin-1, .xlsx) as jobs with progress', async () => {
    const pop = await importAndWait('folkbokföring oktober.csv', population(), 'POPULATION');
    expect(pop.job).toMatchObject({ status: 'SUCCEEDED', progressDone: 9, progressTotal: 9 });
    expect(pop.job.counts).toEqual([{ name: 'rows', value: 9 }]);
    populationImport = pop.importId;
    const one = await importAndWait('Norra gymnasiet.csv', schoolOne(), 'ENROLLMENT', 'Norra gymnasiet');
    expect(one.job.status).toBe('SUCCEEDED');
    listOne = one.importId;
    const two = await importAndWait('vastra.xlsx', await schoolTwo(), 'ENROLLMENT');
    expect(two.job.status).toBe('SUCCEEDED');
    listTwo = two.importId;

    // The same file imported again is the same import: nothing is read twice.
    const again = await importFile(t, tokens.coordinator, one.fileId, 'ENROLLMENT', LISTS, 'Norra gymnasiet');
    expect(again.id).toBe(listOne);
    const imports = await t.graphql<{ targetGroupImports: { totalCount: number } }>(
      'query { targetGroupImports { totalCount } }',
      {},
      tokens.teamLead,
    );
    expect(imports.data?.targetGroupImports.totalCount).toBe(3);
  });

  it('refuses a file with bad rows as a whole, naming each row’s line, code and column', async () => {
    const body = Buffer.from(
      [
        'Personnummer;Namn;Kommunkod',
        `${A.long};Alva Andersson;${m.code}`,
        `19990101-0000;Fel Nummer;${m.code}`,
        `2,00803E+11;Excel Tal;${m.code}`,
        `${A.short};Alva Igen;${m.code}`,
        `${B.long};Bo Berg;0180`,
      ].join('\n'),
    );
    const fileId = await uploadFile(t, tokens.coordinator, 'trasig.csv', body);
    const started = await importFile(t, tokens.coordinator, fileId, 'POPULATION', LISTS);
    const job = await finishedJob(t, tokens.coordinator, started.jobId);
    expect(job).toMatchObject({ status: 'FAILED', errorCode: 'TARGET_GROUP_ROWS_INVALID', errorLine: 3 });
    expect(job.counts).toEqual([{ name: 'refused', value: 4 }]);
    const res = await t.graphql<{ targetGroupImport: Record<string, unknown> }>(
      `query ($id: ID!) { targetGroupImport(id: $id) { ${IMPORT_FIELDS} } }`,
      { id: started.id },
      tokens.coordinator,
    );
    expect(res.data?.targetGroupImport).toMatchObject({
      status: 'REFUSED',
      errorCode: 'TARGET_GROUP_ROWS_INVALID',
      errorCount: 4,
      rowCount: 0,
      errors: [
        { line: 3, code: 'TARGET_GROUP_ROW_IDENTITY_NUMBER_INVALID', field: 'Personnummer' },
        { line: 4, code: 'TARGET_GROUP_ROW_IDENTITY_NUMBER_SCIENTIFIC', field: 'Personnummer' },
        { line: 5, code: 'TARGET_GROUP_ROW_DUPLICATE', field: 'Personnummer' },
        { line: 6, code: 'TARGET_GROUP_ROW_OTHER_MUNICIPALITY', field: 'kommunkod' },
      ],
    });
    // Nothing half-written.
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM target_group_import_row WHERE import_id = $1',
      [started.id],
    );
    expect(rows[0].n).toBe(0);

    // A list without an identity-number column, and a header alone.
    const noColumn = await uploadFile(t, tokens.coordinator, 'fel.csv', Buffer.from('Namn;Skola\nAlva;X\n'));
    const refused = await importFile(t, tokens.coordinator, noColumn, 'ENROLLMENT', LISTS);
    expect(await finishedJob(t, tokens.coordinator, refused.jobId)).toMatchObject({
      status: 'FAILED',
      errorCode: 'TARGET_GROUP_COLUMN_MISSING',
    });
    // The refusal of the whole file names the column it lacks, and refuses no row.
    const noColumnImport = await t.graphql<{ targetGroupImport: Record<string, unknown> }>(
      'query ($id: ID!) { targetGroupImport(id: $id) { status errorCode errorCount errors { line code field } } }',
      { id: refused.id },
      tokens.coordinator,
    );
    expect(noColumnImport.data?.targetGroupImport).toEqual({
      status: 'REFUSED',
      errorCode: 'TARGET_GROUP_COLUMN_MISSING',
      errorCount: 0,
      errors: [{ line: 1, code: 'TARGET_GROUP_COLUMN_MISSING', field: 'personnummer' }],
    });
    const headerOnly = await uploadFile(t, tokens.coordinator, 'tom.csv', Buffer.from('Personnummer;Namn\n'));
    const empty = await importFile(t, tokens.coordinator, headerOnly, 'POPULATION', LISTS);
    expect(await finishedJob(t, tokens.coordinator, empty.jobId)).toMatchObject({
      status: 'FAILED',
      errorCode: 'TARGET_GROUP_NO_ROWS',
    });
    // A refused import cannot feed a run.
    const bad = await t.graphql(
      'mutation ($input: StartTargetGroupRunInput!) { startTargetGroupRun(input: $input) { id } }',
      { input: { populationImportId: started.id, enrollmentImportIds: [listOne] } },
      tokens.coordinator,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('TARGET_GROUP_IMPORT_NOT_READY');
  });

  it('matches into exactly the expected queue, with reasons, and logs every identity number read', async () => {
    const first = await run(populationImport, [listOne, listTwo]);
    expect(first).toMatchObject({
      status: 'SUCCEEDED',
      populationFileName: 'folkbokföring oktober.csv',
      enrollmentFileNames: ['Norra gymnasiet.csv', 'vastra.xlsx'],
      listsDate: LISTS,
      judgedOn: ON,
      residents: 9,
      inAgeBand: 7,
      enrolled: 1,
      newCount: 4,
      stillCount: 0,
      leftCount: 0,
      unknownCount: 4,
      dismissedCount: 0,
    });
    const res = await queue();
    expect(res.errors).toBeUndefined();
    const entries = res.data!.targetGroupChecks.nodes;
    expect(entries.map((e) => e.personalIdentityNumber).sort()).toEqual([A, B, E, H].map(hyphen).sort());
    const b = entries.find((e) => e.personalIdentityNumber === hyphen(B));
    expect(b).toMatchObject({
      givenName: 'Bo',
      familyName: 'Berg',
      lastSchool: 'Norra gymnasiet',
      leftSchoolOn: '2026-08-15',
      reason: 'Not in any enrolment list of 2026-10-01; left Norra gymnasiet 2026-08-15',
    });
    expect(entries.find((e) => e.personalIdentityNumber === hyphen(A))?.reason).toBe(
      'Not in any enrolment list of 2026-10-01',
    );
    const { rows } = await t.pool.query<{ ids: string[]; ground: string; categories: string[] }>(
      `SELECT young_person_ids AS ids, ground, categories FROM access_log
        WHERE municipality_id = $1 AND user_id = $2 AND operation = 'query targetGroupChecks'`,
      [m.id, coordinator.id],
    );
    expect(rows).toHaveLength(1);
    expect([...rows[0].ids].sort()).toEqual(entries.map((e) => e.id as string).sort());
    expect(rows[0]).toMatchObject({ ground: 'UNIT', categories: ['IDENTITY'] });

    const overview = await t.graphql<{ targetGroupOverview: Record<string, unknown> }>(
      'query { targetGroupOverview { toCheck unknownOccupation lastRun { id } } }',
      {},
      tokens.teamLead,
    );
    expect(overview.data?.targetGroupOverview).toMatchObject({ toCheck: 4, unknownOccupation: 4 });
  });

  it('lets a coordinator register one and dismiss another; nothing else changes without a decision', async () => {
    const entries = (await queue()).data!.targetGroupChecks.nodes;
    const a = entries.find((e) => e.personalIdentityNumber === hyphen(A))!;
    const b = entries.find((e) => e.personalIdentityNumber === hyphen(B))!;
    const auditBefore = await t.factories.auditCount(m.id);
    const registered = await t.graphql<{ registerTargetGroupCheck: Record<string, unknown> }>(
      `mutation ($input: RegisterTargetGroupCheckInput!) { registerTargetGroupCheck(input: $input) { ${CHECK_FIELDS} } }`,
      { input: { checkId: a.id, givenName: 'Alva', familyName: 'Andersson', enrollment: enrollment() } },
      tokens.coordinator,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.registerTargetGroupCheck).toMatchObject({ status: 'REGISTERED', youngPersonId: a.id });
    // The register's own rules and audit: the young person is on the coordinator's caseload.
    const yp = await t.graphql<{ youngPerson: { personalIdentityNumber: string; coordinatorId: string } }>(
      'query ($id: ID!) { youngPerson(id: $id) { personalIdentityNumber coordinatorId } }',
      { id: a.id },
      tokens.coordinator,
    );
    expect(yp.data?.youngPerson).toEqual({ personalIdentityNumber: hyphen(A), coordinatorId: coordinator.id });
    const { rows: actions } = await t.pool.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE municipality_id = $1 ORDER BY seq DESC LIMIT 2',
      [m.id],
    );
    expect(actions.map((r) => r.action).sort()).toEqual(['target_group_check.register', 'young_person.register']);

    const dismissed = await t.graphql<{ dismissTargetGroupCheck: Record<string, unknown> }>(
      `mutation ($input: DismissTargetGroupCheckInput!) { dismissTargetGroupCheck(input: $input) { ${CHECK_FIELDS} } }`,
      { input: { checkId: b.id, reason: 'MOVED' } },
      tokens.teamLead,
    );
    expect(dismissed.data?.dismissTargetGroupCheck).toMatchObject({ status: 'DISMISSED', dismissReason: 'MOVED' });
    expect(await t.factories.auditCount(m.id)).toBe(auditBefore + 3);

    // Decided once: a second decision is refused, and another unit or a partner sees nothing.
    const twice = await t.graphql(
      'mutation ($input: DismissTargetGroupCheckInput!) { dismissTargetGroupCheck(input: $input) { id } }',
      { input: { checkId: b.id, reason: 'DIPLOMA' } },
      tokens.coordinator,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('TARGET_GROUP_CHECK_DECIDED');
    const foreign = await t.graphql(
      'mutation ($input: DismissTargetGroupCheckInput!) { dismissTargetGroupCheck(input: $input) { id } }',
      { input: { checkId: entries.find((e) => e.personalIdentityNumber === hyphen(E))!.id, reason: 'MOVED' } },
      tokens.otherUnitLead,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await queue(tokens.otherUnitLead)).data?.targetGroupChecks.totalCount).toBe(0);
    expect((await queue(tokens.partner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the same files again change nothing; someone found in a list again leaves the queue with the reason', async () => {
    const second = await run(populationImport, [listOne, listTwo], tokens.teamLead);
    expect(second).toMatchObject({ newCount: 0, stillCount: 2, leftCount: 0, unknownCount: 2, dismissedCount: 1 });

    const three = await importAndWait('vastra-nov.xlsx', await schoolTwo([E]), 'ENROLLMENT');
    expect(three.job.status).toBe('SUCCEEDED');
    const third = await run(populationImport, [listOne, three.importId]);
    expect(third).toMatchObject({ newCount: 0, stillCount: 1, leftCount: 1, unknownCount: 1 });
    const left = (await queue(tokens.coordinator, 'LEFT')).data!.targetGroupChecks.nodes;
    expect(left).toEqual([
      expect.objectContaining({
        personalIdentityNumber: hyphen(E),
        leftReason: 'IN_ENROLLMENT_LIST',
        leftSchool: 'Västra gymnasiet',
      }),
    ]);
    // An import whose rows have been deleted after their keeping time cannot feed a run.
    await t.pool.query('DELETE FROM target_group_import_row WHERE import_id = $1', [listOne]);
    const pruned = await t.graphql(
      'mutation ($input: StartTargetGroupRunInput!) { startTargetGroupRun(input: $input) { id } }',
      { input: { populationImportId: populationImport, enrollmentImportIds: [listOne] } },
      tokens.coordinator,
    );
    expect(pruned.errors?.[0]?.extensions?.code).toBe('TARGET_GROUP_IMPORT_NOT_READY');
    const history = await t.graphql<{ targetGroupRuns: { nodes: Array<{ newCount: number }> } }>(
      'query { targetGroupRuns { nodes { newCount stillCount leftCount unknownCount } } }',
      {},
      tokens.coordinator,
    );
    expect(history.data?.targetGroupRuns.nodes).toEqual([
      { newCount: 0, stillCount: 1, leftCount: 1, unknownCount: 1 },
      { newCount: 0, stillCount: 2, leftCount: 0, unknownCount: 2 },
      { newCount: 4, stillCount: 0, leftCount: 0, unknownCount: 4 },
    ]);
  });
});
