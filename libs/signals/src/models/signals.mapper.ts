import { formatIdentityNumber } from '@app/young-people';

import type { SignalImportEntity } from '../entities/signal-import.entity';
import type { SignalEntity } from '../entities/signal.entity';
import { SignalStatus } from '../signals.enums';
import type { Signal, SignalImport } from './signals.models';

export interface SignalNames {
  organizations: Map<string, string>;
  users: Map<string, string>;
}

export function toSignal(row: SignalEntity, names: SignalNames): Signal {
  return {
    id: row.id,
    kind: row.kind,
    schoolId: row.schoolId,
    schoolName: names.organizations.get(row.schoolId) ?? '',
    homeMunicipalityId: row.homeMunicipalityId,
    homeMunicipalityName: names.organizations.get(row.homeMunicipalityId) ?? '',
    personalIdentityNumber: formatIdentityNumber(row.personalIdentityNumber),
    youngPersonId: row.youngPersonId,
    occurredOn: row.occurredOn,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    absencePercent: row.absencePercent,
    details: row.details,
    status: row.handledAt ? SignalStatus.HANDLED : SignalStatus.UNHANDLED,
    decision: row.decision,
    decisionReason: row.decisionReason,
    handledById: row.handledById,
    handledByName: row.handledById ? (names.users.get(row.handledById) ?? null) : null,
    handledAt: row.handledAt,
    createdAt: row.createdAt,
  };
}

export function toSignalImport(row: SignalImportEntity, repeated: boolean): SignalImport {
  return {
    id: row.id,
    fileName: row.fileName,
    rowCount: row.rowCount,
    createdCount: repeated ? 0 : row.createdCount,
    repeated,
    createdAt: row.createdAt,
  };
}
