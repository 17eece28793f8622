import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

import { IsIsoDate, IsReason, IsVersion } from '@app/core/graphql';
import { IsIdentityNumber } from '@app/young-people';

import { ReviewDecision, SuggestionStatus } from '../early-warning.enums';

// Absence days one call may carry (a school's system sends a week or a month at a time).
export const MAX_ABSENCE_DAYS = 5000;

@ArgsType()
export class EarlyWarningSuggestionsArgs {
  @Field(() => SuggestionStatus, { nullable: true, description: 'Only this status (all when left out).' })
  @IsOptional()
  @IsEnum(SuggestionStatus)
  status?: SuggestionStatus;

  @Field(() => Boolean, { defaultValue: false, description: 'Only those addressed to the caller.' })
  @IsBoolean()
  mine: boolean = false;
}

@InputType({ description: 'One absence day of one pupil, as the school’s system records it.' })
export class AbsenceDayInput {
  @Field({ description: "Personnummer or samordningsnummer, 10 or 12 digits, with or without '-'." })
  @IsIdentityNumber()
  personalIdentityNumber!: string;

  @Field({ description: 'The day (ISO date, not in the future).' })
  @IsIsoDate()
  day!: string;

  @Field({ description: 'Unexcused (ogiltig) absence.' })
  @IsBoolean()
  unexcused!: boolean;

  @Field(() => String, { nullable: true, description: 'The pupil’s class (kept for the presence view).' })
  @IsOptional()
  @Length(1, 40)
  className?: string;
}

@InputType({ description: 'Absence days from the caller’s school; the indicators run for the school at once.' })
export class RecordAbsenceDaysInput {
  @Field(() => [AbsenceDayInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ABSENCE_DAYS)
  @ValidateNested({ each: true })
  @Type(() => AbsenceDayInput)
  days!: AbsenceDayInput[];
}

@InputType({ description: 'Name a pupil’s mentor (a school staff member of the same school), or none.' })
export class SetPupilMentorInput {
  @Field()
  @IsIdentityNumber()
  personalIdentityNumber!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  mentorUserId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  className?: string;
}

@InputType({ description: 'Whether a school staff member belongs to the school’s student health (elevhälsa).' })
export class SetStudentHealthStaffInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field()
  @IsBoolean()
  studentHealth!: boolean;
}

@InputType({ description: 'The review of a suggestion: what the reviewer decided and what was done.' })
export class ReviewEarlyWarningInput {
  @Field(() => ID)
  @IsUUID()
  suggestionId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision!: ReviewDecision;

  @Field({ description: 'What was done or why nothing is (no health data).' })
  @IsReason({ min: 5, max: 2000 })
  actionTaken!: string;
}

@InputType({ description: 'The municipality’s early-warning indicators (admin).' })
export class UpdateEarlyWarningSettingsInput {
  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field() @IsBoolean() attendanceEnabled!: boolean;
  @Field(() => Int) @IsInt() attendanceMinPercent!: number;
  @Field(() => Int) @IsInt() attendancePeriodDays!: number;
  @Field() @IsBoolean() unexcusedEnabled!: boolean;
  @Field(() => Int) @IsInt() unexcusedCount!: number;
  @Field(() => Int) @IsInt() unexcusedDays!: number;
  @Field() @IsBoolean() weekdayEnabled!: boolean;
  @Field(() => Int) @IsInt() weekdayCount!: number;
  @Field(() => Int) @IsInt() weekdayDays!: number;
  @Field() @IsBoolean() singleDaysEnabled!: boolean;
  @Field(() => Int) @IsInt() singleDaysCount!: number;
  @Field(() => Int) @IsInt() singleDaysDays!: number;
  @Field() @IsBoolean() dropOutEnabled!: boolean;
  @Field(() => Int) @IsInt() escalateAfterDays!: number;
}

@ArgsType()
export class SchoolPresenceArgs {
  @Field({ description: 'First day (ISO date) of the periods’ ends.' })
  @IsIsoDate()
  from!: string;

  @Field({ description: 'Last day (ISO date) of the periods’ ends.' })
  @IsIsoDate()
  to!: string;
}

@InputType({ description: 'A file of absence days of the caller’s school, uploaded with POST /files.' })
export class ImportAbsenceDaysInput {
  @Field(() => ID, { description: 'The id POST /files answered.' })
  @IsUUID()
  fileId!: string;

  @Field({ description: 'The sender’s key for this upload: the same key again is the import already made.' })
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9._:-]+$/)
  idempotencyKey!: string;
}
