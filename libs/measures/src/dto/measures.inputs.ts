import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { IsIsoDate, IsVersion } from '@app/core/graphql';
import { OccupationCategory } from '@app/young-people';

import { EvidenceBasis, MeasureEndReason, MeasureLevel, MeasureTier, ScbMeasureCategory } from '../measures.enums';

// The documentation items of SFS 2006:39 that can be revised while the measure runs.
@InputType()
export class MeasureDocumentationInput {
  @Field(() => MeasureTier, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureTier)
  tier?: MeasureTier;

  @Field(() => MeasureLevel, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureLevel)
  level?: MeasureLevel;

  @Field({ nullable: true, description: 'Individual planning and the goal of the measure.' })
  @IsOptional()
  @MaxLength(2000)
  planningAndGoal?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  youngPersonResponsibility?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  municipalityResponsibility?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  otherActorResponsibility?: string;

  @Field(() => ID, { nullable: true, description: 'The other actor, when it is an organisation of the municipality.' })
  @IsOptional()
  @IsUUID()
  otherActorOrganizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  plannedStartOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  plannedEndOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  followUpOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  evaluationOn?: string;

  @Field(() => [EvidenceBasis], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(EvidenceBasis, { each: true })
  evidenceBasis?: EvidenceBasis[];
}

@InputType()
export class OfferMeasureInput extends MeasureDocumentationInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => ID, { description: 'An active type of the municipality’s catalogue.' })
  @IsUUID()
  measureTypeId!: string;

  @Field({ description: 'ISO date; not in the future.' })
  @IsIsoDate()
  offeredOn!: string;
}

@InputType()
export class UpdateMeasureDocumentationInput extends MeasureDocumentationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;
}

@InputType()
export class RespondToMeasureInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field()
  @IsBoolean()
  accepted!: boolean;

  @Field()
  @IsIsoDate()
  respondedOn!: string;
}

@InputType()
export class StartMeasureInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field()
  @IsIsoDate()
  startedOn!: string;
}

@InputType()
export class EndMeasureInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field()
  @IsIsoDate()
  endedOn!: string;

  @Field(() => MeasureEndReason)
  @IsEnum(MeasureEndReason)
  reason!: MeasureEndReason;

  @Field(() => OccupationCategory, { description: 'What the young person does after the measure (SCB block 4).' })
  @IsEnum(OccupationCategory)
  occupationAfter!: OccupationCategory;
}

@InputType()
export class CreateMeasureTypeInput {
  @Field({ description: 'Short code, unique in the municipality (A-Z, 0-9, _ and -).' })
  @Matches(/^[A-Z0-9_-]{1,30}$/)
  @MaxLength(30)
  code!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => ScbMeasureCategory)
  @IsEnum(ScbMeasureCategory)
  scbCategory!: ScbMeasureCategory;

  @Field(() => MeasureTier)
  @IsEnum(MeasureTier)
  defaultTier!: MeasureTier;
}

@InputType()
export class UpdateMeasureTypeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ScbMeasureCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ScbMeasureCategory)
  scbCategory?: ScbMeasureCategory;

  @Field(() => MeasureTier, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureTier)
  defaultTier?: MeasureTier;

  @Field({ nullable: true, description: 'False retires the type: kept on old measures, not offered anew.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class MeasureTypesArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeRetired?: boolean;
}
