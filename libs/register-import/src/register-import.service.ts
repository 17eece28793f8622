import { subject } from '@casl/ability';
import { Injectable, type OnModuleInit } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import { FileStore } from '@app/core/files';
import { CallerSource, type Caller, type Page } from '@app/core/graphql';
import { JobQueue, JobStatus, type JobContext, type JobOutcome } from '@app/core/jobs';
import {
  EnrollmentStatus,
  RegistrationReason,
  StatusChangeCause,
  YoungPeopleRepository,
  YoungPeopleService,
} from '@app/young-people';

import type { DryRunRegisterImportInput, RegisterImportMappingInput } from './dto/register-import.inputs';
import type { RegisterImportColumns, RegisterImportMappingEntity } from './entities/register-import-mapping.entity';
import type { RegisterImportRowEntity } from './entities/register-import-row.entity';
import type { RegisterImportEntity } from './entities/register-import.entity';
import { DRY_RUN_JOB, IMPORTED_ELIGIBILITY, type RegisterImportJobPayload } from './register-import.jobs';
import { RegisterImportAction, RegisterImportField, RegisterImportStatus } from './register-import.enums';
import { RegisterImportRepository } from './register-import.repository';

function columnsOf(input: RegisterImportMappingInput): RegisterImportColumns {
  const text = (value: string | null | undefined): string | null => value?.trim() || null;
  return {
    identityNumber: input.identityNumber.trim(),
    givenName: text(input.givenName),
    familyName: text(input.familyName),
    fullName: text(input.fullName),
    coordinatorEmail: text(input.coordinatorEmail),
    registeredOn: text(input.registeredOn),
    status: text(input.status),
    registrationReason: text(input.registrationReason),
    phone: text(input.phone),
    email: text(input.email),
  };
}

function checkNames(columns: RegisterImportColumns): void {
  if (!columns.fullName && !(columns.givenName && columns.familyName)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Map the given and family name columns, or one full-name column', {
      field: 'fullName',
    });
  }
}

// How often the run reports progress (rows applied).
const PROGRESS_EVERY = 50;

export const RUN_JOB = 'register-import.run';

export interface RegisterImportRunPayload extends Record<string, unknown> {
  id: string;
  // The membership the run acts through (rebuilt when the job runs, never stored as rights).
  userId: string;
  membershipId: string;
}

@Injectable()
export class RegisterImportService implements OnModuleInit {
  constructor(
    private readonly repository: RegisterImportRepository,
    private readonly youngPeople: YoungPeopleService,
    private readonly register: YoungPeopleRepository,
    private readonly files: FileStore,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly callers: CallerSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register(RUN_JOB, (context) => this.runJob(context));
  }

  // --- The mapping ---

