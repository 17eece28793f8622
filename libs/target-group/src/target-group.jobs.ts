import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';

import { AuditService, type AuditActor } from '@app/core/audit';
import { dayIn } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FileStore } from '@app/core/files';
import { JobQueue, JobRunner, type JobContext, type JobOutcome } from '@app/core/jobs';
import { parseIdentityNumber } from '@app/young-people';

import type { TargetGroupRowError } from './entities/target-group-import.entity';
import { TargetGroupImportEntity } from './entities/target-group-import.entity';
import { TargetGroupRunEntity } from './entities/target-group-run.entity';
import { isYes, parseFileDate, resolveColumns, splitFullName, type ImportColumns } from './import-columns';
import { TargetGroupImportKind, TargetGroupImportStatus, TargetGroupRunStatus } from './target-group.enums';

export const IMPORT_JOB = 'target-group.import';
export const RUN_JOB = 'target-group.run';

// Days the persons read from an extract or list are kept: a month's run may reuse last month's
// lists; after that the rows (names and identity numbers of every resident in the age band, most
// of whom are never in the register) are deleted. The import itself stays in the history.
export const IMPORT_ROWS_KEEP_DAYS = 35;

// Rows per INSERT, and how often progress is reported.
const BATCH = 1000;
// Refused rows kept on the import (the count is exact; the list stops here).
const MAX_ERRORS = 500;

export interface TargetGroupJobPayload extends Record<string, unknown> {
  id: string;
  actor: AuditActor;
}

interface ParsedRow {
  line: number;
  pnr: string;
  coordination: boolean;
  dob: string;
  givenName: string | null;
  familyName: string | null;
  school: string | null;
  leftOn: string | null;
  diploma: boolean;
}

class RowsRefused extends Error {
  constructor(
    readonly errors: TargetGroupRowError[],
    readonly count: number,
  ) {
    super('rows refused');
  }
}

