import type { MunicipalityEntity } from '../entities/municipality.entity';
import type { OrganizationEntity } from '../entities/organization.entity';
import { Municipality, Organization } from './organization.model';

export function toOrganization(entity: OrganizationEntity): Organization {
  return Object.assign(new Organization(), {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    secrecyDomain: entity.secrecyDomain,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

export function toMunicipality(entity: MunicipalityEntity): Municipality {
  return Object.assign(new Municipality(), {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    consentDefaultValidDays: entity.consentDefaultValidDays,
    timeZone: entity.timeZone,
    reportMinCell: entity.reportMinCell,
  });
}
