import { formatIdentityNumber } from '@app/young-people';

import type { TargetGroupCheckEntity } from '../entities/target-group-check.entity';
import type { TargetGroupImportEntity } from '../entities/target-group-import.entity';
import type { TargetGroupRunEntity } from '../entities/target-group-run.entity';
import { TargetGroupLeftReason } from '../target-group.enums';
import type { TargetGroupCheck, TargetGroupImport, TargetGroupRun } from './target-group.models';

export function toImport(row: TargetGroupImportEntity): TargetGroupImport {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    asOf: row.asOf,
    schoolName: row.schoolName,
    status: row.status,
    jobId: row.jobId,
    rowCount: row.rowCount,
    errorCount: row.errorCount,
    errorCode: row.errorCode,
    errors: row.errors,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

export function toRun(row: TargetGroupRunEntity): TargetGroupRun {
  return {
    id: row.id,
    status: row.status,
    populationFileName: row.populationFileName,
    enrollmentFileNames: row.enrollmentFileNames,
    listsDate: row.listsDate,
    judgedOn: row.judgedOn,
    jobId: row.jobId,
    residents: row.residents,
    inAgeBand: row.inAgeBand,
    enrolled: row.enrolled,
    newCount: row.newCount,
    stillCount: row.stillCount,
    leftCount: row.leftCount,
    unknownCount: row.unknownCount,
    dismissedCount: row.dismissedCount,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

const LEFT_WORDS: Record<TargetGroupLeftReason, string> = {
  [TargetGroupLeftReason.IN_ENROLLMENT_LIST]: 'in the enrolment list of',
  [TargetGroupLeftReason.DIPLOMA_RECORDED]: 'a diploma is recorded by',
  [TargetGroupLeftReason.REGISTERED]: 'registered',
  [TargetGroupLeftReason.NOT_RESIDENT]: 'no longer in the population extract',
  [TargetGroupLeftReason.OUTSIDE_AGE_BAND]: 'outside the age band',
};

// Why the entry is in the queue, in words ("Not in any enrolment list of 2026-10-01; left X
// 2026-08-15"), and why it left it.
export function reasonOf(row: TargetGroupCheckEntity): string {
  // An entry a school's signal opened names the school and the day the pupil left it.
  let reason =
    row.signalId && row.lastSchool
      ? `Left ${row.lastSchool}${row.leftSchoolOn ? ` ${row.leftSchoolOn}` : ''} without a diploma (signal from the school)`
      : `Not in any enrolment list of ${row.listsDate}`;
  if (row.lastSchool && !row.signalId)
    reason += `; left ${row.lastSchool}${row.leftSchoolOn ? ` ${row.leftSchoolOn}` : ''}`;
  if (row.leftReason) {
    const words = LEFT_WORDS[row.leftReason];
    reason += `. Left the queue: ${words}${row.leftSchool ? ` ${row.leftSchool}` : ''}`;
  }
  return reason;
}

export function toCheck(row: TargetGroupCheckEntity): TargetGroupCheck {
  return {
    id: row.id,
    personalIdentityNumber: formatIdentityNumber(row.personalIdentityNumber),
    dateOfBirth: row.dateOfBirth,
    givenName: row.givenName,
    familyName: row.familyName,
    status: row.status,
    reason: reasonOf(row),
    listsDate: row.listsDate,
    lastSchool: row.lastSchool,
    leftSchoolOn: row.leftSchoolOn,
    leftReason: row.leftReason,
    leftSchool: row.leftSchool,
    dismissReason: row.dismissReason,
    youngPersonId: row.youngPersonId,
    signalId: row.signalId,
    openedAt: row.openedAt,
    decidedAt: row.decidedAt,
  };
}
