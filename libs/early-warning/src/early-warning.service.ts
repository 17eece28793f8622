import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { Clock } from '@app/core/clock';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { StoredFileEntity } from '@app/core/files';
import type { Caller } from '@app/core/graphql';
import { SchoolFileImports, senderOf, type SchoolFileImportKind, type Sender } from '@app/signals';
import { parseIdentityNumber } from '@app/young-people';

import { parseAbsenceRow, resolveAbsenceColumns } from './absence-file';
import type {
  ImportAbsenceDaysInput,
  RecordAbsenceDaysInput,
  ReviewEarlyWarningInput,
  SetPupilMentorInput,
  SetStudentHealthStaffInput,
  UpdateEarlyWarningSettingsInput,
} from './dto/early-warning.inputs';
import { EarlyWarningEvaluationService, type EarlyWarningEvaluation } from './early-warning-evaluation.service';
import { checkThresholds, type EarlyWarningThresholds } from './early-warning-settings';
import { SchoolStaffFunction, SuggestionStatus } from './early-warning.enums';
import {
  EarlyWarningRepository,
  type AbsenceDayRow,
  type PresenceRow,
  type SchoolScope,
} from './early-warning.repository';
import type { EarlyWarningSettingsEntity } from './entities/early-warning-settings.entity';
import type { EarlyWarningSuggestionEntity } from './entities/early-warning-suggestion.entity';
import { SchoolAbsenceImportEntity } from './entities/school-absence-import.entity';
import type { SchoolPupilEntity } from './entities/school-pupil.entity';

// Presence is asked for at most a school year and a bit at a time.
const MAX_PRESENCE_DAYS = 400;

// Absence files: their table, audit action and codes (the rest is every school file's,
// SchoolFileImports).
const ABSENCE_IMPORT: SchoolFileImportKind<SchoolAbsenceImportEntity> = {
  entity: SchoolAbsenceImportEntity,
  lock: 'absence-import',
  audit: { action: 'early_warning.absence_import', subjectType: 'EarlyWarning' },
  operation: 'absence file import',
  codes: {
    keyReused: ErrorCode.ABSENCE_IMPORT_KEY_REUSED,
    rowsInvalid: ErrorCode.ABSENCE_IMPORT_ROWS_INVALID,
    noRows: ErrorCode.ABSENCE_IMPORT_NO_ROWS,
    otherSchool: ErrorCode.ABSENCE_ROW_OTHER_SCHOOL,
  },
};

// Who sends an absence file: a school's staff member in the app, or the school's system with its
// integration credential (POST /early-warning/absence-days/import); the same sender as the
// signals' import, one school of one municipality (its day: no absence day after it).
export type AbsenceSender = Sender;

export interface AbsenceImportResult {
  entry: SchoolAbsenceImportEntity;
  repeated: boolean;
  evaluation: EarlyWarningEvaluation | null;
}

@Injectable()
export class EarlyWarningService {
  constructor(
    private readonly repository: EarlyWarningRepository,
    private readonly evaluation: EarlyWarningEvaluationService,
    private readonly audit: AuditService,
    private readonly imports: SchoolFileImports,
    // The api clock, not `new Date()`: imports, reviews and their audit rows share one time
    // (docs/EARLY-WARNING.md), which a test moves.
    private readonly clock: Clock,
  ) {}

  // The caller's school, where they may do `action` (school staff of a school only).
  private school({ principal, ability }: Caller, action: 'create' | 'update' | 'read'): SchoolScope {
    const scope = { municipalityId: principal.municipalityId, schoolId: principal.organizationId };
    if (!ability.can(action, subject('EarlyWarning', scope))) throw forbidden();
    return scope;
  }

  // Absence days from the caller's school; the indicators then run for that school in this
  // transaction (through the job's lock: when a run is under way, the job picks them up).
  async recordAbsenceDays(
    caller: Caller,
    input: RecordAbsenceDaysInput,
  ): Promise<{ received: number; created: number; evaluation: EarlyWarningEvaluation }> {
    const { principal } = caller;
    const scope = this.school(caller, 'create');
    const rows: AbsenceDayRow[] = input.days.map((day, index) => {
      const pin = parseIdentityNumber(day.personalIdentityNumber, principal.today);
      if (day.day > principal.today) {
        throw new DomainError(ErrorCode.EARLY_WARNING_ABSENCE_INVALID, 'An absence day is in the future', {
          field: `days.${index}.day`,
        });
      }
      return {
        personalIdentityNumber: pin.normalized,
        day: day.day,
        unexcused: day.unexcused,
        className: day.className?.trim() || null,
      };
    });
    const now = this.clock.now();
    await this.repository.upsertPupils(scope, rows, now);
    const created = await this.repository.insertAbsenceDays(scope, rows, principal.userId, now);
    const evaluation = await this.evaluation.runFor(scope.municipalityId, scope.schoolId);
    await this.audit.record(actorOf(principal), {
      action: 'early_warning.absence_days',
      subjectType: 'EarlyWarning',
      subjectId: scope.schoolId,
      summary: { received: rows.length, created, opened: evaluation.opened, ran: evaluation.ran },
    });
    return { received: rows.length, created, evaluation };
  }