function cell(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

function payloadOf(context: JobContext): TargetGroupJobPayload {
  const payload = context.job.payload as Partial<TargetGroupJobPayload>;
  if (typeof payload.id !== 'string' || !payload.actor) throw new Error('target-group job without its payload');
  return payload as TargetGroupJobPayload;
}

// The two jobs of target-group identification: reading an uploaded extract or list into rows
// (all or none), and the matching run that turns them into the "to check" queue.
@Injectable()
export class TargetGroupJobs implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tx: TransactionHost,
    private readonly files: FileStore,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    // Absent where the jobs are driven by hand (tests): then nothing is scheduled.
    private readonly runner?: JobRunner,
    private readonly config?: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.register(IMPORT_JOB, (context) => this.runImport(context));
    this.queue.register(RUN_JOB, (context) => this.runMatching(context));
  }

  // The deletion of old import rows runs with the other scheduled work, once across instances.
  onApplicationBootstrap(): void {
    const seconds = this.config?.scheduleSeconds('KAA_JOBS_INTERVAL_SECONDS') ?? 0;
    if (seconds === 0 || !this.runner) return;
    const runner = this.runner;
    this.timer = setInterval(
      () =>
        void runner
          .run('target-group-rows-expiry', async (now) => ({ deleted: await this.pruneImportRows(now) }))
          .catch(() => undefined),
      seconds * 1000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async municipality(id: string): Promise<{ code: string; timeZone: string }> {
    const rows = await this.tx.manager.query<Array<{ code: string; time_zone: string }>>(
      'SELECT code, time_zone FROM municipality WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) throw new Error('municipality not found');
    return { code: row.code, timeZone: row.time_zone };
  }

  // --- Import ---

  async runImport(context: JobContext): Promise<JobOutcome> {
    const { id, actor } = payloadOf(context);
    const db = this.tx.manager.connection;
    const entry = await db.getRepository(TargetGroupImportEntity).findOneByOrFail({ id });
    // A job taken up again after its import finished (a worker died after committing).
    if (entry.status !== TargetGroupImportStatus.QUEUED) {
      return { result: { rows: entry.rowCount, refused: entry.errorCount } };
    }
    const municipality = await this.municipality(entry.municipalityId);
    const today = dayIn(municipality.timeZone, context.now);
    try {
      const rows = await this.tx.run(
        async () => {
          const file = await this.files.find(entry.municipalityId, entry.fileId);
          if (!file) throw new DomainError(ErrorCode.FILE_NOT_FOUND, 'The uploaded file is no longer there');
          const table = await this.files.table(file);
          const columns = resolveColumns(table.columns, entry.kind, entry.schoolName);
          const errors: TargetGroupRowError[] = [];
          let errorCount = 0;
          const refuse = (line: number, code: string, field: string | null): void => {
            errorCount += 1;
            if (errors.length < MAX_ERRORS) errors.push({ line, code, field });
          };
          let batch: ParsedRow[] = [];
          let count = 0;
          for await (const row of table.rows) {
            const parsed = this.parseRow(row.line, row.cells, columns, entry, municipality.code, today, refuse);
            if (parsed) batch.push(parsed);
            count += 1;
            if (batch.length >= BATCH) {
              await this.insertRows(entry.id, batch);
              batch = [];
            }
            if (count % BATCH === 0) await context.progress(count);
          }
          await this.insertRows(entry.id, batch);
          await context.progress(count, count);
          if (entry.kind === TargetGroupImportKind.POPULATION) {
            // One person twice (in whatever form the number was written): every later row refused.
            const duplicates = await this.tx.manager.query<Array<{ line: number }>>(
              `SELECT line FROM (
                 SELECT line, row_number() OVER (PARTITION BY personal_identity_number ORDER BY line) AS n
                   FROM target_group_import_row WHERE import_id = $1) d
                WHERE n > 1 ORDER BY line`,
              [entry.id],
            );
            for (const duplicate of duplicates) {
              refuse(duplicate.line, ErrorCode.TARGET_GROUP_ROW_DUPLICATE, columns.identityNumberName);
            }
          }
          if (errorCount > 0) {
            errors.sort((a, b) => a.line - b.line);
            throw new RowsRefused(errors, errorCount);
          }
          if (count === 0) throw new DomainError(ErrorCode.TARGET_GROUP_NO_ROWS, 'The file has a header and no rows');
          await this.tx.manager.query(
            `UPDATE target_group_import SET status = 'SUCCEEDED', row_count = $2, finished_at = $3 WHERE id = $1`,
            [entry.id, count, context.now],
          );
          await this.audit.record(actor, {
            action: 'target_group_import.complete',
            subjectType: 'TargetGroupImport',
            subjectId: entry.id,
            summary: { kind: entry.kind, rows: count },
          });
          return count;
        },
        { requireAudit: true },
      );
      return { result: { rows } };
    } catch (error) {
      if (error instanceof RowsRefused) {
        await this.refuseImport(
          entry,
          actor,
          context.now,
          ErrorCode.TARGET_GROUP_ROWS_INVALID,
          error.errors,
          error.count,
        );
        throw new DomainError(
          ErrorCode.TARGET_GROUP_ROWS_INVALID,
          `${error.count} rows were refused; nothing was imported`,
          {
            line: error.errors[0]?.line ?? 0,
            refused: error.count,
          },
        );
      }
      if (error instanceof DomainError) {
        // A refusal of the whole file keeps at most one entry, with errorCount 0 (the page shows
        // it as one message, not as a row error): the line it is on, or the column it lacks (the
        // header's line, 1), so the page can say which column to add.
        const line = typeof error.details?.line === 'number' ? error.details.line : null;
        const column = typeof error.details?.column === 'string' ? error.details.column : null;
        const where: TargetGroupRowError[] = line
          ? [{ line, code: error.code, field: null }]
          : column
            ? [{ line: 1, code: error.code, field: column }]
            : [];
        await this.refuseImport(entry, actor, context.now, error.code, where, 0);
      } else if (context.job.attempts >= context.job.maxAttempts) {
        // The queue gives up after this attempt: the import must not stay "being read".
        await this.refuseImport(entry, actor, context.now, 'JOB_FAILED', [], 0);
      }
      throw error;
    }
  }

  private async refuseImport(
    entry: TargetGroupImportEntity,
    actor: AuditActor,
    now: Date,
    code: string,
    errors: TargetGroupRowError[],
    errorCount: number,
  ): Promise<void> {
    await this.tx.run(
      async () => {
        await this.tx.manager.query(
          `UPDATE target_group_import SET status = 'REFUSED', error_code = $2, errors = $3, error_count = $4, finished_at = $5
            WHERE id = $1`,
          [entry.id, code, JSON.stringify(errors), errorCount, now],
        );
        await this.audit.record(actor, {
          action: 'target_group_import.refuse',
          subjectType: 'TargetGroupImport',
          subjectId: entry.id,
          summary: { kind: entry.kind, code, refused: errorCount },
        });
      },
      { requireAudit: true },
    );
  }

  private parseRow(
    line: number,
    cells: readonly string[],
    columns: ImportColumns,
    entry: TargetGroupImportEntity,
    municipalityCode: string,
    today: string,
    refuse: (line: number, code: string, field: string | null) => void,
  ): ParsedRow | undefined {
    const raw = cell(cells, columns.identityNumber);
    if (/^\d+([.,]\d+)?e\+?\d+$/i.test(raw)) {
      refuse(line, ErrorCode.TARGET_GROUP_ROW_IDENTITY_NUMBER_SCIENTIFIC, columns.identityNumberName);
      return undefined;
    }
    let pin;
    try {
      pin = parseIdentityNumber(raw.replace(/\s/g, ''), today);
    } catch {
      refuse(line, ErrorCode.TARGET_GROUP_ROW_IDENTITY_NUMBER_INVALID, columns.identityNumberName);
      return undefined;
    }
    if (entry.kind === TargetGroupImportKind.POPULATION && columns.municipalityCode !== undefined) {
      const code = cell(cells, columns.municipalityCode).replace(/\D/g, '');
      if (code && code.padStart(4, '0') !== municipalityCode) {
        refuse(line, ErrorCode.TARGET_GROUP_ROW_OTHER_MUNICIPALITY, 'kommunkod');
        return undefined;
      }
    }
    let givenName: string | null = cell(cells, columns.givenName) || null;
    let familyName: string | null = cell(cells, columns.familyName) || null;
    if (!givenName && !familyName && columns.fullName !== undefined) {
      ({ givenName, familyName } = splitFullName(cell(cells, columns.fullName)));
    }
    if ((givenName?.length ?? 0) > 100 || (familyName?.length ?? 0) > 100) {
      refuse(line, ErrorCode.TARGET_GROUP_ROW_VALUE_TOO_LONG, (givenName?.length ?? 0) > 100 ? 'förnamn' : 'efternamn');
      return undefined;
    }
    let school: string | null = null;
    let leftOn: string | null = null;
    let diploma = false;
    if (entry.kind === TargetGroupImportKind.ENROLLMENT) {
      school = cell(cells, columns.school) || entry.schoolName;
      if ((school?.length ?? 0) > 200) {
        refuse(line, ErrorCode.TARGET_GROUP_ROW_VALUE_TOO_LONG, 'skola');
        return undefined;
      }
      const left = cell(cells, columns.leftOn);
      if (left) {
        leftOn = parseFileDate(left);
        if (!leftOn) {
          refuse(line, ErrorCode.TARGET_GROUP_ROW_DATE_INVALID, columns.leftOnName ?? 'slutdatum');
          return undefined;
        }
      }
      diploma = isYes(cell(cells, columns.diploma));
    }
    return {
      line,
      pnr: pin.normalized,
      coordination: pin.coordinationNumber,
      dob: pin.dateOfBirth,
      givenName,
      familyName,
      school,
      leftOn,
      diploma,
    };
  }

  private async insertRows(importId: string, rows: ParsedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.tx.manager.query(
      `INSERT INTO target_group_import_row
         (import_id, line, personal_identity_number, coordination_number, date_of_birth, given_name, family_name,
          school_name, left_on, diploma)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::boolean[], $5::date[], $6::text[], $7::text[], $8::text[],
                                $9::date[], $10::boolean[])`,
      [
        importId,
        rows.map((r) => r.line),
        rows.map((r) => r.pnr),
        rows.map((r) => r.coordination),
        rows.map((r) => r.dob),
        rows.map((r) => r.givenName),
        rows.map((r) => r.familyName),
        rows.map((r) => r.school),
        rows.map((r) => r.leftOn),
        rows.map((r) => r.diploma),
      ],
    );
  }

  // Deletes the rows of imports older than IMPORT_ROWS_KEEP_DAYS; returns how many.
  async pruneImportRows(now: Date): Promise<number> {
    const result = await this.tx.manager.query<[unknown[], number]>(
      `DELETE FROM target_group_import_row r USING target_group_import i
        WHERE r.import_id = i.id AND i.created_at < $1::timestamptz - make_interval(days => $2)`,
      [now, IMPORT_ROWS_KEEP_DAYS],
    );
    return result[1];
  }

  // --- Matching ---

  async runMatching(context: JobContext): Promise<JobOutcome> {
    const { id, actor } = payloadOf(context);
    const db = this.tx.manager.connection;
    const run = await db.getRepository(TargetGroupRunEntity).findOneByOrFail({ id });
    if (run.status !== TargetGroupRunStatus.QUEUED) return { result: resultOf(run) };
    const municipality = await this.municipality(run.municipalityId);
    const today = dayIn(municipality.timeZone, context.now);
    try {
      const done = await this.tx.run(
        async () => {
          // One run at a time per municipality: two would race over the same queue.
          await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('brygga.target-group.' || $1))`, [
            run.municipalityId,
          ]);
          const [counts] = await this.tx.manager.query<
            Array<{
              residents: number;
              in_band: number;
              enrolled: number;
              new: number;
              still: number;
              left: number;
              dismissed: number;
            }>
          >(MATCH_SQL, [
            run.municipalityId,
            run.kaaUnitId,
            run.populationImportId,
            run.enrollmentImportIds,
            today,
            run.id,
            context.now,
            run.listsDate,
          ]);
          if (!counts) throw new Error('the matching returned no counts');
          const values = {
            residents: counts.residents,
            inAgeBand: counts.in_band,
            enrolled: counts.enrolled,
            newCount: counts.new,
            stillCount: counts.still,
            leftCount: counts.left,
            unknownCount: counts.new + counts.still,
            dismissedCount: counts.dismissed,
          };
          await this.tx.manager
            .getRepository(TargetGroupRunEntity)
            .update(
              { id: run.id },
              { ...values, status: TargetGroupRunStatus.SUCCEEDED, judgedOn: today, finishedAt: context.now },
            );
          await this.audit.record(actor, {
            action: 'target_group_run.complete',
            subjectType: 'TargetGroupRun',
            subjectId: run.id,
            summary: {
              new: values.newCount,
              still: values.stillCount,
              left: values.leftCount,
              unknown: values.unknownCount,
            },
          });
          return { ...run, ...values };
        },
        { requireAudit: true },
      );
      return { result: resultOf(done) };
    } catch (error) {
      if (error instanceof DomainError || context.job.attempts >= context.job.maxAttempts) {
        await db
          .getRepository(TargetGroupRunEntity)
          .update({ id: run.id }, { status: TargetGroupRunStatus.FAILED, finishedAt: context.now });
      }
      throw error;
    }
  }
}

function resultOf(run: Pick<TargetGroupRunEntity, 'newCount' | 'stillCount' | 'leftCount' | 'unknownCount'>) {
  return { new: run.newCount, still: run.stillCount, left: run.leftCount, unknown: run.unknownCount };
}

// The matching, set-based over the whole municipality in one statement (DESIGN.md §6).
// $1 municipality, $2 KAA unit, $3 population import, $4 enrolment imports, $5 the municipality's
// day, $6 the run, $7 now, $8 the lists' day.
//
// In the age band: from 1 July of the year the person turns 16 (compulsory school ends in June)
// to the day before the 20th birthday (date + interval gives 28 February for 29 February, as
// anniversary() does). Enrolled: in a list without a leaving day, or leaving after the list's day.
// A candidate is resident, in the band, enrolled nowhere, holds no diploma by any list, and is
// not in the register; a coordinator's dismissal keeps them out of the queue.
const MATCH_SQL = `
WITH pop AS (
  SELECT DISTINCT ON (r.personal_identity_number)
         r.personal_identity_number AS pnr, r.coordination_number AS coord, r.date_of_birth AS dob,
         r.given_name, r.family_name
    FROM target_group_import_row r
   WHERE r.import_id = $3
   ORDER BY r.personal_identity_number, r.line
),
band AS (
  SELECT * FROM pop
   WHERE $5::date >= make_date(extract(year FROM dob)::int + 16, 7, 1)
     AND $5::date < (dob + interval '20 years')::date
),
enr AS (
  SELECT r.personal_identity_number AS pnr,
         bool_or(r.left_on IS NULL OR r.left_on > i.as_of) AS enrolled,
         bool_or(r.diploma) AS diploma,
         (array_agg(r.school_name ORDER BY i.as_of DESC) FILTER (WHERE r.left_on IS NULL OR r.left_on > i.as_of))[1]
           AS enrolled_school,
         (array_agg(r.school_name ORDER BY r.left_on DESC) FILTER (WHERE r.diploma))[1] AS diploma_school,
         (array_agg(r.school_name ORDER BY r.left_on DESC) FILTER (WHERE r.left_on <= i.as_of))[1] AS left_school,
         max(r.left_on) FILTER (WHERE r.left_on <= i.as_of) AS left_on
    FROM target_group_import_row r
    JOIN target_group_import i ON i.id = r.import_id
   WHERE r.import_id = ANY($4::uuid[])
   GROUP BY r.personal_identity_number
),
cand AS (
  SELECT b.*, e.left_school, e.left_on
    FROM band b
    LEFT JOIN enr e ON e.pnr = b.pnr
   WHERE NOT coalesce(e.enrolled, false) AND NOT coalesce(e.diploma, false)
     AND NOT EXISTS (SELECT 1 FROM young_person yp WHERE yp.municipality_id = $1 AND yp.personal_identity_number = b.pnr)
),
prev AS (
  SELECT c.id, c.personal_identity_number AS pnr, c.status FROM target_group_check c WHERE c.municipality_id = $1
),
reopened AS (
  UPDATE target_group_check c
     SET status = 'TO_CHECK', kaa_unit_id = $2, given_name = cand.given_name, family_name = cand.family_name,
         lists_date = $8, last_school = cand.left_school, left_school_on = cand.left_on, last_run_id = $6,
         opened_at = CASE WHEN p.status = 'LEFT' THEN $7 ELSE c.opened_at END,
         left_reason = NULL, left_school = NULL, left_at = NULL, version = c.version + 1
    FROM cand JOIN prev p ON p.pnr = cand.pnr
   WHERE c.id = p.id AND p.status IN ('TO_CHECK', 'LEFT')
  RETURNING p.status AS was
),
inserted AS (
  INSERT INTO target_group_check
    (municipality_id, kaa_unit_id, personal_identity_number, coordination_number, date_of_birth, given_name,
     family_name, status, lists_date, last_school, left_school_on, first_run_id, last_run_id, opened_at)
  SELECT $1, $2, cand.pnr, cand.coord, cand.dob, cand.given_name, cand.family_name, 'TO_CHECK', $8,
         cand.left_school, cand.left_on, $6, $6, $7
    FROM cand
   WHERE NOT EXISTS (SELECT 1 FROM prev WHERE prev.pnr = cand.pnr)
  RETURNING id
),
gone AS (
  UPDATE target_group_check c
     SET status = 'LEFT', last_run_id = $6, left_at = $7, version = c.version + 1,
         left_reason = CASE
           WHEN e.enrolled THEN 'IN_ENROLLMENT_LIST'
           WHEN e.diploma THEN 'DIPLOMA_RECORDED'
           WHEN EXISTS (SELECT 1 FROM young_person yp WHERE yp.municipality_id = $1 AND yp.personal_identity_number = p.pnr)
             THEN 'REGISTERED'
           WHEN pop.pnr IS NULL THEN 'NOT_RESIDENT'
           ELSE 'OUTSIDE_AGE_BAND' END,
         left_school = CASE WHEN e.enrolled THEN e.enrolled_school WHEN e.diploma THEN e.diploma_school END
    FROM prev p
    LEFT JOIN pop ON pop.pnr = p.pnr
    LEFT JOIN enr e ON e.pnr = p.pnr
   WHERE c.id = p.id AND p.status = 'TO_CHECK' AND NOT EXISTS (SELECT 1 FROM cand WHERE cand.pnr = p.pnr)
  RETURNING c.id
)
SELECT (SELECT count(*) FROM pop)::int AS residents,
       (SELECT count(*) FROM band)::int AS in_band,
       (SELECT count(*) FROM band JOIN enr ON enr.pnr = band.pnr WHERE enr.enrolled)::int AS enrolled,
       ((SELECT count(*) FROM inserted) + (SELECT count(*) FROM reopened WHERE was = 'LEFT'))::int AS new,
       (SELECT count(*) FROM reopened WHERE was = 'TO_CHECK')::int AS still,
       (SELECT count(*) FROM gone)::int AS left,
       (SELECT count(*) FROM cand JOIN prev p ON p.pnr = cand.pnr WHERE p.status IN ('DISMISSED', 'REGISTERED'))::int
         AS dismissed`;
