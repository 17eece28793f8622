import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsIsoDate, IsVersion, PageArgs } from '@app/core/graphql';

import {
  GoalAssessment,
  GoalOwner,
  PlanActionStatus,
  PlanParticipation,
  PlanScope,
  PlanStatus,
} from '../action-plans.enums';

@InputType({ description: 'A goal; with `id` it keeps an existing goal, without it adds one.' })
export class PlanGoalInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ description: 'In the young person’s own words when the goal is theirs.' })
  @Length(1, 1000)
  text!: string;

  @Field(() => GoalOwner)
  @IsEnum(GoalOwner)
  owner!: GoalOwner;
}

@InputType({ description: 'An action; with `id` it keeps an existing action, without it adds one.' })
export class PlanActionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => Int, { nullable: true, description: 'Index (from 0) of the goal it serves in the plan’s goal list.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(49)
  goalIndex?: number;

  @Field()
  @Length(1, 1000)
  description!: string;

  @Field(() => ID)
  @IsUUID()
  responsibleOrganizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A member of the responsible organisation.' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string;

  @Field(() => PlanActionStatus, { nullable: true, defaultValue: PlanActionStatus.PLANNED })
  @IsOptional()
  @IsEnum(PlanActionStatus)
  status?: PlanActionStatus;
}

@InputType({ description: 'A planned follow-up; with `id` it keeps an existing one.' })
export class PlanFollowUpInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @IsIsoDate()
  plannedOn!: string;
}

// Fields of the plan's head; on revision every field left out keeps its value.
@InputType()
export class PlanHeadInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true, description: 'Group or class of a prevention plan.' })
  @IsOptional()
  @MaxLength(200)
  targetGroup?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  background?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  backgroundDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  patternsAndFactors?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  developmentArea?: string;

  @Field(() => ID, { nullable: true, description: 'The lead organisation (huvudansvarig).' })
  @IsOptional()
  @IsUUID()
  leadOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: 'The lead person, a member of the lead organisation.' })
  @IsOptional()
  @IsUUID()
  leadUserId?: string;

  @Field(() => PlanParticipation, { nullable: true })
  @IsOptional()
  @IsEnum(PlanParticipation)
  participation?: PlanParticipation;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  participationNote?: string;

  @Field(() => [PlanGoalInput], { nullable: true, description: 'The whole goal list, in order.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalInput)
  goals?: PlanGoalInput[];

  @Field(() => [PlanActionInput], { nullable: true, description: 'The whole action list, in order.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PlanActionInput)
  actions?: PlanActionInput[];

  @Field(() => [PlanFollowUpInput], { nullable: true, description: 'The planned follow-ups (held ones stay).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanFollowUpInput)
  followUps?: PlanFollowUpInput[];
}

@InputType()
export class CreateActionPlanInput extends PlanHeadInput {
  @Field(() => PlanScope)
  @IsEnum(PlanScope)
  scope!: PlanScope;

  @Field(() => ID, { nullable: true, description: 'Required for an individual plan, absent otherwise.' })
  @IsOptional()
  @IsUUID()
  youngPersonId?: string;
}

@InputType()
export class ReviseActionPlanInput extends PlanHeadInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsVersion()
  version!: number;
}

@InputType()
export class SetPlanActionStatusInput {
  @Field(() => ID)
  @IsUUID()
  actionId!: string;

  @Field(() => Int, { description: 'The plan version the change is based on.' })
  @IsVersion()
  planVersion!: number;

  @Field(() => PlanActionStatus)
  @IsEnum(PlanActionStatus)
  status!: PlanActionStatus;
}

@InputType()
export class GoalEvaluationInput {
  @Field(() => ID)
  @IsUUID()
  goalId!: string;

  @Field(() => GoalAssessment)
  @IsEnum(GoalAssessment)
  assessment!: GoalAssessment;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  comment?: string;
}

@InputType()
export class RecordPlanFollowUpInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => ID, { description: 'The planned follow-up being held.' })
  @IsUUID()
  followUpId!: string;

  @Field()
  @IsIsoDate()
  heldOn!: string;

  @Field()
  @MaxLength(2000)
  summary!: string;

  @Field(() => [GoalEvaluationInput], { description: 'One evaluation for every goal of the plan.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GoalEvaluationInput)
  goalEvaluations!: GoalEvaluationInput[];

  @Field({ nullable: true, description: 'Plans the next follow-up.' })
  @IsOptional()
  @IsIsoDate()
  nextFollowUpOn?: string;
}

@InputType()
export class CloseActionPlanInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field()
  @IsIsoDate()
  closedOn!: string;

  @Field({ description: 'The closing evaluation of the plan.' })
  @Length(1, 4000)
  evaluation!: string;
}

@ArgsType()
export class ActionPlansArgs extends PageArgs {
  @Field(() => PlanScope, { nullable: true })
  @IsOptional()
  @IsEnum(PlanScope)
  scope?: PlanScope;

  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;
}

@ArgsType()
export class PlanPeopleArgs {
  @Field(() => ID, { description: 'The organisation the person acts for (the plan’s lead organisation).' })
  @IsUUID()
  organizationId!: string;
}

@ArgsType()
export class PlanVersionArgs {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;
}

@ArgsType()
export class ComparePlanVersionsArgs {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  fromVersion!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  toVersion!: number;
}

@InputType()
export class UpdateAssignedPlanActionInput {
  @Field(() => ID)
  @IsUUID()
  actionId!: string;

  @Field(() => Int, { description: 'The plan version the change is based on (`planVersion` of the action).' })
  @IsVersion()
  planVersion!: number;

  @Field(() => PlanActionStatus)
  @IsEnum(PlanActionStatus)
  status!: PlanActionStatus;
}