  // A CSV (or .xlsx) file of absence days of the caller's school, uploaded by the caller
  // (POST /files).
  async importAbsenceFile(caller: Caller, input: ImportAbsenceDaysInput): Promise<AbsenceImportResult> {
    this.school(caller, 'create');
    const file = await this.imports.uploadOf(caller, input.fileId);
    return this.importAbsenceStored(senderOf(caller), file, input.idempotencyKey);
  }

  // A stored absence file of the sender's school, read with the shared table reader in this
  // transaction (SchoolFileImports: every row or none, the same key or content the import
  // already made). A row about a pupil on another school's roll (and not on this school's) is
  // refused: the school sends its own pupils only. The indicators then run for the school.
  async importAbsenceStored(
    sender: AbsenceSender,
    file: StoredFileEntity,
    idempotencyKey: string,
  ): Promise<AbsenceImportResult> {
    const scope: SchoolScope = { municipalityId: sender.municipalityId, schoolId: sender.schoolId };
    const { entry, repeated, stored } = await this.imports.run(
      ABSENCE_IMPORT,
      sender,
      file,
      idempotencyKey,
      (header) => {
        const columns = resolveAbsenceColumns(header);
        return {
          parse: (line, cells) => parseAbsenceRow(line, cells, columns, header, sender.today),
          refuseTogether: async (rows) => {
            const others = await this.repository.otherSchoolsPupils(
              scope,
              rows.map(({ row }) => row.personalIdentityNumber),
            );
            return rows
              .filter(({ row }) => others.has(row.personalIdentityNumber))
              .map(({ line }) => ({
                line,
                code: ErrorCode.ABSENCE_ROW_OTHER_SCHOOL,
                field: header[columns.identityNumber] ?? 'personnummer',
              }));
          },
          store: async (_entry, days: AbsenceDayRow[], now) => {
            await this.repository.upsertPupils(scope, days, now);
            const created = await this.repository.insertAbsenceDays(scope, days, sender.userId, now);
            const evaluation = await this.evaluation.runFor(scope.municipalityId, scope.schoolId);
            return { created, summary: { opened: evaluation.opened, ran: evaluation.ran }, evaluation };
          },
        };
      },
    );
    return { entry, repeated, evaluation: stored?.evaluation ?? null };
  }

  // The school's pupils with class and mentor (the mentor page).
  pupils(caller: Caller): Promise<SchoolPupilEntity[]> {
    this.school(caller, 'read');
    return this.repository.schoolPupils(caller.ability);
  }

  // The indicators now for the caller's school.
  async evaluate(caller: Caller): Promise<EarlyWarningEvaluation> {
    const scope = this.school(caller, 'create');
    const result = await this.evaluation.runFor(scope.municipalityId, scope.schoolId);
    await this.audit.record(actorOf(caller.principal), {
      action: 'early_warning.evaluate_on_demand',
      subjectType: 'EarlyWarning',
      subjectId: scope.schoolId,
      summary: { ...result },
    });
    return result;
  }

  suggestions(
    caller: Caller,
    filter: { status?: SuggestionStatus; mine: boolean },
  ): Promise<EarlyWarningSuggestionEntity[]> {
    this.school(caller, 'read');
    return this.repository.suggestions(caller.ability, {
      status: filter.status,
      addressedToId: filter.mine ? caller.principal.userId : undefined,
    });
  }

