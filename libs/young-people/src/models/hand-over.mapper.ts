import type { HandOverEntity } from '../entities/hand-over.entity';
import type { RegisterEntry } from '../hand-over.service';
import { formatIdentityNumber } from '../identity-number';
import { HandOver } from './hand-over.models';

// Each side sees its own record id only; the entry's identity shows until it is received.
export function toHandOver(entity: HandOverEntity, viewerMunicipalityId: string): HandOver {
  const entry = entity.entry as RegisterEntry | null;
  return {
    id: entity.id,
    status: entity.status,
    movedOn: entity.movedOn,
    sentAt: entity.sentAt,
    receivedAt: entity.receivedAt,
    fromMunicipalityId: entity.municipalityId,
    toMunicipalityId: entity.toMunicipalityId,
    youngPersonId: viewerMunicipalityId === entity.municipalityId ? entity.youngPersonId : null,
    receivedYoungPersonId: viewerMunicipalityId === entity.toMunicipalityId ? entity.receivedYoungPersonId : null,
    person: entry
      ? {
          personalIdentityNumber: formatIdentityNumber(entry.personalIdentityNumber),
          givenName: entry.givenName,
          familyName: entry.familyName,
          dateOfBirth: entry.dateOfBirth,
          protectedIdentity: entry.protectedIdentity,
        }
      : null,
  };
}
