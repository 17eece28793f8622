import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { Role } from '@app/core/authz';
import { BaseEntityColumns } from '@app/core/database';
import { OrganizationEntity } from '@app/organizations';

import { UserEntity } from './user.entity';

// A user's role in one organisation. Access is always decided per membership.
@Entity({ name: 'membership', comment: "A user's role in one organisation; ended memberships grant nothing." })
// One active membership per user, organisation and role; an ended one may be given again.
@Index('uq_membership_user_organization_role', ['userId', 'organizationId', 'role'], {
  unique: true,
  where: 'ended_at IS NULL',
})
@Index('ix_membership_municipality_organization', ['municipalityId', 'organizationId'])
export class MembershipEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, (user) => user.memberships, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_membership_user' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_membership_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'membership_role' })
  role!: Role;

  // Ended memberships are kept for the audit trail and never grant access. Set by endMembership
  // to the moment it ends (at once: access ends with the next request).
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
