import type { RegisterImportMappingEntity } from '../entities/register-import-mapping.entity';
import type { RegisterImportRowEntity } from '../entities/register-import-row.entity';
import type { RegisterImportEntity } from '../entities/register-import.entity';
import type { RegisterImport, RegisterImportMapping, RegisterImportRow } from './register-import.models';

export function toMapping(entity: RegisterImportMappingEntity): RegisterImportMapping {
  const c = entity.columns;
  return {
    identityNumber: c.identityNumber,
    givenName: c.givenName ?? null,
    familyName: c.familyName ?? null,
    fullName: c.fullName ?? null,
    coordinatorEmail: c.coordinatorEmail ?? null,
    registeredOn: c.registeredOn ?? null,
    status: c.status ?? null,
    registrationReason: c.registrationReason ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    defaultRegistrationReason: entity.defaultRegistrationReason,
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}

export function toImport(entity: RegisterImportEntity): RegisterImport {
  return {
    id: entity.id,
    fileName: entity.fileName,
    status: entity.status,
    jobId: entity.jobId,
    runJobId: entity.runJobId,
    rowCount: entity.rowCount,
    createCount: entity.createCount,
    updateCount: entity.updateCount,
    unchangedCount: entity.unchangedCount,
    refusedCount: entity.refusedCount,
    errorCode: entity.errorCode,
    createdAt: entity.createdAt,
    finishedAt: entity.finishedAt,
    appliedAt: entity.appliedAt,
  };
}

// Only where the row is and what happens to it: the values stay in the database.
export function toRow(entity: RegisterImportRowEntity): RegisterImportRow {
  return { line: entity.line, action: entity.action, code: entity.code, field: entity.field, changes: entity.changes };
}
