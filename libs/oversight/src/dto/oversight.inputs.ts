import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { AccessGround, AccessSubjectKind, SecurityEventKind } from '@app/core/audit';
import { IsReason, PageArgs } from '@app/core/graphql';

import { AccessReviewKind, AccessReviewOutcome, AccessReviewStatus } from '../oversight.enums';

@InputType()
export class StartEmergencyAccessInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field({
    description:
      'Why the record must be read now (required; read by the log reviewer): 10 to 1,000 characters, at least two different words.',
  })
  @IsReason({ min: 10, max: 1000 })
  reason!: string;
}

@ArgsType()
export class EmergencyAccessesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  youngPersonId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only those that give access now.' })
  @IsOptional()
  @IsBoolean()
  activeOnly?: boolean;
}

@InputType()
export class AccessLogFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  youngPersonId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => AccessGround, { nullable: true })
  @IsOptional()
  @IsEnum(AccessGround)
  ground?: AccessGround;

  @Field(() => AccessSubjectKind, {
    nullable: true,
    description: 'Only reads of young people of the register, or only the schools’ reads of their pupils.',
  })
  @IsOptional()
  @IsEnum(AccessSubjectKind)
  subjectKind?: AccessSubjectKind;

  @Field(() => ID, { nullable: true, description: 'Only reads of this school pupil (early warning).' })
  @IsOptional()
  @IsUUID()
  schoolPupilId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AccessLogArgs extends PageArgs {
  @Field(() => AccessLogFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccessLogFilterInput)
  filter?: AccessLogFilterInput;
}

@ArgsType()
export class AccessAnomaliesArgs {
  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  from!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  to!: Date;
}

@ArgsType()
export class AccessSampleArgs {
  @Field({ description: 'The month, YYYY-MM (Swedish time).' })
  @MaxLength(7)
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'How many reads, 1 to 100 (default 20).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  size?: number;
}

@ArgsType()
export class AccessReviewsArgs extends PageArgs {
  @Field(() => AccessReviewStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AccessReviewStatus)
  status?: AccessReviewStatus;

  @Field(() => AccessReviewKind, { nullable: true })
  @IsOptional()
  @IsEnum(AccessReviewKind)
  kind?: AccessReviewKind;

  // The access sample page marks which of its sampled reads already have a review: it asks for
  // exactly those, not a page of all closed sample reviews (which missed some past a page).
  @Field(() => [ID], {
    nullable: true,
    description: 'Only the reviews of these reads (access-log entries), at most 100; an empty list gives none.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  // Loose: the demo's log ids (and the sample drawn from them) are not all RFC 4122 ones.
  @IsUUID('loose', { each: true })
  accessLogIds?: string[];
}

@InputType()
export class RecordAccessReviewInput {
  @Field(() => AccessReviewKind, { description: 'The anomaly rule or sample the reads came from.' })
  @IsEnum(AccessReviewKind)
  kind!: AccessReviewKind;

  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  youngPersonId?: string;

  @Field(() => ID, { nullable: true, description: 'For a sampled read: its AccessLogEntry.id.' })
  @IsOptional()
  // Loose, as accessReviews(accessLogIds:): a sampled read of the demo's could not be recorded.
  @IsUUID('loose')
  accessLogId?: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  periodFrom!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  periodTo!: Date;

  @Field(() => AccessReviewOutcome)
  @IsEnum(AccessReviewOutcome)
  outcome!: AccessReviewOutcome;

  @Field({ nullable: true, description: 'Why the reviewer concluded so; when given, at least two different words.' })
  @IsOptional()
  @IsReason({ max: 2000 })
  note?: string;
}

@InputType()
export class CloseAccessReviewInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => AccessReviewOutcome)
  @IsEnum(AccessReviewOutcome)
  outcome!: AccessReviewOutcome;

  @Field({ nullable: true, description: 'Why the reviewer concluded so; when given, at least two different words.' })
  @IsOptional()
  @IsReason({ max: 2000 })
  note?: string;
}

@InputType()
export class SecurityEventFilterInput {
  @Field(() => [SecurityEventKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @IsEnum(SecurityEventKind, { each: true })
  @ArrayMaxSize(20)
  kinds?: SecurityEventKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;

  // The reviewer follows an anomaly to the events behind it: an account anomaly names the
  // account's key (an unknown e-mail has no user), an address anomaly its address.
  @Field(() => String, {
    nullable: true,
    description: 'Only events of this account (`accountKey`, 64 hexadecimal characters).',
  })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[0-9a-f]{64}$/, { message: 'accountKey must be 64 lower-case hexadecimal characters' })
  accountKey?: string;

  @Field(() => String, { nullable: true, description: 'Only events from this client address (exactly).' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[0-9A-Fa-f.:]{2,64}$/, { message: 'clientAddress must be an IPv4 or IPv6 address' })
  clientAddress?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class SecurityEventsArgs extends PageArgs {
  @Field(() => SecurityEventFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SecurityEventFilterInput)
  filter?: SecurityEventFilterInput;
}
