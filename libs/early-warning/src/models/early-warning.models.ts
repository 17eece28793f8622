import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { AddressedLevel, EarlyWarningIndicator, ReviewDecision, SuggestionStatus } from '../early-warning.enums';

@ObjectType({ description: 'One datum behind a suggestion (a day, a count, a share, the threshold).' })
export class EarlyWarningFact {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType({
  description:
    'An early-warning suggestion: an indicator fired for a pupil, explained with its data, for named school staff to review. The system never decides.',
})
export class EarlyWarningSuggestion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => EarlyWarningIndicator)
  indicator!: EarlyWarningIndicator;

  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field({ description: 'The reason in words (English; the app words it in Swedish from the indicator and facts).' })
  reason!: string;

  @Field(() => [EarlyWarningFact])
  facts!: EarlyWarningFact[];

  @Field(() => ID, { description: 'The pupil at the school (the access log’s subject of this read).' })
  pupilId!: string;

  @Field()
  personalIdentityNumber!: string;

  @Field(() => String, { nullable: true })
  className!: string | null;

  @Field(() => ID, { nullable: true })
  mentorUserId!: string | null;

  @Field(() => String, { nullable: true })
  mentorName!: string | null;

  @Field(() => AddressedLevel, { description: 'The mentor, then student health, else the school.' })
  addressedLevel!: AddressedLevel;

  @Field(() => ID, { nullable: true })
  addressedToId!: string | null;

  @Field(() => String, { nullable: true })
  addressedToName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it went from the mentor to student health.' })
  escalatedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who looked.' })
  reviewedById!: string | null;

  @Field(() => String, { nullable: true })
  reviewedByName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ReviewDecision, { nullable: true, description: 'What they decided.' })
  decision!: ReviewDecision | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  actionTaken!: string | null;
}

@ObjectType({ description: 'The counts of an early-warning run.' })
export class EarlyWarningEvaluationResult {
  @Field({ description: 'False when a run was already under way (this one did nothing).' })
  ran!: boolean;

  @Field(() => Int)
  opened!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  ended!: number;

  @Field(() => Int)
  escalated!: number;
}

@ObjectType({ description: 'Absence days kept from the school, and the indicators’ run for the school.' })
export class AbsenceDaysResult {
  @Field(() => Int, { description: 'Rows sent.' })
  received!: number;

  @Field(() => Int, { description: 'Days not kept before.' })
  created!: number;

  @Field(() => EarlyWarningEvaluationResult)
  evaluation!: EarlyWarningEvaluationResult;
}

@ObjectType({ description: 'A pupil of the school for early warning: class and mentor.' })
export class SchoolPupil {
  @Field(() => ID)
  id!: string;

  @Field()
  personalIdentityNumber!: string;

  @Field(() => String, { nullable: true })
  className!: string | null;

  @Field(() => ID, { nullable: true })
  mentorUserId!: string | null;

  @Field(() => String, { nullable: true })
  mentorName!: string | null;
}

@ObjectType({ description: 'A school staff member and their early-warning function.' })
export class SchoolStaffMember {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  studentHealth!: boolean;
}

@ObjectType({
  description: 'Average attendance of a month (of the reported periods’ ends) in a class, or the whole school.',
})
export class PresenceCell {
  @Field(() => String, { nullable: true, description: 'The class; null for the whole school; empty for no class.' })
  className!: string | null;

  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Float)
  attendancePercent!: number;

  @Field(() => Int)
  pupils!: number;
}

@ObjectType({ description: 'A municipality’s early-warning indicators and thresholds.' })
export class EarlyWarningSettings {
  @Field(() => Int) version!: number;
  @Field() attendanceEnabled!: boolean;
  @Field(() => Int) attendanceMinPercent!: number;
  @Field(() => Int) attendancePeriodDays!: number;
  @Field() unexcusedEnabled!: boolean;
  @Field(() => Int) unexcusedCount!: number;
  @Field(() => Int) unexcusedDays!: number;
  @Field() weekdayEnabled!: boolean;
  @Field(() => Int) weekdayCount!: number;
  @Field(() => Int) weekdayDays!: number;
  @Field() singleDaysEnabled!: boolean;
  @Field(() => Int) singleDaysCount!: number;
  @Field(() => Int) singleDaysDays!: number;
  @Field() dropOutEnabled!: boolean;
  @Field(() => Int) escalateAfterDays!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt!: Date | null;
}

@ObjectType({ description: 'A file of absence days imported from the school (every row or none).' })
export class AbsenceImport {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'Absence days not kept before (the rest were kept already).' })
  createdCount!: number;

  @Field({ description: 'True when this file or key was imported before: nothing new was created.' })
  repeated!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => EarlyWarningEvaluationResult, {
    nullable: true,
    description: 'The indicators’ run for the school after the import; null when the file was imported before.',
  })
  evaluation!: EarlyWarningEvaluationResult | null;
}
