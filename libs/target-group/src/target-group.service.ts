import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { Clock } from '@app/core/clock';
import { actorOf, AuditService, type AuditActor } from '@app/core/audit';
import { isUniqueViolation } from '@app/core/database';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import { FileStore } from '@app/core/files';
import type { Caller, Page } from '@app/core/graphql';
import { JobQueue } from '@app/core/jobs';
import { EnrollmentStatus, YoungPeopleService } from '@app/young-people';

import type {
  DismissTargetGroupCheckInput,
  ImportTargetGroupFileInput,
  RegisterTargetGroupCheckInput,
  StartTargetGroupRunInput,
} from './dto/target-group.inputs';
import type { TargetGroupCheckEntity } from './entities/target-group-check.entity';
import type { TargetGroupImportEntity } from './entities/target-group-import.entity';
import type { TargetGroupRunEntity } from './entities/target-group-run.entity';
import { IMPORT_JOB, RUN_JOB, type TargetGroupJobPayload } from './target-group.jobs';
import {
  TargetGroupCheckStatus,
  TargetGroupImportKind,
  TargetGroupImportStatus,
  TargetGroupRunStatus,
} from './target-group.enums';
import { TargetGroupRepository } from './target-group.repository';

export interface Overview {
  toCheck: number;
  registeredUnknown: number;
  lastRun: TargetGroupRunEntity | null;
}

@Injectable()
export class TargetGroupService {
  constructor(
    private readonly repository: TargetGroupRepository,
    private readonly youngPeople: YoungPeopleService,
    private readonly files: FileStore,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // --- Imports ---

  // Queues the reading of an uploaded file. The same file imported again as the same kind is the
  // import already made (nothing is read twice).
  async importFile(
    { principal, ability }: Caller,
    input: ImportTargetGroupFileInput,
  ): Promise<TargetGroupImportEntity> {
    const scope = { municipalityId: principal.municipalityId, kaaUnitId: principal.organizationId };
    if (!ability.can('create', subject('TargetGroupImport', scope))) throw forbidden();
    if (input.asOf > principal.today) {
      throw new DomainError(ErrorCode.TARGET_GROUP_DATE_INVALID, 'The day of the file is in the future', {
        field: 'asOf',
      });
    }
    const file = await this.files.find(principal.municipalityId, input.fileId);
    // Only the uploader's own file (the same answer as a file that is not there).
    if (!file || file.createdById !== principal.userId) {
      throw new DomainError(ErrorCode.FILE_NOT_FOUND, 'No such file');
    }
    const existing = await this.repository.importOfFile(principal.municipalityId, file.id, input.kind);
    if (existing) {
      if (!(await this.repository.findImport(ability, existing.id))) throw notFound('TargetGroupImport');
      await this.audit.record(actorOf(principal), {
        action: 'target_group_import.start',
        subjectType: 'TargetGroupImport',
        subjectId: existing.id,
        summary: { kind: input.kind, fileId: file.id, repeated: true },
      });
      return existing;
    }
    const entry = await this.repository
      .insertImport({
        ...scope,
        kind: input.kind,
        fileId: file.id,
        fileName: file.fileName,
        asOf: input.asOf,
        schoolName: input.schoolName?.trim() || null,
        status: TargetGroupImportStatus.QUEUED,
        jobId: null,
        rowCount: 0,
        errorCount: 0,
        errorCode: null,
        errors: [],
        createdById: principal.userId,
        createdAt: this.clock.now(),
        finishedAt: null,
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_target_group_import_file')) {
          throw new DomainError(ErrorCode.CONFLICT, 'The file is being imported already');
        }
        throw error;
      });
    const payload: TargetGroupJobPayload = { id: entry.id, actor: actorOf(principal) };
    const job = await this.queue.enqueue({
      municipalityId: principal.municipalityId,
      kind: IMPORT_JOB,
      payload,
      createdById: principal.userId,
      idempotencyKey: `import:${entry.id}`,
    });
    entry.jobId = job.id;
    await this.repository.setImportJob(entry.id, job.id);
    await this.audit.record(actorOf(principal), {
      action: 'target_group_import.start',
      subjectType: 'TargetGroupImport',
      subjectId: entry.id,
      summary: { kind: input.kind, fileId: file.id, jobId: job.id },
    });
    return entry;
  }

