import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';

import { AuditService, type AuditActor } from '@app/core/audit';
import { dayIn } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FileStore } from '@app/core/files';
import { JobQueue, JobRunner, type JobContext, type JobOutcome } from '@app/core/jobs';
import { parseFileDate, splitFullName } from '@app/target-group';
import {
  CompulsorySchoolStatus,
  EligibilityRule,
  failedEligibilityRules,
  parseIdentityNumber,
  UpperSecondaryStatus,
  YoungPeopleRepository,
  type ImportSnapshotRow,
} from '@app/young-people';

import { RegisterImportEntity } from './entities/register-import.entity';
import {
  isEmailAddress,
  isPhone,
  parseReason,
  parseStatus,
  resolveRegisterColumns,
  type ResolvedColumns,
} from './register-columns';
import { RegisterImportAction, RegisterImportField, RegisterImportStatus } from './register-import.enums';
import { RegisterImportRepository, type NewRow } from './register-import.repository';

export const DRY_RUN_JOB = 'register-import.dry-run';

// Hours a dry run that is never run is kept: its rows hold identity numbers and names of the
// whole register file, so they go after a day (the file itself is kept uploadKeepDays).
export const REGISTER_IMPORT_KEEP_HOURS = 24;

// Rows compared with the register per statement, and how often progress is reported.
const BATCH = 500;

export interface RegisterImportJobPayload extends Record<string, unknown> {
  id: string;
  actor: AuditActor;
}

// The facts that make a young person eligible are those of an existing register: the
// municipality has judged them already, so only the age on the registration day is checked
// here (as registerYoungPerson does, with the same rule).
export const IMPORTED_ELIGIBILITY = {
  compulsorySchool: CompulsorySchoolStatus.COMPLETED,
  upperSecondary: UpperSecondaryStatus.NEVER_STARTED,
};

interface Candidate {
  line: number;
  pnr: string;
  givenName: string | null;
  familyName: string | null;
  coordinatorId: string | null;
  registeredOn: string | null;
  dateOfBirth: string;
  status: string | null;
  reason: string;
  phone: string | null;
  email: string | null;
}

function cell(cells: readonly string[], column: { index: number } | undefined): string {
  return column === undefined ? '' : (cells[column.index] ?? '').trim();
}

function payloadOf(context: JobContext): RegisterImportJobPayload {
  const payload = context.job.payload as Partial<RegisterImportJobPayload>;
  if (typeof payload.id !== 'string' || !payload.actor) throw new Error('register-import job without its payload');
  return payload as RegisterImportJobPayload;
}

function refused(line: number, code: string, field: string | null): NewRow {
  return {
    line,
    action: RegisterImportAction.REFUSED,
    code,
    field,
    changes: [],
    personalIdentityNumber: null,
    givenName: null,
    familyName: null,
    coordinatorId: null,
    registeredOn: null,
    status: null,
    registrationReason: null,
    phone: null,
    email: null,
    youngPersonId: null,
    youngPersonVersion: null,
    enrollmentId: null,
    enrollmentVersion: null,
  };
}

