import type { AccessLogEntryEntity, SecurityEventEntity } from '@app/core/audit';

import type { AccessReviewEntity } from '../entities/access-review.entity';
import type { EmergencyAccessEntity } from '../entities/emergency-access.entity';
import type { AnomalyRow } from '../oversight.repository';
import { AccessAnomaly, AccessLogEntry, AccessReview, EmergencyAccess, SecurityEvent } from './oversight.models';

export function toSecurityEvent(row: SecurityEventEntity): SecurityEvent {
  return {
    id: row.seq,
    occurredAt: row.occurredAt,
    kind: row.kind,
    userId: row.userId,
    accountKey: row.accountKey,
    clientAddress: row.clientAddress,
    code: row.code,
    operation: row.operation,
    requestId: row.requestId,
    credentialId: row.credentialId,
    refused: row.details?.refused ?? null,
    otherSchool: row.details?.otherSchool ?? null,
    events: row.details?.events ?? null,
    accounts: row.details?.accounts ?? null,
    windowSeconds: row.details?.windowSeconds ?? null,
  };
}

export function toAccessLogEntry(row: AccessLogEntryEntity): AccessLogEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    userId: row.userId,
    role: row.role,
    organizationId: row.organizationId,
    subjectKind: row.subjectKind,
    youngPersonId: row.youngPersonId,
    schoolPupilId: row.schoolPupilId,
    categories: row.categories,
    ground: row.ground,
    consentIds: row.consentIds,
    emergencyAccessId: row.emergencyAccessId,
    disclosureId: row.disclosureId,
    operation: row.operation,
  };
}

export function isEmergencyAccessActive(row: EmergencyAccessEntity, now: Date): boolean {
  return row.endedAt === null && row.expiresAt.getTime() > now.getTime();
}

// `now`: the api clock's instant, the same one the access rules use.
export function toEmergencyAccess(row: EmergencyAccessEntity, now: Date): EmergencyAccess {
  return {
    id: row.id,
    youngPersonId: row.youngPersonId,
    userId: row.userId,
    organizationId: row.organizationId,
    role: row.role,
    reason: row.reason,
    startedAt: row.startedAt,
    expiresAt: row.expiresAt,
    endedAt: row.endedAt,
    active: isEmergencyAccessActive(row, now),
  };
}

export function toAccessReview(row: AccessReviewEntity): AccessReview {
  return {
    id: row.id,
    kind: row.kind,
    userId: row.userId,
    youngPersonId: row.youngPersonId,
    emergencyAccessId: row.emergencyAccessId,
    accessLogId: row.accessLogId,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    openedAt: row.openedAt,
    status: row.status,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    reviewedById: row.reviewedById,
    reviewedAt: row.reviewedAt,
  };
}

export function toAccessAnomaly(row: AnomalyRow, reviewId: string | null): AccessAnomaly {
  return { ...row, reviewId };
}