  // Who looked, what they decided and what was done; an open suggestion only, once.
  async review(caller: Caller, input: ReviewEarlyWarningInput): Promise<EarlyWarningSuggestionEntity> {
    const { principal, ability } = caller;
    const found = await this.repository.findSuggestion(ability, input.suggestionId, 'update');
    if (!found) throw notFound('EarlyWarningSuggestion');
    if (found.status !== SuggestionStatus.OPEN) throw closed();
    const saved = await this.repository.review(found.id, input.version, {
      reviewedById: principal.userId,
      reviewedAt: this.clock.now(),
      decision: input.decision,
      actionTaken: input.actionTaken.trim(),
    });
    if (!saved) {
      const now = await this.repository.reloadSuggestion(found.id);
      if (now.status !== SuggestionStatus.OPEN) throw closed();
      throw conflict();
    }
    await this.audit.record(actorOf(principal), {
      action: 'early_warning.review',
      subjectType: 'EarlyWarning',
      subjectId: found.id,
      summary: { indicator: found.indicator, decision: input.decision, pupilId: found.pupilId },
    });
    return this.repository.reloadSuggestion(found.id);
  }

  async setMentor(caller: Caller, input: SetPupilMentorInput): Promise<SchoolPupilEntity> {
    const { principal } = caller;
    const scope = this.school(caller, 'update');
    const pin = parseIdentityNumber(input.personalIdentityNumber, principal.today);
    const mentor = input.mentorUserId ?? null;
    if (mentor && !(await this.repository.isSchoolStaff(scope.schoolId, mentor))) {
      throw new DomainError(ErrorCode.EARLY_WARNING_STAFF_INVALID, 'The mentor is not school staff of the school', {
        field: 'mentorUserId',
      });
    }
    const now = this.clock.now();
    const { pupil, moved } = await this.repository.setMentor(
      scope,
      pin.normalized,
      mentor,
      input.className?.trim() || null,
      now,
    );
    // The new mentor is told of the open suggestions that are now theirs, as a run would.
    if (mentor && moved > 0) {
      await this.evaluation.notifyAddressees(now, [
        { municipalityId: scope.municipalityId, userId: mentor, opened: moved, escalated: 0 },
      ]);
    }
    await this.audit.record(actorOf(principal), {
      action: 'early_warning.set_mentor',
      subjectType: 'EarlyWarning',
      subjectId: pupil.id,
      summary: { mentorUserId: mentor, className: pupil.className, suggestionsMoved: moved },
    });
    return pupil;
  }

  async setStudentHealth(caller: Caller, input: SetStudentHealthStaffInput): Promise<void> {
    const { principal } = caller;
    const scope = this.school(caller, 'update');
    if (!(await this.repository.isSchoolStaff(scope.schoolId, input.userId))) {
      throw new DomainError(ErrorCode.EARLY_WARNING_STAFF_INVALID, 'Not school staff of the school', {
        field: 'userId',
      });
    }
    await this.repository.setFunction(
      scope,
      input.userId,
      SchoolStaffFunction.STUDENT_HEALTH,
      input.studentHealth,
      this.clock.now(),
    );
    await this.audit.record(actorOf(principal), {
      action: 'early_warning.set_student_health',
      subjectType: 'EarlyWarning',
      subjectId: input.userId,
      summary: { studentHealth: input.studentHealth },
    });
  }

  staff(caller: Caller) {
    return this.repository.staff(this.school(caller, 'read'));
  }

  presence(caller: Caller, from: string, to: string): Promise<PresenceRow[]> {
    this.school(caller, 'read');
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    if (!(days >= 0 && days <= MAX_PRESENCE_DAYS)) {
      throw new DomainError(ErrorCode.EARLY_WARNING_ABSENCE_INVALID, 'The period is not possible', { field: 'to' });
    }
    return this.repository.presence(caller.ability, from, to);
  }

  async settings({ principal, ability }: Caller): Promise<EarlyWarningSettingsEntity> {
    if (!ability.can('read', subject('EarlyWarningSettings', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    return this.repository.settings(principal.municipalityId);
  }

  async updateSettings(
    { principal, ability }: Caller,
    input: UpdateEarlyWarningSettingsInput,
  ): Promise<EarlyWarningSettingsEntity> {
    if (!ability.can('update', subject('EarlyWarningSettings', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    const { version, ...values } = input;
    const thresholds: EarlyWarningThresholds = { ...values };
    checkThresholds(thresholds);
    if (
      !(await this.repository.saveSettings(
        principal.municipalityId,
        version,
        thresholds,
        principal.userId,
        this.clock.now(),
      ))
    ) {
      throw conflict();
    }
    await this.audit.record(actorOf(principal), {
      action: 'early_warning_settings.update',
      subjectType: 'EarlyWarningSettings',
      subjectId: principal.municipalityId,
      summary: { ...thresholds },
    });
    return this.repository.settings(principal.municipalityId);
  }
}

function closed(): DomainError {
  return new DomainError(ErrorCode.EARLY_WARNING_SUGGESTION_CLOSED, 'The suggestion is already reviewed or ended');
}
