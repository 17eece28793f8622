import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { MembershipEntity } from '@app/identity';
import { MunicipalityEntity, OrganizationEntity } from '@app/organizations';

// A stand-in (vikarie, issue 17): for the days from_on..to_on (the municipality's calendar days,
// both included) the stand-in coordinator works the absent coordinator's caseload in the same
// KAA unit. Named by the unit's team lead; ended early by setting ended_at (the row stays as
// history). Overlapping periods for one absent coordinator, and chains (a stand-in who is
// absent, an absent coordinator who stands in), are refused by the trigger of its migration.
@Entity({ name: 'stand_in', comment: 'A stand-in coordinator for an absent one, for a period (vikarie).' })
@Index('ix_stand_in_unit', ['municipalityId', 'kaaUnitId', 'toOn'])
@Index('ix_stand_in_stand_in', ['standInMembershipId', 'toOn'])
@Index('ix_stand_in_absent', ['absentUserId', 'toOn'])
@Check('ck_stand_in_dates', 'to_on >= from_on')
@Check('ck_stand_in_people', 'absent_user_id <> stand_in_user_id')
export class StandInEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_stand_in_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'uuid' })
  kaaUnitId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kaa_unit_id', foreignKeyConstraintName: 'fk_stand_in_kaa_unit' })
  kaaUnit?: OrganizationEntity;

  @Column({ type: 'uuid' })
  absentMembershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'absent_membership_id', foreignKeyConstraintName: 'fk_stand_in_absent_membership' })
  absentMembership?: MembershipEntity;

  // The absent coordinator's user: young_person.coordinator_id names users, not memberships.
  @Column({ type: 'uuid' })
  absentUserId!: string;

  @Column({ type: 'uuid' })
  standInMembershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stand_in_membership_id', foreignKeyConstraintName: 'fk_stand_in_stand_in_membership' })
  standInMembership?: MembershipEntity;

  @Column({ type: 'uuid' })
  standInUserId!: string;

  @Column({ type: 'date' })
  fromOn!: string;

  @Column({ type: 'date' })
  toOn!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedById!: string | null;
}
