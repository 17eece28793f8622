import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { IsIsoDate, IsReason, IsVersion, PageArgs } from '@app/core/graphql';

import { AlertRule, AlertScope, AlertState } from '../alerts.enums';

@ArgsType()
export class AlertsArgs extends PageArgs {
  @Field(() => AlertScope, {
    defaultValue: AlertScope.MINE,
    description:
      'MINE: owned by the caller or escalated to them; ESCALATED_TO_ME; ALL: every alert the caller may read.',
  })
  @IsEnum(AlertScope)
  scope: AlertScope = AlertScope.MINE;

  @Field(() => [AlertState], {
    nullable: true,
    description: 'States to list (today’s); OPEN and ACKNOWLEDGED when left out.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(AlertState, { each: true })
  states?: AlertState[];

  @Field(() => AlertRule, { nullable: true })
  @IsOptional()
  @IsEnum(AlertRule)
  rule?: AlertRule;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  youngPersonId?: string;
}

@InputType()
export class AcknowledgeAlertInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the acknowledgement is based on.' })
  @IsVersion()
  version!: number;

  @Field({ description: 'Why, and what will be done (kept in the alert’s history).' })
  @IsReason({ max: 500 })
  reason!: string;

  @Field({ nullable: true, description: 'Hide the alert until this day (YYYY-MM-DD, after today).' })
  @IsOptional()
  @IsIsoDate()
  snoozeUntil?: string;
}

@InputType()
export class ResolveAlertInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the resolution is based on.' })
  @IsVersion()
  version!: number;

  @Field({ description: 'Why the alert is closed while its condition still holds.' })
  @IsReason({ max: 500 })
  reason!: string;
}

function days(min: number, max: number, description: string) {
  return (target: object, key: string) => {
    Field(() => Int, { nullable: true, description: `${description} (${min}–${max}).` })(target, key);
    IsOptional()(target, key);
    IsInt()(target, key);
    Min(min)(target, key);
    Max(max)(target, key);
  };
}

// A field left out keeps its value.
@InputType()
export class UpdateAlertSettingsInput {
  @Field(() => Int, { description: 'The version the change is based on (0 when never saved).' })
  @IsInt()
  @Min(0)
  version!: number;

  @days(0, 365, 'Days a registered young person may be without a responsible coordinator')
  noCoordinatorDays?: number;

  @days(1, 365, 'Days without a contact attempt')
  noContactDays?: number;

  @days(1, 50, 'Attempts without reaching the young person')
  neverReachedAttempts?: number;

  @days(1, 365, 'Days without an active measure or plan action')
  noActivityDays?: number;

  @days(0, 90, 'Days a plan action or follow-up may be past its date')
  overdueGraceDays?: number;

  @days(1, 365, 'Days a referral may go unanswered')
  referralUnansweredDays?: number;

  @days(1, 365, 'Days before a consent ends that it is flagged')
  consentExpiringDays?: number;

  @days(1, 365, 'Days with the status unknown')
  statusUnknownDays?: number;

  @days(1, 365, 'Days before the 20th birthday that a missing hand-over is flagged')
  turning20Days?: number;

  @days(1, 90, 'Days from registration to the first contact attempt')
  firstContactDays?: number;

  @Field({ nullable: true, description: 'Whether the first-contact days are working days.' })
  @IsOptional()
  @IsBoolean()
  firstContactWorkingDays?: boolean;

  @days(1, 365, 'Days from registration to an offer of a measure')
  offerDays?: number;

  @Field({ nullable: true, description: 'Whether the offer days are working days.' })
  @IsOptional()
  @IsBoolean()
  offerWorkingDays?: boolean;

  @days(1, 365, 'Days a school’s signal may go unhandled')
  signalNotHandledDays?: number;

  @days(1, 365, 'Days an entry may be left in the "to check" queue')
  toCheckDays?: number;

  @days(1, 90, 'Days an unacknowledged alert waits before it goes to the team lead')
  escalateAfterDays?: number;

  @Field(() => [AlertRule], { nullable: true, description: 'Rules switched off.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(AlertRule, { each: true })
  disabledRules?: AlertRule[];
}