  async getImport({ ability }: Caller, id: string): Promise<TargetGroupImportEntity> {
    const found = await this.repository.findImport(ability, id);
    if (!found) throw notFound('TargetGroupImport');
    return found;
  }

  imports({ ability }: Caller, page: { first?: number; after?: string }): Promise<Page<TargetGroupImportEntity>> {
    return this.repository.importPage(ability, page);
  }

  // --- Runs ---

  async startRun({ principal, ability }: Caller, input: StartTargetGroupRunInput): Promise<TargetGroupRunEntity> {
    const scope = { municipalityId: principal.municipalityId, kaaUnitId: principal.organizationId };
    if (!ability.can('create', subject('TargetGroupRun', scope))) throw forbidden();
    const ids = [...new Set([input.populationImportId, ...input.enrollmentImportIds])];
    const found = new Map((await this.repository.importsByIds(ability, ids)).map((row) => [row.id, row]));
    // An import whose rows have been deleted (kept IMPORT_ROWS_KEEP_DAYS) cannot feed a run.
    const withRows = await this.repository.importsWithRows(ids);
    const ready = (id: string, kind: TargetGroupImportKind): TargetGroupImportEntity => {
      const row = found.get(id);
      if (!row || row.kind !== kind || row.status !== TargetGroupImportStatus.SUCCEEDED || !withRows.has(id)) {
        throw new DomainError(ErrorCode.TARGET_GROUP_IMPORT_NOT_READY, 'The import is not a finished one of its kind', {
          importId: id,
        });
      }
      return row;
    };
    const population = ready(input.populationImportId, TargetGroupImportKind.POPULATION);
    const lists = [...new Set(input.enrollmentImportIds)].map((id) => ready(id, TargetGroupImportKind.ENROLLMENT));
    const run = await this.repository.insertRun({
      ...scope,
      status: TargetGroupRunStatus.QUEUED,
      populationImportId: population.id,
      enrollmentImportIds: lists.map((row) => row.id),
      populationFileName: population.fileName,
      enrollmentFileNames: lists.map((row) => row.fileName),
      listsDate:
        lists
          .map((row) => row.asOf)
          .sort()
          .reverse()[0] ?? population.asOf,
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
      createdById: principal.userId,
      createdAt: this.clock.now(),
      finishedAt: null,
    });
    const payload: TargetGroupJobPayload = { id: run.id, actor: actorOf(principal) };
    const job = await this.queue.enqueue({
      municipalityId: principal.municipalityId,
      kind: RUN_JOB,
      payload,
      createdById: principal.userId,
      idempotencyKey: `run:${run.id}`,
    });
    run.jobId = job.id;
    await this.repository.setRunJob(run.id, job.id);
    await this.audit.record(actorOf(principal), {
      action: 'target_group_run.start',
      subjectType: 'TargetGroupRun',
      subjectId: run.id,
      summary: { populationImportId: population.id, enrollmentImportIds: run.enrollmentImportIds, jobId: job.id },
    });
    return run;
  }

  runs({ ability }: Caller, page: { first?: number; after?: string }): Promise<Page<TargetGroupRunEntity>> {
    return this.repository.runPage(ability, page);
  }

  async getRun({ ability }: Caller, id: string): Promise<TargetGroupRunEntity> {
    const found = await this.repository.findRun(ability, id);
    if (!found) throw notFound('TargetGroupRun');
    return found;
  }

  // --- The queue ---

