import { randomUUID } from 'node:crypto';

import { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { AuditService } from '@app/core/audit';
import { ManualClock } from '@app/core/clock';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { FilePurpose, FileStore, StoredFileChunkEntity, StoredFileEntity } from '@app/core/files';
import { JobEntity, JobQueue, type JobContext } from '@app/core/jobs';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

import { TargetGroupCheckEntity } from './entities/target-group-check.entity';
import { TargetGroupImportEntity } from './entities/target-group-import.entity';
import { TargetGroupImportRowEntity } from './entities/target-group-import-row.entity';
import { TargetGroupRunEntity } from './entities/target-group-run.entity';
import { TargetGroupImportKind, TargetGroupImportStatus, TargetGroupRunStatus } from './target-group.enums';
import { TargetGroupJobs } from './target-group.jobs';

// The imports and the matching run on a real PostgreSQL, called as the job queue calls them:
// the age band on the municipality's day (not the UTC day), every reason an entry leaves the
// queue, coming back, dismissals that hold, and one municipality's run leaving another's alone.
describe('target-group matching (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Pool;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let files: FileStore;
  let jobs: TargetGroupJobs;
  const clock = new ManualClock(new Date('2026-10-15T08:00:00Z'));
  let municipalityId = '';
  let otherMunicipalityId = '';
  const unitId = randomUUID();
  const userId = randomUUID();
  let lastRunId = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Pool({ connectionString: db.adminUrl, max: 2 });
    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 4, statementTimeoutMs: 30_000, applicationName: 'tg' },
        [
          JobEntity,
          StoredFileEntity,
          StoredFileChunkEntity,
          TargetGroupImportEntity,
          TargetGroupImportRowEntity,
          TargetGroupRunEntity,
          TargetGroupCheckEntity,
        ],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    files = new FileStore(tx, clock);
    const queue = new JobQueue(tx, clock, createLogger('silent'), {
      work: false,
      concurrency: 1,
      pollMs: 1000,
      leaseMs: 60_000,
    });
    jobs = new TargetGroupJobs(tx, files, queue, new AuditService(tx, clock));
    const insert = async (code: string) =>
      (
        await admin.query<{ id: string }>(`INSERT INTO municipality (code, name) VALUES ($1, $2) RETURNING id`, [
          code,
          `Kommun ${code}`,
        ])
      ).rows[0].id;
    municipalityId = await insert('9901');
    otherMunicipalityId = await insert('9902');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  const actor = (municipality: string) => ({
    userId,
    role: 'COORDINATOR',
    organizationId: unitId,
    municipalityId: municipality,
  });
  const context = (id: string, municipality: string): JobContext => ({
    job: { payload: { id, actor: actor(municipality) }, attempts: 1, maxAttempts: 3 } as unknown as JobEntity,
    now: clock.now(),
    progress: () => Promise.resolve(),
  });

  async function importCsv(
    kind: TargetGroupImportKind,
    text: string | Buffer,
    options: { asOf?: string; school?: string; municipality?: string } = {},
  ): Promise<string> {
    const municipality = options.municipality ?? municipalityId;
    const file = await files.write(
      {
        municipalityId: municipality,
        createdById: userId,
        purpose: FilePurpose.UPLOAD,
        fileName: `${kind}.csv`,
        contentType: 'text/csv',
        keepDays: 7,
        maxBytes: 50_000_000,
      },
      (async function* () {
        yield await Promise.resolve(Buffer.isBuffer(text) ? text : Buffer.from(text));
      })(),
    );
    const entry = await dataSource.getRepository(TargetGroupImportEntity).save({
      municipalityId: municipality,
      kaaUnitId: unitId,
      kind,
      fileId: file.id,
      fileName: file.fileName,
      asOf: options.asOf ?? '2026-10-01',
      schoolName: options.school ?? null,
      status: TargetGroupImportStatus.QUEUED,
      jobId: null,
      rowCount: 0,
      errorCount: 0,
      errorCode: null,
      errors: [],
      createdById: userId,
      createdAt: clock.now(),
      finishedAt: null,
    });
    await jobs.runImport(context(entry.id, municipality));
    return entry.id;
  }

  async function run(population: string, lists: string[], municipality = municipalityId) {
    const entry = await dataSource.getRepository(TargetGroupRunEntity).save({
      municipalityId: municipality,
      kaaUnitId: unitId,
      status: TargetGroupRunStatus.QUEUED,
      populationImportId: population,
      enrollmentImportIds: lists,
      populationFileName: 'p.csv',
      enrollmentFileNames: lists.map(() => 'l.csv'),
      listsDate: '2026-10-01',
      judgedOn: null,
      jobId: null,
      residents: 0,
      inAgeBand: 0,
      enrolled: 0,
      newCount: 0,
      stillCount: 0,
      leftCount: 0,
      unknownCount: 0,
      dismissedCount: 0,
      createdById: userId,
      createdAt: clock.now(),
      finishedAt: null,
    });
    lastRunId = entry.id;
    const outcome = await jobs.runMatching(context(entry.id, municipality));
    return outcome.result;
  }

  async function checks(municipality = municipalityId) {
    const { rows } = await admin.query<{
      pnr: string;
      status: string;
      left_reason: string | null;
      left_school: string | null;
    }>(
      `SELECT personal_identity_number AS pnr, status, left_reason, left_school FROM target_group_check
        WHERE municipality_id = $1 ORDER BY personal_identity_number`,
      [municipality],
    );
    return Object.fromEntries(rows.map((r) => [r.pnr, r.left_reason ? `${r.status}:${r.left_reason}` : r.status]));
  }

  const extract = (people: string[]) => ['Personnummer', ...people].join('\n');
  const list = (rows: string[]) => ['Personnummer;Slutdatum;Examen', ...rows].join('\n');

  // Born at the edges of the band on 2026-10-15 (in Stockholm).
  const turns16ThisYear = makeIdentityNumber('2010-12-31', 201);
  const turns16NextYear = makeIdentityNumber('2011-01-01', 202);
  const twentyToday = makeIdentityNumber('2006-10-15', 203);
  const twentyTomorrow = makeIdentityNumber('2006-10-16', 204);
  const enrolled = makeIdentityNumber('2008-05-05', 205);
  const graduate = makeIdentityNumber('2007-03-03', 206);
  const mover = makeIdentityNumber('2009-09-09', 207);
  const later = makeIdentityNumber('2009-02-02', 208);

  it('judges the age band on the municipality’s day: 1 July of the year of 16 up to the day before 20', async () => {
    // 00:30 on 15 October in Stockholm, still 14 October in UTC.
    clock.set('2026-10-14T22:30:00Z');
    const population = await importCsv(
      TargetGroupImportKind.POPULATION,
      extract([turns16ThisYear, turns16NextYear, twentyToday, twentyTomorrow, enrolled, graduate, mover, later]),
    );
    const school = await importCsv(
      TargetGroupImportKind.ENROLLMENT,
      list([`${enrolled};;`, `${graduate};2026-06-10;ja`, `${later};2026-12-20;`]),
      { school: 'Östra gymnasiet' },
    );
    const result = await run(population, [school]);
    expect(result).toEqual({ new: 3, still: 0, left: 0, unknown: 3 });
    // Enrolled; left after the list's day (still enrolled); diploma: none of them to check.
    expect(await checks()).toEqual({
      [turns16ThisYear]: 'TO_CHECK',
      [twentyTomorrow]: 'TO_CHECK',
      [mover]: 'TO_CHECK',
    });
  });

  it('takes entries out with the reason they left, and back in when they are missing again', async () => {
    clock.set('2026-10-16T08:00:00Z');
    // The mover is no longer resident; the one turning 20 did yesterday; the youngest is in a list.
    const population = await importCsv(
      TargetGroupImportKind.POPULATION,
      extract([turns16ThisYear, twentyTomorrow, enrolled]),
    );
    const school = await importCsv(TargetGroupImportKind.ENROLLMENT, list([`${turns16ThisYear};;`, `${enrolled};;`]), {
      school: 'Västra gymnasiet',
    });
    expect(await run(population, [school])).toEqual({ new: 0, still: 0, left: 3, unknown: 0 });
    expect(await checks()).toEqual({
      [turns16ThisYear]: 'LEFT:IN_ENROLLMENT_LIST',
      [twentyTomorrow]: 'LEFT:OUTSIDE_AGE_BAND',
      [mover]: 'LEFT:NOT_RESIDENT',
    });
    const { rows } = await admin.query<{ left_school: string }>(
      'SELECT left_school FROM target_group_check WHERE personal_identity_number = $1',
      [turns16ThisYear],
    );
    expect(rows[0].left_school).toBe('Västra gymnasiet');

    // The youngest drops out: back in the queue, counted as new.
    const dropped = await importCsv(TargetGroupImportKind.ENROLLMENT, list([`${turns16ThisYear};2026-10-10;`]), {
      school: 'Västra gymnasiet',
      asOf: '2026-10-15',
    });
    expect(await run(population, [dropped])).toEqual({ new: 2, still: 0, left: 0, unknown: 2 });
    expect((await checks())[turns16ThisYear]).toBe('TO_CHECK');
  });

  it('keeps dismissed entries out and registered ones leave with that reason; other municipalities untouched', async () => {
    const theirs = await importCsv(TargetGroupImportKind.POPULATION, extract([mover]), {
      municipality: otherMunicipalityId,
    });
    const theirList = await importCsv(TargetGroupImportKind.ENROLLMENT, list([`${graduate};;`]), {
      municipality: otherMunicipalityId,
      school: 'X',
    });
    expect(await run(theirs, [theirList], otherMunicipalityId)).toEqual({ new: 1, still: 0, left: 0, unknown: 1 });

    await admin.query(
      `UPDATE target_group_check SET status = 'DISMISSED', dismiss_reason = 'DIPLOMA'
        WHERE municipality_id = $1 AND personal_identity_number = $2`,
      [municipalityId, enrolled],
    );
    await admin.query(
      `INSERT INTO young_person (municipality_id, personal_identity_number, coordination_number, date_of_birth,
         given_name, family_name) VALUES ($1, $2, false, '2010-12-31', 'A', 'B')`,
      [municipalityId, turns16ThisYear],
    );
    const population = await importCsv(TargetGroupImportKind.POPULATION, extract([turns16ThisYear, enrolled]));
    const empty = await importCsv(TargetGroupImportKind.ENROLLMENT, list([`${later};;`]), { school: 'Y' });
    const result = await run(population, [empty]);
    expect(result).toEqual({ new: 0, still: 0, left: 1, unknown: 0 });
    const { rows } = await admin.query<{ dismissed_count: number }>(
      'SELECT dismissed_count FROM target_group_run WHERE id = $1',
      [lastRunId],
    );
    expect(rows[0].dismissed_count).toBe(1);
    expect(await checks()).toMatchObject({
      [turns16ThisYear]: 'LEFT:REGISTERED',
      [enrolled]: 'DISMISSED',
    });
    expect(await checks(otherMunicipalityId)).toEqual({ [mover]: 'TO_CHECK' });
  });

  it('reads Latin-1 with a full-name column, and leaves nothing behind when a row is refused', async () => {
    const good = await importCsv(
      TargetGroupImportKind.POPULATION,
      Buffer.from(`Personnummer;Namn\n${mover};Åsa Märta Öberg\n`, 'latin1'),
    );
    const { rows } = await admin.query<{ given_name: string; family_name: string }>(
      'SELECT given_name, family_name FROM target_group_import_row WHERE import_id = $1',
      [good],
    );
    expect(rows).toEqual([{ given_name: 'Åsa Märta', family_name: 'Öberg' }]);

    await expect(
      importCsv(TargetGroupImportKind.POPULATION, extract([mover, '20091301-1234', mover])),
    ).rejects.toMatchObject({ code: 'TARGET_GROUP_ROWS_INVALID', details: { line: 3, refused: 2 } });
    const { rows: imports } = await admin.query<{ status: string; errors: unknown; n: number }>(
      `SELECT i.status, i.errors, (SELECT count(*)::int FROM target_group_import_row r WHERE r.import_id = i.id) AS n
         FROM target_group_import i WHERE i.status = 'REFUSED'`,
    );
    expect(imports[0]).toEqual({
      status: 'REFUSED',
      n: 0,
      errors: [
        { line: 3, code: 'TARGET_GROUP_ROW_IDENTITY_NUMBER_INVALID', field: 'Personnummer' },
        { line: 4, code: 'TARGET_GROUP_ROW_DUPLICATE', field: 'Personnummer' },
      ],
    });
  });

  it('deletes the persons read from imports older than their keeping time, and only those', async () => {
    const old = await importCsv(TargetGroupImportKind.POPULATION, extract([mover]));
    const recent = await importCsv(TargetGroupImportKind.POPULATION, extract([later]));
    await admin.query(`UPDATE target_group_import SET created_at = $2 WHERE id = $1`, [
      old,
      new Date(clock.now().getTime() - 36 * 86_400_000),
    ]);
    const before = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM target_group_import_row');
    expect(await jobs.pruneImportRows(clock.now())).toBeGreaterThanOrEqual(1);
    const left = await admin.query<{ import_id: string }>(
      'SELECT import_id FROM target_group_import_row WHERE import_id = ANY($1)',
      [[old, recent]],
    );
    expect(left.rows.map((r) => r.import_id)).toEqual([recent]);
    const after = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM target_group_import_row');
    expect(after.rows[0].n).toBeLessThan(before.rows[0].n);
    // The import stays in the history.
    const kept = await admin.query('SELECT 1 FROM target_group_import WHERE id = $1', [old]);
    expect(kept.rowCount).toBe(1);
  });
});
