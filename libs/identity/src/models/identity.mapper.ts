import type { MembershipEntity } from '../entities/membership.entity';
import type { UserEntity } from '../entities/user.entity';
import { Membership, User } from './identity.models';

export function toUser(entity: UserEntity): User {
  return Object.assign(new User(), {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    disabled: entity.disabledAt !== null,
    version: entity.version,
  });
}

export function toMembership(entity: MembershipEntity): Membership {
  return Object.assign(new Membership(), {
    id: entity.id,
    role: entity.role,
    organizationId: entity.organizationId,
    userId: entity.userId,
    endedAt: entity.endedAt,
  });
}
