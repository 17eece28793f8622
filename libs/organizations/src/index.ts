export { MunicipalityEntity } from './entities/municipality.entity';
export { OrganizationEntity } from './entities/organization.entity';
export { DEFAULT_SECRECY_DOMAIN, OrganizationKind, SecrecyDomain } from './organization-kind';
