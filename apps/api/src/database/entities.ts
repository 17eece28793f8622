import { AuditEventEntity } from '@app/core/audit';
import { LoginAttemptEntity, MembershipEntity, RefreshTokenEntity, SigningKeyEntity, UserEntity } from '@app/identity';
import { MunicipalityEntity, OrganizationEntity } from '@app/organizations';

// Every TypeORM entity of the service. The migrations must produce exactly this schema
// (checked by apps/api/src/database/migrations.int-spec.ts).
export const allEntities = [
  AuditEventEntity,
  LoginAttemptEntity,
  MembershipEntity,
  MunicipalityEntity,
  OrganizationEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
  UserEntity,
];
