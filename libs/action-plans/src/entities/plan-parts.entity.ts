import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

import { GoalAssessment, GoalOwner, PlanActionStatus } from '../action-plans.enums';
import { ActionPlanEntity } from './action-plan.entity';

@Entity({ name: 'action_plan_goal', comment: 'A goal of a plan, in the young person’s own words where theirs.' })
@Index('ix_action_plan_goal_plan', ['municipalityId', 'planId', 'position'])
export class ActionPlanGoalEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_goal_plan' })
  plan?: ActionPlanEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Column({ type: 'enum', enum: GoalOwner, enumName: 'plan_goal_owner' })
  owner!: GoalOwner;
}

@Entity({ name: 'action_plan_action', comment: 'An action of a plan with its responsible organisation.' })
@Index('ix_action_plan_action_plan', ['municipalityId', 'planId', 'position'])
@Index('ix_action_plan_action_responsible', ['municipalityId', 'responsibleOrganizationId'])
export class ActionPlanActionEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_action_plan' })
  plan?: ActionPlanEntity;

  @Column({ type: 'uuid', nullable: true })
  goalId!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ type: 'uuid' })
  responsibleOrganizationId!: string;

  @Column({ type: 'uuid', nullable: true })
  responsibleUserId!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'enum', enum: PlanActionStatus, enumName: 'plan_action_status' })
  status!: PlanActionStatus;
}

export interface GoalEvaluation {
  goalId: string;
  assessment: GoalAssessment;
  comment: string;
}

@Entity({ name: 'action_plan_follow_up', comment: 'A planned or held follow-up of a plan, evaluating each goal.' })
@Index('ix_action_plan_follow_up_plan', ['municipalityId', 'planId', 'plannedOn'])
export class ActionPlanFollowUpEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_follow_up_plan' })
  plan?: ActionPlanEntity;

  @Column({ type: 'date' })
  plannedOn!: string;

  @Column({ type: 'date', nullable: true })
  heldOn!: string | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  summary!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  goalEvaluations!: GoalEvaluation[];
}

// One row per version of a plan: the whole plan as it was after that change, so any two
// versions can be shown and compared. Append-only for the application role.
@Entity({ name: 'action_plan_revision', comment: 'Every version of a plan, as a snapshot.' })
@Index('uq_action_plan_revision_version', ['planId', 'version'], { unique: true })
@Index('ix_action_plan_revision_plan', ['municipalityId', 'planId'])
export class ActionPlanRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_revision_plan' })
  plan?: ActionPlanEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 100, array: true, default: () => "'{}'" })
  changedFields!: string[];

  @Column({ type: 'uuid' })
  changedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
