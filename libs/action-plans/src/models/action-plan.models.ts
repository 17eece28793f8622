import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import {
  GoalAssessment,
  GoalOwner,
  PlanActionStatus,
  PlanChangeKind,
  PlanParticipation,
  PlanScope,
  PlanStatus,
} from '../action-plans.enums';

registerEnumType(PlanScope, {
  name: 'PlanScope',
  description: 'A young person’s plan, or a school’s at group, class or school level.',
});
registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(PlanParticipation, { name: 'PlanParticipation', description: 'How the young person took part.' });
registerEnumType(GoalOwner, { name: 'GoalOwner' });
registerEnumType(PlanActionStatus, { name: 'PlanActionStatus' });
registerEnumType(GoalAssessment, { name: 'GoalAssessment' });
registerEnumType(PlanChangeKind, { name: 'PlanChangeKind' });

@ObjectType('PlanPerson', { description: 'A member of an organisation who may be named on a plan.' })
export class PlanPerson {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ActionPlanGoal')
export class ActionPlanGoal {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  text!: string;

  @Field(() => GoalOwner)
  owner!: GoalOwner;
}

@ObjectType('ActionPlanAction')
export class ActionPlanAction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field(() => Int)
  position!: number;

  @Field()
  description!: string;

  @Field(() => ID)
  responsibleOrganizationId!: string;

  @Field(() => ID, { nullable: true })
  responsibleUserId!: string | null;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field(() => PlanActionStatus)
  status!: PlanActionStatus;
}

@ObjectType('GoalEvaluation')
export class GoalEvaluationModel {
  @Field(() => ID)
  goalId!: string;

  @Field(() => GoalAssessment)
  assessment!: GoalAssessment;

  @Field()
  comment!: string;
}

@ObjectType('ActionPlanFollowUp')
export class ActionPlanFollowUp {
  @Field(() => ID)
  id!: string;

  @Field()
  plannedOn!: string;

  @Field(() => String, { nullable: true })
  heldOn!: string | null;

  @Field()
  summary!: string;

  @Field(() => [GoalEvaluationModel])
  goalEvaluations!: GoalEvaluationModel[];
}

// The fields shared by the live plan and a stored version of it.
@ObjectType({ isAbstract: true })
export class PlanHead {
  @Field(() => PlanScope)
  scope!: PlanScope;

  @Field()
  title!: string;

  @Field()
  targetGroup!: string;

  @Field()
  background!: string;

  @Field(() => String, { nullable: true })
  backgroundDate!: string | null;

  @Field()
  patternsAndFactors!: string;

  @Field()
  developmentArea!: string;

  @Field(() => ID, { nullable: true, description: 'The lead organisation (huvudansvarig).' })
  leadOrganizationId!: string | null;

  @Field(() => ID, { nullable: true })
  leadUserId!: string | null;

  @Field(() => PlanParticipation)
  participation!: PlanParticipation;

  @Field()
  participationNote!: string;

  @Field()
  evaluation!: string;

  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => String, { nullable: true })
  closedOn!: string | null;
}

@ObjectType('ActionPlan', { description: 'A shared action plan; every change makes a new version.' })
export class ActionPlan extends PlanHead {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  youngPersonId!: string | null;

  @Field(() => ID)
  ownerOrganizationId!: string;

  @Field(() => Int, { description: 'Pass back unchanged with any change; a stale value gives CONFLICT.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('ActionPlanDocument', { description: 'The whole plan as it was at one version.' })
export class ActionPlanDocument extends PlanHead {
  @Field(() => [ActionPlanGoal])
  goals!: ActionPlanGoal[];

  @Field(() => [ActionPlanAction])
  actions!: ActionPlanAction[];

  @Field(() => [ActionPlanFollowUp])
  followUps!: ActionPlanFollowUp[];
}

@ObjectType('ActionPlanVersion')
export class ActionPlanVersion {
  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  changedAt!: Date;

  @Field(() => ID)
  changedById!: string;

  @Field(() => [String], { description: 'Which parts changed: plan fields, goals, actions, followUps.' })
  changedFields!: string[];

  @Field(() => ActionPlanDocument)
  plan!: ActionPlanDocument;
}

@ObjectType('ActionPlanChange', { description: 'One difference between two versions of a plan.' })
export class ActionPlanChange {
  @Field({ description: 'A plan field, `goals/<id>` for a whole item, or `goals/<id>/<field>`.' })
  path!: string;

  @Field(() => PlanChangeKind)
  kind!: PlanChangeKind;

  @Field(() => String, { nullable: true, description: 'JSON of the earlier value.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the later value.' })
  after!: string | null;
}

@ObjectType('AssignedPlanAction', {
  description: 'An action of a plan, as the organisation it is assigned to sees it (nothing else of the plan).',
})
export class AssignedPlanAction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: 'Pass back with a change; a stale value gives CONFLICT.' })
  planVersion!: number;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true })
  responsibleUserId!: string | null;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field(() => PlanActionStatus)
  status!: PlanActionStatus;
}
