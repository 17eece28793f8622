export { MunicipalityEntity } from './entities/municipality.entity';
export { OrganizationEntity } from './entities/organization.entity';
export { toOrganization } from './models/organization.mapper';
export { Municipality, Organization } from './models/organization.model';
export { DEFAULT_SECRECY_DOMAIN, OrganizationKind, SecrecyDomain } from './organization-kind';
export { organizationByIdLoader } from './organizations.loaders';
export { OrganizationsModule } from './organizations.module';
export { organizationsPolicy } from './organizations.policy';
export { OrganizationsRepository } from './organizations.repository';
