import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { OrganizationEntity } from '@app/organizations';
import { YoungPersonEntity } from '@app/young-people';

import { PlanParticipation, PlanScope, PlanStatus } from '../action-plans.enums';

// The plan's head: background, patterns, development area, who leads, how the young person
// took part, the closing evaluation. Goals, actions and follow-ups are rows of their own (a
// partner organisation will be given access to its actions alone); every change bumps
// `version` and stores a snapshot of the whole plan in action_plan_revision.
@Entity({ name: 'action_plan', comment: 'A shared action plan (handlingsplan / SIP-like).' })
@Index('uq_action_plan_active_individual', ['youngPersonId'], {
  unique: true,
  where: `"status" = 'ACTIVE' AND "young_person_id" IS NOT NULL`,
})
@Index('ix_action_plan_young_person', ['municipalityId', 'youngPersonId'])
@Index('ix_action_plan_owner', ['municipalityId', 'ownerOrganizationId', 'scope'])
@Index('ix_action_plan_title', ['municipalityId', 'title', 'id'])
export class ActionPlanEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_action_plan_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'enum', enum: PlanScope, enumName: 'plan_scope' })
  scope!: PlanScope;

  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id', foreignKeyConstraintName: 'fk_action_plan_owner' })
  ownerOrganization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  // Which group or class a prevention plan is for ("åk 8", "8B"); empty for individual plans.
  @Column({ type: 'varchar', length: 200, default: '' })
  targetGroup!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  background!: string;

  @Column({ type: 'date', nullable: true })
  backgroundDate!: string | null;

  @Column({ type: 'varchar', length: 4000, default: '' })
  patternsAndFactors!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  developmentArea!: string;

  // Huvudansvarig: the organisation (and optionally person) that leads the plan.
  @Column({ type: 'uuid', nullable: true })
  leadOrganizationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadUserId!: string | null;

  @Column({ type: 'enum', enum: PlanParticipation, enumName: 'plan_participation' })
  participation!: PlanParticipation;

  @Column({ type: 'varchar', length: 1000, default: '' })
  participationNote!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  evaluation!: string;

  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status' })
  status!: PlanStatus;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