// The dry run of a register file: reads every row, compares it with the register and writes
// the report (register_import_row). It never writes the register.
@Injectable()
export class RegisterImportJobs implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tx: TransactionHost,
    private readonly files: FileStore,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly repository: RegisterImportRepository,
    private readonly youngPeople: YoungPeopleRepository,
    // Absent where the jobs are driven by hand (tests): then nothing is scheduled.
    private readonly runner?: JobRunner,
    private readonly config?: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.register(DRY_RUN_JOB, (context) => this.runDryRun(context));
  }

  onApplicationBootstrap(): void {
    const seconds = this.config?.scheduleSeconds('KAA_JOBS_INTERVAL_SECONDS') ?? 0;
    if (seconds === 0 || !this.runner) return;
    const runner = this.runner;
    this.timer = setInterval(
      () =>
        void runner
          .run('register-import-expiry', async (now) => ({ deleted: await this.pruneExpired(now) }))
          .catch(() => undefined),
      seconds * 1000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  // Deletes the dry runs nobody ran within REGISTER_IMPORT_KEEP_HOURS, with their rows (which
  // hold identity numbers and names); an applied import is kept (its rows were cleared when it
  // ran). The schedule calls it; tests call it with their own instant.
  pruneExpired(now: Date): Promise<number> {
    return this.repository.pruneDryRuns(now, REGISTER_IMPORT_KEEP_HOURS);
  }

  async runDryRun(context: JobContext): Promise<JobOutcome> {
    const { id, actor } = payloadOf(context);
    const db = this.tx.manager.connection;
    const entry = await db.getRepository(RegisterImportEntity).findOneByOrFail({ id });
    if (entry.status !== RegisterImportStatus.QUEUED) {
      return { result: { rows: entry.rowCount, refused: entry.refusedCount } };
    }
    const [zone] = await db.query<Array<{ time_zone: string }>>('SELECT time_zone FROM municipality WHERE id = $1', [
      entry.municipalityId,
    ]);
    const today = dayIn(zone?.time_zone ?? 'Europe/Stockholm', context.now);
    try {
      const counts = await this.tx.run(
        async () => {
          const file = await this.files.find(entry.municipalityId, entry.fileId);
          if (!file) throw new DomainError(ErrorCode.FILE_NOT_FOUND, 'The uploaded file is no longer there');
          const table = await this.files.table(file);
          const columns = resolveRegisterColumns(table.columns, entry.columns);
          const coordinators = await this.repository.coordinatorsByEmail(entry.kaaUnitId);
          const seen = new Set<string>();
          let done: NewRow[] = [];
          let candidates: Candidate[] = [];
          let count = 0;
          const flush = async (): Promise<void> => {
            const snapshot = await this.youngPeople.importSnapshot(
              entry.municipalityId,
              candidates.map((c) => c.pnr),
            );
            const byPnr = new Map(snapshot.map((row) => [row.personalIdentityNumber, row]));
            for (const candidate of candidates) {
              done.push(this.decide(candidate, byPnr.get(candidate.pnr), entry, columns));
            }
            await this.repository.insertRows(entry.id, done);
            done = [];
            candidates = [];
          };
          for await (const row of table.rows) {
            count += 1;
            const parsed = this.parseRow(row.line, row.cells, columns, entry, coordinators, today, seen);
            if ('action' in parsed) done.push(parsed);
            else candidates.push(parsed);
            if (candidates.length + done.length >= BATCH) await flush();
            if (count % BATCH === 0) await context.progress(count);
          }
          await flush();
          await context.progress(count, count);
          if (count === 0)
            throw new DomainError(ErrorCode.REGISTER_IMPORT_NO_ROWS, 'The file has a header and no rows');
          const totals = await this.repository.countRows(entry.id);
          await this.repository.finishDryRun(entry.id, totals, context.now);
          await this.audit.record(actor, {
            action: 'register_import.dry_run_complete',
            subjectType: 'RegisterImport',
            subjectId: entry.id,
            summary: { ...totals },
          });
          return totals;
        },
        { requireAudit: true },
      );
      return { result: { ...counts } };
    } catch (error) {
      if (error instanceof DomainError) {
        await this.refuse(entry, actor, context.now, error.code);
      } else if (context.job.attempts >= context.job.maxAttempts) {
        // The queue gives up after this attempt: the dry run must not stay "being read".
        await this.refuse(entry, actor, context.now, 'JOB_FAILED');
      }
      throw error;
    }
  }

  private async refuse(entry: RegisterImportEntity, actor: AuditActor, now: Date, code: string): Promise<void> {
    await this.tx.run(
      async () => {
        await this.repository.refuseDryRun(entry.id, code, now);
        await this.audit.record(actor, {
          action: 'register_import.refuse',
          subjectType: 'RegisterImport',
          subjectId: entry.id,
          summary: { code },
        });
      },
      { requireAudit: true },
    );
  }

  // One row on its own: the checks that need no register (identity number, duplicates in the
  // file, values). Answers a refused row or a candidate to compare with the register.
  private parseRow(
    line: number,
    cells: readonly string[],
    columns: ResolvedColumns,
    entry: RegisterImportEntity,
    coordinators: Map<string, string>,
    today: string,
    seen: Set<string>,
  ): NewRow | Candidate {
    const pinColumn = columns.identityNumber?.name ?? 'personnummer';
    const raw = cell(cells, columns.identityNumber);
    if (/^\d+([.,]\d+)?e\+?\d+$/i.test(raw)) {
      return refused(line, ErrorCode.REGISTER_IMPORT_ROW_IDENTITY_NUMBER_SCIENTIFIC, pinColumn);
    }
    let pin;
    try {
      pin = parseIdentityNumber(raw.replace(/\s/g, ''), today);
    } catch {
      return refused(line, ErrorCode.REGISTER_IMPORT_ROW_IDENTITY_NUMBER_INVALID, pinColumn);
    }
    // One person twice (in whatever form the number was written): the later rows are refused,
    // so the run never registers anyone twice.
    if (seen.has(pin.normalized)) return refused(line, ErrorCode.REGISTER_IMPORT_ROW_DUPLICATE, pinColumn);
    seen.add(pin.normalized);

    let givenName: string | null = cell(cells, columns.givenName) || null;
    let familyName: string | null = cell(cells, columns.familyName) || null;
    if (!givenName && !familyName && columns.fullName) {
      ({ givenName, familyName } = splitFullName(cell(cells, columns.fullName)));
    }
    for (const [value, column] of [
      [givenName, columns.givenName ?? columns.fullName],
      [familyName, columns.familyName ?? columns.fullName],
    ] as const) {
      if ((value?.length ?? 0) > 100) {
        return refused(line, ErrorCode.REGISTER_IMPORT_ROW_VALUE_INVALID, column?.name ?? null);
      }
    }

    const email = cell(cells, columns.coordinatorEmail).toLowerCase();
    let coordinatorId: string | null = null;
    if (email) {
      coordinatorId = coordinators.get(email) ?? null;
      if (!coordinatorId) {
        return refused(line, ErrorCode.REGISTER_IMPORT_ROW_COORDINATOR_UNKNOWN, columns.coordinatorEmail?.name ?? null);
      }
    }

    const dateText = cell(cells, columns.registeredOn);
    let registeredOn: string | null = null;
    if (dateText) {
      registeredOn = parseFileDate(dateText);
      if (!registeredOn || registeredOn > today || registeredOn < pin.dateOfBirth) {
        return refused(line, ErrorCode.REGISTER_IMPORT_ROW_DATE_INVALID, columns.registeredOn?.name ?? null);
      }
    }

    const statusText = cell(cells, columns.status);
    const status = statusText ? parseStatus(statusText) : null;
    if (status === undefined) {
      return refused(line, ErrorCode.REGISTER_IMPORT_ROW_VALUE_INVALID, columns.status?.name ?? null);
    }
    const reasonText = cell(cells, columns.registrationReason);
    const reason = reasonText ? parseReason(reasonText) : entry.defaultRegistrationReason;
    if (reason === undefined) {
      return refused(line, ErrorCode.REGISTER_IMPORT_ROW_VALUE_INVALID, columns.registrationReason?.name ?? null);
    }
    const phone = cell(cells, columns.phone) || null;
    if (phone && !isPhone(phone)) {
      return refused(line, ErrorCode.REGISTER_IMPORT_ROW_VALUE_INVALID, columns.phone?.name ?? null);
    }
    const contactEmail = cell(cells, columns.email) || null;
    if (contactEmail && !isEmailAddress(contactEmail)) {
      return refused(line, ErrorCode.REGISTER_IMPORT_ROW_VALUE_INVALID, columns.email?.name ?? null);
    }
    return {
      line,
      pnr: pin.normalized,
      givenName,
      familyName,
      coordinatorId,
      registeredOn,
      dateOfBirth: pin.dateOfBirth,
      status,
      reason,
      phone,
      email: contactEmail,
    };
  }

  // The row against the register: a new registration, a change, nothing, or refused.
  private decide(
    c: Candidate,
    found: ImportSnapshotRow | undefined,
    entry: RegisterImportEntity,
    columns: ResolvedColumns,
  ): NewRow {
    const base = {
      line: c.line,
      code: null,
      field: null,
      personalIdentityNumber: c.pnr,
      givenName: c.givenName,
      familyName: c.familyName,
      coordinatorId: c.coordinatorId,
      registeredOn: c.registeredOn,
      status: c.status,
      registrationReason: c.reason,
      phone: c.phone,
      email: c.email,
      youngPersonId: null,
      youngPersonVersion: null,
      enrollmentId: null,
      enrollmentVersion: null,
    };
    if (!found?.youngPersonId) {
      if (found?.elsewhere) {
        return refused(
          c.line,
          ErrorCode.REGISTER_IMPORT_ROW_REGISTERED_ELSEWHERE,
          columns.identityNumber?.name ?? null,
        );
      }
      if (!c.givenName || !c.familyName) {
        const column = (!c.givenName ? columns.givenName : columns.familyName) ?? columns.fullName;
        return refused(c.line, ErrorCode.REGISTER_IMPORT_ROW_VALUE_MISSING, column?.name ?? 'namn');
      }
      if (!c.registeredOn) {
        return refused(
          c.line,
          ErrorCode.REGISTER_IMPORT_ROW_VALUE_MISSING,
          columns.registeredOn?.name ?? 'registreringsdatum',
        );
      }
      const failed = failedEligibilityRules({
        dateOfBirth: c.dateOfBirth,
        registeredOn: c.registeredOn,
        ...IMPORTED_ELIGIBILITY,
      });
      if (failed.includes(EligibilityRule.UNDER_20)) {
        return refused(c.line, ErrorCode.REGISTER_IMPORT_ROW_NOT_ELIGIBLE, columns.registeredOn?.name ?? null);
      }
      return { ...base, action: RegisterImportAction.CREATE, changes: [] };
    }
    if (found.kaaUnitId !== entry.kaaUnitId) {
      return refused(c.line, ErrorCode.REGISTER_IMPORT_ROW_OTHER_UNIT, columns.identityNumber?.name ?? null);
    }
    if (!found.enrollmentId) {
      return refused(c.line, ErrorCode.REGISTER_IMPORT_ROW_REGISTRATION_ENDED, columns.identityNumber?.name ?? null);
    }
    // Only what the file states is compared: an empty cell changes nothing.
    const changes: string[] = [];
    if (c.givenName && c.givenName !== found.givenName) changes.push(RegisterImportField.GIVEN_NAME);
    if (c.familyName && c.familyName !== found.familyName) changes.push(RegisterImportField.FAMILY_NAME);
    if (c.coordinatorId && c.coordinatorId !== found.coordinatorId) changes.push(RegisterImportField.COORDINATOR);
    if (c.status && c.status !== found.status) changes.push(RegisterImportField.STATUS);
    return {
      ...base,
      action: changes.length > 0 ? RegisterImportAction.UPDATE : RegisterImportAction.UNCHANGED,
      changes,
      youngPersonId: found.youngPersonId,
      youngPersonVersion: found.youngPersonVersion,
      enrollmentId: found.enrollmentId,
      enrollmentVersion: found.enrollmentVersion,
    };
  }
}