  checks(
    { ability }: Caller,
    args: { status?: TargetGroupCheckStatus; first?: number; after?: string },
  ): Promise<Page<TargetGroupCheckEntity>> {
    return this.repository.checkPage(ability, { status: args.status }, args);
  }

  async getCheck({ ability }: Caller, id: string): Promise<TargetGroupCheckEntity> {
    const found = await this.repository.findCheck(ability, id);
    if (!found) throw notFound('TargetGroupCheck');
    return found;
  }

  private async toDecide({ ability }: Caller, id: string): Promise<TargetGroupCheckEntity> {
    const check = await this.repository.findCheck(ability, id, 'update');
    if (!check) throw notFound('TargetGroupCheck');
    if (check.status !== TargetGroupCheckStatus.TO_CHECK) throw decided();
    return check;
  }

  // A person decides: the young person is registered through the register's own rules and audit,
  // and takes the entry's id.
  async register(caller: Caller, input: RegisterTargetGroupCheckInput): Promise<TargetGroupCheckEntity> {
    const check = await this.toDecide(caller, input.checkId);
    const person = await this.youngPeople.register(
      caller,
      {
        personalIdentityNumber: check.personalIdentityNumber,
        givenName: input.givenName,
        familyName: input.familyName,
        contact: input.contact,
        coordinatorId: input.coordinatorId,
        enrollment: input.enrollment,
      },
      { id: check.id },
    );
    const { principal } = caller;
    const changed = await this.repository.decide(check.id, {
      status: TargetGroupCheckStatus.REGISTERED,
      youngPersonId: person.id,
      decidedById: principal.userId,
      decidedAt: this.clock.now(),
    });
    if (!changed) throw decided();
    await this.audit.record(actorOf(principal), {
      action: 'target_group_check.register',
      subjectType: 'TargetGroupCheck',
      subjectId: check.id,
      summary: { youngPersonId: person.id },
    });
    return this.repository.reloadCheck(check.id);
  }

  async dismiss(caller: Caller, input: DismissTargetGroupCheckInput): Promise<TargetGroupCheckEntity> {
    const check = await this.toDecide(caller, input.checkId);
    const { principal } = caller;
    const changed = await this.repository.decide(check.id, {
      status: TargetGroupCheckStatus.DISMISSED,
      dismissReason: input.reason,
      decidedById: principal.userId,
      decidedAt: this.clock.now(),
    });
    if (!changed) throw decided();
    await this.audit.record(actorOf(principal), {
      action: 'target_group_check.dismiss',
      subjectType: 'TargetGroupCheck',
      subjectId: check.id,
      summary: { reason: input.reason },
    });
    return this.repository.reloadCheck(check.id);
  }

  // For libs/signals: a drop-out signal opens (or refreshes) the person's entry in the queue of
  // the municipality's KAA unit. The signal was authorised and audited by its sender; the entry
  // is audited here as the queue's own change.
  async openFromSignal(
    actor: AuditActor,
    values: Parameters<TargetGroupRepository['openFromSignal']>[0],
  ): Promise<string | null> {
    const id = await this.repository.openFromSignal(values);
    if (id) {
      await this.audit.record(actor, {
        action: 'target_group_check.open_from_signal',
        subjectType: 'TargetGroupCheck',
        subjectId: id,
        summary: { signalId: values.signalId },
      });
    }
    return id;
  }

  async overview(caller: Caller): Promise<Overview> {
    const toCheck = await this.repository.countChecks(caller.ability, TargetGroupCheckStatus.TO_CHECK);
    const statuses = await this.youngPeople.caseloadStatusCounts(caller, undefined);
    const registeredUnknown = statuses.find((row) => row.status === EnrollmentStatus.UNKNOWN)?.count ?? 0;
    const lastRun = await this.repository.latestRun(caller.ability);
    return { toCheck, registeredUnknown, lastRun };
  }
}

function decided(): DomainError {
  return new DomainError(ErrorCode.TARGET_GROUP_CHECK_DECIDED, 'The entry is no longer to be checked');
}
