import request from 'supertest';

import { SecurityEventService } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { uploadFile } from '../support/target-group';
import { startTestApi, type TestApi } from '../support/test-api';
import { stockholmDay } from '../support/young-people';

// A school's absence days as a file (issue 17, importAbsenceDays) over HTTP: read with the shared
// table reader (Latin-1 and UTF-8 with BOM, semicolons and commas; UTF-16 and mixed encodings
// refused), every row or none with the refused rows by line, the same file or key creating nothing
// new, another school's pupil refused, and the file pushing a pupil past the threshold.
const IMPORT = `mutation ($input: ImportAbsenceDaysInput!) {
  importAbsenceDays(input: $input) { id fileName rowCount createdCount repeated evaluation { ran opened } } }`;
const LIST = `query { earlyWarningSuggestions { indicator status personalIdentityNumber className } }`;

interface Imported {
  id: string;
  fileName: string;
  rowCount: number;
  createdCount: number;
  repeated: boolean;
  evaluation: { ran: boolean; opened: number } | null;
}

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

function digits(pnr: string): string {
  return pnr.replace('-', '');
}

describe('absence days as a file', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let school: TestOrganization;
  let staff: TestUser;
  const tokens: Record<string, string> = {};
  const pupil = makeIdentityNumber('2012-05-05', 512);
  const classmate = makeIdentityNumber('2012-06-06', 613);
  const theirs = makeIdentityNumber('2011-07-07', 714);
  let first: Imported;

  const importFile = async (token: string, name: string, body: Buffer, idempotencyKey: string) => {
    const fileId = await uploadFile(t, token, name, body);
    return t.graphql<{ importAbsenceDays: Imported }>(IMPORT, { input: { fileId, idempotencyKey } }, token);
  };
  const days = async (): Promise<number> => {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM school_absence_day WHERE municipality_id = $1',
      [m.id],
    );
    return rows[0].n;
  };
  const imports = async (): Promise<number> => {
    const { rows } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM school_absence_import WHERE municipality_id = $1',
      [m.id],
    );
    return rows[0].n;
  };

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Östra skolan');
    const otherSchool = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Västra skolan');
    staff = await t.factories.user(school, Role.SCHOOL_STAFF);
    const otherStaff = await t.factories.user(otherSchool, Role.SCHOOL_STAFF);
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const admin = await t.factories.user(await t.factories.organization(m.id, OrganizationKind.MANAGEMENT), Role.ADMIN);
    for (const [name, user] of Object.entries({ staff, otherStaff, coordinator, admin })) {
      tokens[name] = await t.login(user);
    }
    // The other school already has its pupil on its roll.
    const sent = await t.graphql(
      `mutation ($input: RecordAbsenceDaysInput!) { recordAbsenceDays(input: $input) { created } }`,
      { input: { days: [{ personalIdentityNumber: theirs, day: daysAgo(2), unexcused: false, className: '7C' }] } },
      tokens.otherStaff,
    );
    expect(sent.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
  });

  // Latin-1 and semicolons, as an older school system exports it: eight unexcused days of the
  // pupil (at least four of them not holidays, whatever the season), one excused day of a
  // classmate written with a dash.
  function latinFile(): Buffer {
    return Buffer.from(
      [
        'Personnummer;Frånvarodatum;Frånvarotyp;Klass',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${pupil};${daysAgo(n)};Ogiltig;8Ö`),
        `${classmate.slice(0, 8)}-${classmate.slice(8)};${daysAgo(2)};Giltig;8Ö`,
      ].join('\r\n'),
      'latin1',
    );
  }

  it('imports a Latin-1 file of the school’s pupils and the indicators push the pupil past the threshold', async () => {
    const res = await importFile(tokens.staff, 'frånvaro-v49.csv', latinFile(), 'ostra-2026-v49');
    expect(res.errors).toBeUndefined();
    first = res.data!.importAbsenceDays;
    expect(first).toMatchObject({ fileName: 'frånvaro-v49.csv', rowCount: 9, createdCount: 9, repeated: false });
    expect(first.evaluation?.ran).toBe(true);
    expect(first.evaluation?.opened).toBeGreaterThanOrEqual(1);
    expect(await days()).toBe(10);

    const list = await t.graphql<{
      earlyWarningSuggestions: Array<{ indicator: string; personalIdentityNumber: string; className: string }>;
    }>(LIST, {}, tokens.staff);
    expect(list.errors).toBeUndefined();
    const found = list.data!.earlyWarningSuggestions.filter(
      (s) => s.indicator === 'UNEXCUSED_ABSENCES' && digits(s.personalIdentityNumber).endsWith(digits(pupil)),
    );
    expect(found).toHaveLength(1);
    expect(found[0].className).toBe('8Ö');
    // The classmate's one excused day fires nothing.
    expect(
      list.data!.earlyWarningSuggestions.some((s) => digits(s.personalIdentityNumber).endsWith(digits(classmate))),
    ).toBe(false);

    const audit = await t.pool.query<{ summary: Record<string, unknown> }>(
      `SELECT summary FROM audit_event WHERE action = 'early_warning.absence_import' AND subject_id = $1`,
      [first.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].summary).toMatchObject({ rows: 9, created: 9 });
  });

  it('creates nothing new from the same file, by key or by content, and refuses a key reused for another file', async () => {
    const before = await days();
    const byKey = await importFile(tokens.staff, 'frånvaro-v49.csv', latinFile(), 'ostra-2026-v49');
    expect(byKey.data?.importAbsenceDays).toMatchObject({
      id: first.id,
      repeated: true,
      createdCount: 0,
      evaluation: null,
    });
    const byContent = await importFile(tokens.staff, 'igen.csv', latinFile(), 'ostra-2026-v49-igen');
    expect(byContent.data?.importAbsenceDays).toMatchObject({ id: first.id, repeated: true, createdCount: 0 });
    expect(await days()).toBe(before);
    expect(await imports()).toBe(1);
    const suggestions = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM early_warning_suggestion WHERE school_id = $1',
      [school.id],
    );
    expect(suggestions.rows[0].n).toBe(first.evaluation?.opened);

    const reused = await importFile(
      tokens.staff,
      'annan.csv',
      Buffer.from(`Personnummer;Datum;Ogiltig\n${pupil};${daysAgo(9)};Ja\n`),
      'ostra-2026-v49',
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('ABSENCE_IMPORT_KEY_REUSED');
    expect(await days()).toBe(before);
  });

  it('writes the audit row of a repeated file too, marked repeated', async () => {
    // The first import and the two repeats above (by key, by content); the reused key is refused
    // before anything is written.
    const { rows } = await t.pool.query<{ summary: { repeated?: boolean } }>(
      `SELECT summary FROM audit_event WHERE action = 'early_warning.absence_import' AND subject_id = $1
        ORDER BY seq::bigint`,
      [first.id],
    );
    expect(rows.map((row) => row.summary.repeated ?? false)).toEqual([false, true, true]);
  });

  it('reads UTF-8 with a BOM and commas, and an "Ogiltig" column of Ja and Nej', async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`Pnr,Datum,Ogiltig,Klass\n${classmate},${daysAgo(3)},Ja,8Ö\n${classmate},${daysAgo(4)},Nej,\n`),
    ]);
    const res = await importFile(tokens.staff, 'utf8.csv', body, 'ostra-utf8-bom');
    expect(res.errors).toBeUndefined();
    expect(res.data?.importAbsenceDays).toMatchObject({ rowCount: 2, createdCount: 2, repeated: false });
    const { rows } = await t.pool.query<{ day: string; unexcused: boolean }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, unexcused FROM school_absence_day
        WHERE school_id = $1 AND personal_identity_number = $2 ORDER BY day`,
      [school.id, classmate],
    );
    expect(rows).toEqual([
      { day: daysAgo(4), unexcused: false },
      { day: daysAgo(3), unexcused: true },
      { day: daysAgo(2), unexcused: false },
    ]);
  });

  it('refuses a file in another encoding, or mixing encodings, and keeps nothing of it', async () => {
    const before = { days: await days(), imports: await imports() };
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`Personnummer;Datum;Ogiltig\n${pupil};${daysAgo(10)};Ja\n`, 'utf16le'),
    ]);
    const sixteen = await importFile(tokens.staff, 'utf16.csv', utf16, 'ostra-utf16');
    expect(sixteen.errors?.[0]?.extensions).toMatchObject({
      code: 'FILE_ENCODING_UNSUPPORTED',
      details: { encoding: 'UTF-16' },
    });
    // Valid UTF-8 throughout the first chunk the store keeps (1 MiB), then a Latin-1 "ö": refused
    // while reading with its line, nothing kept. The reader judges the whole file, so the other
    // way round is refused too (below).
    const note = 'Anmäld av vårdnadshavare via skolans app, enligt rutin för frånvaroanmälan';
    const rows = Array.from({ length: 12_000 }, () => `${classmate};${daysAgo(11)};Nej;8Ö;${note}`);
    const mixed = Buffer.concat([
      Buffer.from(['Personnummer;Datum;Ogiltig;Klass;Anteckning', ...rows, ''].join('\n')),
      Buffer.from(`${pupil};${daysAgo(11)};Ja;8\xf6;\n`, 'latin1'),
    ]);
    expect(mixed.length).toBeGreaterThan(1024 * 1024);
    const mixedRes = await importFile(tokens.staff, 'blandad.csv', mixed, 'ostra-blandad');
    expect(mixedRes.errors?.[0]?.extensions).toMatchObject({
      code: 'FILE_ENCODING_INVALID',
      details: { line: 12_002 },
    });
    // Latin-1 throughout the first MiB, then a UTF-8 "ö": it was read as Latin-1 ("8Ã¶").
    const latinFirst = Buffer.concat([
      Buffer.from(['Personnummer;Datum;Ogiltig;Klass;Anteckning', ...rows, ''].join('\n'), 'latin1'),
      Buffer.from(`${pupil};${daysAgo(11)};Ja;8ö;\n`),
    ]);
    expect(latinFirst.length).toBeGreaterThan(1024 * 1024);
    const latinFirstRes = await importFile(tokens.staff, 'blandad2.csv', latinFirst, 'ostra-blandad-2');
    expect(latinFirstRes.errors?.[0]?.extensions).toMatchObject({
      code: 'FILE_ENCODING_INVALID',
      details: { line: 12_002 },
    });
    expect(await days()).toBe(before.days);
    expect(await imports()).toBe(before.imports);
  });

  it('refuses a file of only a header, and one without the columns, with their codes', async () => {
    const headerOnly = await importFile(
      tokens.staff,
      'tom.csv',
      Buffer.from('Personnummer;Datum;Ogiltig\n'),
      'ostra-bara-rubrik',
    );
    expect(headerOnly.errors?.[0]?.extensions?.code).toBe('ABSENCE_IMPORT_NO_ROWS');
    const noColumn = await importFile(
      tokens.staff,
      'fel.csv',
      Buffer.from(`Personnummer;Datum\n${pupil};${daysAgo(1)}\n`),
      'ostra-utan-kolumn',
    );
    expect(noColumn.errors?.[0]?.extensions).toMatchObject({
      code: 'ABSENCE_IMPORT_COLUMN_MISSING',
      details: { column: 'ogiltig' },
    });
    expect(await imports()).toBe(2);
  });

  it('refuses a file with bad rows as a whole, naming each line, and another school’s pupil', async () => {
    const before = await days();
    const body = Buffer.from(
      [
        'Personnummer;Datum;Frånvarotyp;Klass',
        `${pupil};${daysAgo(12)};Ogiltig;8Ö`,
        `20080410-0000;${daysAgo(12)};Ogiltig;8Ö`,
        `${pupil};2026-13-40;Ogiltig;8Ö`,
        `${pupil};${daysAgo(-2)};Ogiltig;8Ö`,
        `${pupil};${daysAgo(13)};Kanske;8Ö`,
        `${theirs};${daysAgo(12)};Ogiltig;7C`,
        `1.20101E+11;${daysAgo(12)};Ogiltig;8Ö`,
        `${pupil};${daysAgo(14)};Ogiltig;${'x'.repeat(41)}`,
      ].join('\n'),
    );
    const res = await importFile(tokens.staff, 'trasig.csv', body, 'ostra-trasig');
    expect(res.errors?.[0]?.extensions?.code).toBe('ABSENCE_IMPORT_ROWS_INVALID');
    expect(res.errors?.[0]?.extensions?.details).toEqual({
      line: 3,
      refused: 7,
      rows: [
        '3:ABSENCE_ROW_IDENTITY_NUMBER_INVALID:Personnummer',
        '4:ABSENCE_ROW_DATE_INVALID:Datum',
        '5:ABSENCE_ROW_DATE_INVALID:Datum',
        '6:ABSENCE_ROW_UNEXCUSED_INVALID:Frånvarotyp',
        '7:ABSENCE_ROW_OTHER_SCHOOL:Personnummer',
        '8:ABSENCE_ROW_IDENTITY_NUMBER_INVALID:Personnummer',
        '9:ABSENCE_ROW_VALUE_TOO_LONG:Klass',
      ],
    });
    expect(await days()).toBe(before);
    expect(await imports()).toBe(2);

    // Only the other school's pupil: still refused; the pupil is on this school's roll only
    // once the school names them (a pupil who changed school), and then the file is read.
    const only = Buffer.from(`Personnummer;Datum;Ogiltig\n${theirs};${daysAgo(1)};Ja\n`);
    const refused = await importFile(tokens.staff, 'deras.csv', only, 'ostra-deras-1');
    expect(refused.errors?.[0]?.extensions?.details).toMatchObject({
      rows: ['2:ABSENCE_ROW_OTHER_SCHOOL:Personnummer'],
    });
    const named = await t.graphql(
      `mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }`,
      { input: { personalIdentityNumber: theirs, mentorUserId: staff.id, className: '8Ö' } },
      tokens.staff,
    );
    expect(named.errors).toBeUndefined();
    const accepted = await importFile(tokens.staff, 'deras.csv', only, 'ostra-deras-2');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.importAbsenceDays).toMatchObject({ rowCount: 1, createdCount: 1 });
  });

  it('takes files from school staff only, each their own upload', async () => {
    const body = Buffer.from(`Personnummer;Datum;Ogiltig\n${pupil};${daysAgo(20)};Ja\n`);
    const coordinator = await importFile(tokens.coordinator, 'k.csv', body, 'kaa-forsok-1');
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another school's staff cannot import this school's upload.
    const fileId = await uploadFile(t, tokens.staff, 'ostra.csv', body);
    const foreign = await t.graphql(
      IMPORT,
      { input: { fileId, idempotencyKey: 'vastra-forsok-1' } },
      tokens.otherStaff,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FILE_NOT_FOUND');
  });

  it('lists the school’s own pupils with class and mentor, each read logged on the school’s ground', async () => {
    const res = await t.graphql<{
      schoolPupils: Array<{ id: string; personalIdentityNumber: string; className: string; mentorName: string | null }>;
    }>('query { schoolPupils { id personalIdentityNumber className mentorUserId mentorName } }', {}, tokens.staff);
    expect(res.errors).toBeUndefined();
    const numbers = res.data!.schoolPupils.map((p) => digits(p.personalIdentityNumber));
    expect(numbers.sort()).toEqual([pupil, classmate, theirs].sort());
    const named = res.data!.schoolPupils.find((p) => digits(p.personalIdentityNumber).endsWith(digits(theirs)));
    const name = await t.pool.query<{ name: string }>('SELECT display_name AS name FROM app_user WHERE id = $1', [
      staff.id,
    ]);
    expect(named).toMatchObject({ className: '8Ö', mentorName: name.rows[0].name });
    const other = await t.graphql<{ schoolPupils: Array<{ personalIdentityNumber: string }> }>(
      'query { schoolPupils { personalIdentityNumber } }',
      {},
      tokens.otherStaff,
    );
    expect(other.data?.schoolPupils).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 300));
    // The pupils are logged as school pupils, in their own column (issue 19).
    const { rows } = await t.pool.query<{ ground: string; kind: string; n: number; young: number }>(
      `SELECT ground::text AS ground, subject_kind::text AS kind, cardinality(school_pupil_ids)::int AS n,
              cardinality(young_person_ids)::int AS young
         FROM access_log WHERE user_id = $1 AND operation = 'query schoolPupils'`,
      [staff.id],
    );
    expect(rows).toEqual([{ ground: 'SCHOOL', kind: 'SCHOOL_PUPIL', n: 3, young: 0 }]);
  });

  it('answers two simultaneous imports of one file with one import, never an error', async () => {
    const body = Buffer.from(`Personnummer;Datum;Ogiltig\n${pupil};${daysAgo(21)};Ja\n`);
    const [a, b] = await Promise.all([
      uploadFile(t, tokens.staff, 'v47.csv', body),
      uploadFile(t, tokens.staff, 'v47.csv', body),
    ]);
    const before = await imports();
    const results = await Promise.all(
      [a, b].map((fileId) =>
        t.graphql<{ importAbsenceDays: Imported }>(
          IMPORT,
          { input: { fileId, idempotencyKey: 'ostra-v47' } },
          tokens.staff,
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const answers = results.map((r) => r.data!.importAbsenceDays);
    expect(answers[0].id).toBe(answers[1].id);
    expect(answers.map((x) => x.repeated).sort()).toEqual([false, true]);
    expect(await imports()).toBe(before + 1);
  });

  describe('from the school’s system with its integration credential', () => {
    let secret: string;
    const late = makeIdentityNumber('2012-08-08', 816);
    const post = (key: string, body: string, auth = `Bearer ${secret}`) =>
      request(t.url)
        .post('/early-warning/absence-days/import')
        .set('authorization', auth)
        .set('idempotency-key', key)
        .set('content-type', 'text/csv')
        .set('x-file-name', 'franvaro-v50.csv')
        .send(Buffer.from(body));
    const kept = async (): Promise<number> => {
      const { rows } = await t.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM stored_file WHERE municipality_id = $1 AND created_by_id IS NULL',
        [m.id],
      );
      return rows[0].n;
    };

    beforeAll(async () => {
      const res = await t.graphql<{ createIntegrationCredential: { secret: string } }>(
        `mutation ($input: CreateIntegrationCredentialInput!) { createIntegrationCredential(input: $input) { secret } }`,
        { input: { organizationId: school.id, name: 'Skolsystemet', validDays: 30 } },
        tokens.admin,
      );
      expect(res.errors).toBeUndefined();
      secret = res.data!.createIntegrationCredential.secret;
    });

    it('imports the file as the school’s, audited as the integration, and the same file again creates nothing', async () => {
      const body = `Personnummer;Datum;Ogiltig\n${late};${daysAgo(2)};Ja\n${late};${daysAgo(3)};Nej\n`;
      const first = await post('ostra-system-v50', body);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        fileName: 'franvaro-v50.csv',
        rowCount: 2,
        createdCount: 2,
        repeated: false,
        opened: 0,
      });
      const audit = await t.pool.query<{ actor_role: string; actor_organization_id: string }>(
        `SELECT actor_role, actor_organization_id FROM audit_event
          WHERE action = 'early_warning.absence_import' AND subject_id = $1`,
        [(first.body as { id: string }).id],
      );
      expect(audit.rows).toEqual([{ actor_role: 'INTEGRATION', actor_organization_id: school.id }]);
      const { rows } = await t.pool.query<{ school_id: string; created_by_id: string | null }>(
        'SELECT school_id, created_by_id FROM school_absence_day WHERE personal_identity_number = $1',
        [late],
      );
      expect(rows).toEqual([
        { school_id: school.id, created_by_id: null },
        { school_id: school.id, created_by_id: null },
      ]);
      const filesBefore = await kept();
      const again = await post('ostra-system-v50-igen', body);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: (first.body as { id: string }).id, repeated: true, createdCount: 0 });
      expect(await kept()).toBe(filesBefore);
    });

    it('refuses another school’s pupil with the rows by line, a reused key, and a user’s token', async () => {
      const filesBefore = await kept();
      const other = await post('ostra-system-v51', `Personnummer;Datum;Ogiltig\n${late};${daysAgo(4)};Ja\n`);
      expect(other.status).toBe(201);
      const moved = await post(
        'ostra-system-v52',
        `Personnummer;Datum;Ogiltig\n${makeIdentityNumber('2011-07-07', 714)};${daysAgo(4)};Ja\n`,
      );
      // That pupil is now this school's too (named above); a pupil only on the other school's roll:
      expect(moved.status).toBe(201);
      await t.graphql(
        `mutation ($input: RecordAbsenceDaysInput!) { recordAbsenceDays(input: $input) { created } }`,
        {
          input: {
            days: [{ personalIdentityNumber: makeIdentityNumber('2011-02-02', 222), day: daysAgo(2), unexcused: true }],
          },
        },
        tokens.otherStaff,
      );
      const foreign = await post(
        'ostra-system-v53',
        `Personnummer;Datum;Ogiltig\n${late};${daysAgo(5)};Ja\n${makeIdentityNumber('2011-02-02', 222)};${daysAgo(5)};Ja\n`,
      );
      expect(foreign.status).toBe(400);
      expect(foreign.body).toMatchObject({
        code: 'ABSENCE_IMPORT_ROWS_INVALID',
        details: { refused: 1, rows: ['3:ABSENCE_ROW_OTHER_SCHOOL:Personnummer'] },
      });
      const reused = await post('ostra-system-v51', `Personnummer;Datum;Ogiltig\n${late};${daysAgo(6)};Ja\n`);
      expect(reused.status).toBe(409);
      expect((reused.body as { code: string }).code).toBe('ABSENCE_IMPORT_KEY_REUSED');
      // The refused files are not kept; the two imported ones are.
      expect(await kept()).toBe(filesBefore + 2);
      const user = await post(
        'ostra-system-v54',
        `Personnummer;Datum;Ogiltig\n${late};${daysAgo(6)};Ja\n`,
        `Bearer ${tokens.staff}`,
      );
      expect(user.status).toBe(401);
      expect((user.body as { code: string }).code).toBe('INTEGRATION_CREDENTIAL_INVALID');
    });

    // Issue 19: a refused file answers "this pupil is on another school's roll", so a school's
    // credential could ask, 100 numbers a file, which school a personnummer attends. Every
    // refused file is a security event (counts and codes, no number), and repeated refusals of
    // other schools' pupils from one credential or user raise ANOMALY_IMPORT (threshold 3).
    it('records each refused file as a security event without its numbers, and repeated probes as an anomaly', async () => {
      interface EventRow {
        kind: string;
        user_id: string | null;
        credential_id: string | null;
        client_address: string | null;
        code: string | null;
        operation: string | null;
        details: Record<string, number> | null;
      }
      const events = async (): Promise<EventRow[]> => {
        await t.api.app.get(SecurityEventService).flush();
        const { rows } = await t.pool.query<EventRow>(
          `SELECT kind, user_id, credential_id, client_address, code, operation, details FROM security_event
            WHERE municipality_id = $1 AND kind IN ('IMPORT_REFUSED', 'ANOMALY_IMPORT') ORDER BY seq`,
          [m.id],
        );
        return rows;
      };
      const { rows: credentials } = await t.pool.query<{ id: string }>(
        'SELECT id FROM integration_credential WHERE organization_id = $1',
        [school.id],
      );
      const credentialId = credentials[0].id;
      const before = await events();
      // The staff member's refused files above (bad rows with another school's pupil; that pupil
      // alone): two, below the threshold, each with its counts.
      expect(before.filter((e) => e.user_id === staff.id)).toEqual([
        {
          kind: 'IMPORT_REFUSED',
          user_id: staff.id,
          credential_id: null,
          client_address: null,
          code: 'ABSENCE_IMPORT_ROWS_INVALID',
          operation: 'absence file import',
          details: { rows: 8, refused: 7, otherSchool: 1 },
        },
        expect.objectContaining({ kind: 'IMPORT_REFUSED', details: { rows: 1, refused: 1, otherSchool: 1 } }),
      ]);
      // The credential's one refused file (v53): its sender and address, no user.
      const fromCredential = before.filter((e) => e.credential_id === credentialId);
      expect(fromCredential).toEqual([
        expect.objectContaining({
          kind: 'IMPORT_REFUSED',
          user_id: null,
          code: 'ABSENCE_IMPORT_ROWS_INVALID',
          details: { rows: 2, refused: 1, otherSchool: 1 },
        }),
      ]);
      expect(fromCredential[0].client_address).toEqual(expect.any(String));
      expect(before.some((e) => e.kind === 'ANOMALY_IMPORT')).toBe(false);

      // The same school system asks again (each file written before the next, as a slower
      // prober's would be): its third refusal raises the anomaly, a fourth in the window no second.
      const probe = makeIdentityNumber('2011-02-02', 222);
      for (let i = 0; i < 3; i += 1) {
        const res = await post(
          `ostra-system-probe-${i}`,
          `Personnummer;Datum;Ogiltig\n${probe};${daysAgo(7 + i)};Ja\n`,
        );
        expect(res.status).toBe(400);
        const raised = (await events()).filter((e) => e.kind === 'ANOMALY_IMPORT');
        expect(raised).toHaveLength(i === 0 ? 0 : 1);
      }
      const after = await events();
      const anomalies = after.filter((e) => e.kind === 'ANOMALY_IMPORT');
      expect(anomalies).toEqual([
        {
          kind: 'ANOMALY_IMPORT',
          user_id: null,
          credential_id: credentialId,
          client_address: null,
          code: 'ABSENCE_ROW_OTHER_SCHOOL',
          operation: null,
          details: { events: 3, otherSchool: 3, windowSeconds: 900 },
        },
      ]);
      expect(after.filter((e) => e.credential_id === credentialId && e.kind === 'IMPORT_REFUSED')).toHaveLength(4);
      // No identity number anywhere in the events.
      const stored = JSON.stringify(after);
      for (const number of [pupil, theirs, late, probe]) {
        expect(stored).not.toContain(number);
        expect(stored).not.toContain(digits(number));
      }
    });
  });
});