  async mapping({ principal, ability }: Caller): Promise<RegisterImportMappingEntity | null> {
    if (!ability.can('read', subject('RegisterImportMapping', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    return this.repository.findMapping(principal.municipalityId);
  }

  async saveMapping(
    { principal, ability }: Caller,
    input: RegisterImportMappingInput,
  ): Promise<RegisterImportMappingEntity> {
    if (!ability.can('update', subject('RegisterImportMapping', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    const columns = columnsOf(input);
    checkNames(columns);
    const saved = await this.repository.saveMapping({
      municipalityId: principal.municipalityId,
      columns,
      defaultRegistrationReason: input.defaultRegistrationReason,
      updatedById: principal.userId,
      updatedAt: this.clock.now(),
    });
    await this.audit.record(actorOf(principal), {
      action: 'register_import_mapping.save',
      subjectType: 'RegisterImportMapping',
      subjectId: principal.municipalityId,
      summary: { ...columns, defaultRegistrationReason: input.defaultRegistrationReason, version: saved.version },
    });
    return saved;
  }

  // --- The file ---

  private async ownFile({ principal }: Caller, fileId: string) {
    const file = await this.files.find(principal.municipalityId, fileId);
    // Only the uploader's own file (the same answer as a file that is not there).
    if (!file || file.createdById !== principal.userId) throw new DomainError(ErrorCode.FILE_NOT_FOUND, 'No such file');
    return file;
  }

  // The header of an uploaded file, for the mapping form.
  async fileColumns(caller: Caller, fileId: string): Promise<string[]> {
    const { principal, ability } = caller;
    const scope = { municipalityId: principal.municipalityId, kaaUnitId: principal.organizationId };
    // A read by id: a missing or someone else's file, and a caller who may not import, are told
    // the same NOT_FOUND as every other role is told by the policy (reads-by-id e2e test).
    if (!ability.can('create', subject('RegisterImport', scope))) throw notFound('RegisterImport');
    const file = await this.files.find(principal.municipalityId, fileId);
    if (!file || file.createdById !== principal.userId) throw notFound('RegisterImport');
    const stream = this.files.open(file);
    try {
      const table = await this.files.table(file, stream);
      return table.columns.slice(0, 200).map((column) => column.slice(0, 100));
    } finally {
      stream.destroy();
    }
  }

  // --- The dry run ---

  async dryRun(caller: Caller, input: DryRunRegisterImportInput): Promise<RegisterImportEntity> {
    const { principal, ability } = caller;
    const scope = { municipalityId: principal.municipalityId, kaaUnitId: principal.organizationId };
    if (!ability.can('create', subject('RegisterImport', scope))) throw forbidden();
    const file = await this.ownFile(caller, input.fileId);
    let columns: RegisterImportColumns;
    let defaultRegistrationReason;
    if (input.mapping) {
      columns = columnsOf(input.mapping);
      checkNames(columns);
      defaultRegistrationReason = input.mapping.defaultRegistrationReason;
    } else {
      const saved = await this.repository.findMapping(principal.municipalityId);
      if (!saved) {
        throw new DomainError(ErrorCode.REGISTER_IMPORT_MAPPING_MISSING, 'No column mapping is saved or given', {
          field: 'mapping',
        });
      }
      columns = saved.columns;
      defaultRegistrationReason = saved.defaultRegistrationReason;
    }
    const entry = await this.repository.insertImport({
      ...scope,
      fileId: file.id,
      fileName: file.fileName,
      columns,
      defaultRegistrationReason,
      status: RegisterImportStatus.QUEUED,
      jobId: null,
      runJobId: null,
      rowCount: 0,
      createCount: 0,
      updateCount: 0,
      unchangedCount: 0,
      refusedCount: 0,
      errorCode: null,
      createdById: principal.userId,
      createdAt: this.clock.now(),
      finishedAt: null,
      appliedById: null,
      appliedAt: null,
    });
    const payload: RegisterImportJobPayload = { id: entry.id, actor: actorOf(principal) };
    const job = await this.queue.enqueue({
      municipalityId: principal.municipalityId,
      kind: DRY_RUN_JOB,
      payload,
      createdById: principal.userId,
      idempotencyKey: `register-import:${entry.id}`,
    });
    entry.jobId = job.id;
    await this.repository.setImportJob(entry.id, job.id);
    await this.audit.record(actorOf(principal), {
      action: 'register_import.dry_run',
      subjectType: 'RegisterImport',
      subjectId: entry.id,
      summary: { fileId: file.id, jobId: job.id },
    });
    return entry;
  }

  async get({ ability }: Caller, id: string): Promise<RegisterImportEntity> {
    const found = await this.repository.findImport(ability, id);
    if (!found) throw notFound('RegisterImport');
    return found;
  }

  async rows(
    caller: Caller,
    args: { importId: string; actions?: RegisterImportAction[]; first?: number; after?: string },
  ): Promise<Page<RegisterImportRowEntity>> {
    const entry = await this.get(caller, args.importId);
    return this.repository.rowPage(entry.id, args.actions, args);
  }

  // --- The run ---

  // Queues the run of a dry run and answers the import with its run job (runJobId): job(id)
  // shows rows done of total and, at the end, the counts. Called again while that job is queued
  // or running it answers the same job; after a failed job it queues a new one (the idempotency
  // key names the job it replaces, so two calls that saw the same state share one job). An
  // applied import is answered as it is and nothing is queued.
  async run(caller: Caller, id: string): Promise<RegisterImportEntity> {
    const { principal, ability } = caller;
    const entry = await this.repository.findImport(ability, id, 'update');
    if (!entry) throw notFound('RegisterImport');
    if (entry.status === RegisterImportStatus.APPLIED) {
      // Run twice: the first run's result, nothing applied again.
      await this.audit.record(actorOf(principal), {
        action: 'register_import.run',
        subjectType: 'RegisterImport',
        subjectId: entry.id,
        summary: { repeated: true },
      });
      return entry;
    }
    if (entry.status !== RegisterImportStatus.READY) {
      throw new DomainError(ErrorCode.REGISTER_IMPORT_NOT_READY, 'The dry run has not finished or was refused');
    }
    const previous = entry.runJobId ? await this.queue.find(principal.municipalityId, entry.runJobId) : null;
    if (previous && previous.status !== JobStatus.FAILED) {
      // Queued or running already: the same job.
      await this.audit.record(actorOf(principal), {
        action: 'register_import.run',
        subjectType: 'RegisterImport',
        subjectId: entry.id,
        summary: { jobId: previous.id, repeated: true },
      });
      return entry;
    }
    const payload: RegisterImportRunPayload = {
      id: entry.id,
      userId: principal.userId,
      membershipId: principal.membershipId,
    };
    const job = await this.queue.enqueue({
      municipalityId: principal.municipalityId,
      kind: RUN_JOB,
      payload,
      createdById: principal.userId,
      idempotencyKey: `register-import-run:${entry.id}:${previous?.id ?? 'first'}`,
    });
    await this.repository.setRunJob(entry.id, job.id);
    await this.audit.record(actorOf(principal), {
      action: 'register_import.run',
      subjectType: 'RegisterImport',
      subjectId: entry.id,
      summary: { jobId: job.id, ...(previous ? { replaces: previous.id } : {}) },
    });
    return { ...entry, runJobId: job.id };
  }

  // The run job: applies exactly what the dry run reported, in ONE transaction for the whole
  // file (every row goes through the register's own service: its rules, audit and events), so a
  // failure at any row leaves nothing written and the job is tried again from the start. It acts
  // as the team lead who queued it, whose membership and rights are read afresh. Idempotent: an
  // import already applied (a retry after a commit whose job row was not finished) applies
  // nothing and answers its counts.
  private async runJob(context: JobContext): Promise<JobOutcome> {
    const payload = context.job.payload as Partial<RegisterImportRunPayload>;
    if (
      typeof payload.id !== 'string' ||
      typeof payload.userId !== 'string' ||
      typeof payload.membershipId !== 'string'
    ) {
      throw new Error('register-import run job without its payload');
    }
    const { id, userId, membershipId } = payload;
    const counts = await this.tx.run(
      async () => {
        const caller = await this.callers.forMembership(userId, membershipId);
        // Whoever queued it may no longer run imports: the job fails with the code they would get.
        if (!caller) throw forbidden();
        const { principal } = caller;
        // One import into a municipality's register at a time.
        await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('brygga.register-import.' || $1))`, [
          principal.municipalityId,
        ]);
        const entry = await this.repository.findImport(caller.ability, id, 'update');
        if (!entry) throw notFound('RegisterImport');
        if (entry.status === RegisterImportStatus.APPLIED) {
          await this.audit.record(actorOf(principal), {
            action: 'register_import.apply',
            subjectType: 'RegisterImport',
            subjectId: entry.id,
            summary: { jobId: context.job.id, repeated: true },
          });
          return { created: 0, updated: 0, alreadyApplied: 1 };
        }
        if (entry.status !== RegisterImportStatus.READY) {
          throw new DomainError(ErrorCode.REGISTER_IMPORT_NOT_READY, 'The dry run has not finished or was refused');
        }
        const applicable = await this.repository.applicableRows(entry.id);
        // The rows it leaves (UNCHANGED) must still be as the dry run saw them, too.
        await this.assertCurrent(entry, applicable);
        const rows = applicable.filter(
          (row) => row.action === RegisterImportAction.CREATE || row.action === RegisterImportAction.UPDATE,
        );
        await context.progress(0, rows.length);
        let created = 0;
        let updated = 0;
        for (const row of rows) {
          if (row.action === RegisterImportAction.CREATE) {
            await this.create(caller, row);
            created += 1;
          } else {
            await this.change(caller, row);
            updated += 1;
          }
          if ((created + updated) % PROGRESS_EVERY === 0) await context.progress(created + updated);
        }
        await this.repository.markApplied(entry.id, principal.userId, this.clock.now());
        await this.audit.record(actorOf(principal), {
          action: 'register_import.apply',
          subjectType: 'RegisterImport',
          subjectId: entry.id,
          summary: { created, updated, unchanged: entry.unchangedCount, refused: entry.refusedCount },
        });
        await context.progress(rows.length, rows.length);
        return { created, updated };
      },
      { requireAudit: true },
    );
    return { result: counts };
  }

  // Every row as the dry run saw it: nobody registered since under a number it would create,
  // and the young people it would change or leave at the same versions.
  private async assertCurrent(entry: RegisterImportEntity, rows: RegisterImportRowEntity[]): Promise<void> {
    const numbers = rows.map((row) => row.personalIdentityNumber).filter((pnr): pnr is string => pnr !== null);
    const now = new Map(
      (await this.register.importSnapshot(entry.municipalityId, numbers)).map((row) => [
        row.personalIdentityNumber,
        row,
      ]),
    );
    for (const row of rows) {
      const current = row.personalIdentityNumber ? now.get(row.personalIdentityNumber) : undefined;
      const same =
        row.action === RegisterImportAction.CREATE
          ? !current?.youngPersonId && !current?.elsewhere
          : current?.youngPersonId === row.youngPersonId &&
            current?.youngPersonVersion === row.youngPersonVersion &&
            current?.enrollmentId === row.enrollmentId &&
            current?.enrollmentVersion === row.enrollmentVersion;
      if (!same) {
        throw new DomainError(
          ErrorCode.REGISTER_IMPORT_STALE,
          'The register has changed since the dry run; make a new dry run',
          { line: row.line },
        );
      }
    }
  }

  private async create(caller: Caller, row: RegisterImportRowEntity): Promise<void> {
    const person = await this.youngPeople.register(caller, {
      personalIdentityNumber: row.personalIdentityNumber ?? '',
      givenName: row.givenName ?? '',
      familyName: row.familyName ?? '',
      contact: { phone: row.phone, email: row.email },
      ...(row.coordinatorId ? { coordinatorId: row.coordinatorId } : {}),
      enrollment: {
        registeredOn: row.registeredOn ?? '',
        reason: row.registrationReason as RegistrationReason,
        eligibility: IMPORTED_ELIGIBILITY,
      },
    });
    const status = row.status as EnrollmentStatus | null;
    if (status && status !== EnrollmentStatus.NOT_CONTACTED) {
      // The register's own status move, with its history row; the registration was audited.
      await this.youngPeople.moveStatus(caller.principal, person.id, () => status, StatusChangeCause.MANUAL);
    }
  }

  private async change(caller: Caller, row: RegisterImportRowEntity): Promise<void> {
    const id = row.youngPersonId ?? '';
    let version = row.youngPersonVersion ?? 0;
    const changes = new Set(row.changes);
    if (changes.has(RegisterImportField.GIVEN_NAME) || changes.has(RegisterImportField.FAMILY_NAME)) {
      const person = await this.youngPeople.update(caller, {
        id,
        version,
        ...(changes.has(RegisterImportField.GIVEN_NAME) ? { givenName: row.givenName ?? '' } : {}),
        ...(changes.has(RegisterImportField.FAMILY_NAME) ? { familyName: row.familyName ?? '' } : {}),
      });
      version = person.version;
    }
    if (changes.has(RegisterImportField.COORDINATOR) && row.coordinatorId) {
      await this.youngPeople.assignCoordinator(caller, {
        youngPersonId: id,
        coordinatorId: row.coordinatorId,
        version,
      });
    }
    if (changes.has(RegisterImportField.STATUS) && row.status && row.enrollmentId) {
      await this.youngPeople.changeStatus(caller, {
        enrollmentId: row.enrollmentId,
        version: row.enrollmentVersion ?? 0,
        status: row.status as EnrollmentStatus,
      });
    }
  }
}
