import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { AlertResolution, AlertRule, AlertState } from '../alerts.enums';

@ObjectType({ description: 'One datum behind an alert’s reason (a date, a count, the threshold).' })
export class AlertFact {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType({
  description:
    'A gap found by a rule (larm): who must act, by when, why (the rule and the data behind it) and its life cycle.',
})
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => AlertRule)
  rule!: AlertRule;

  @Field(() => AlertState, { description: 'As of the caller’s day.' })
  state!: AlertState;

  @Field({ description: 'The reason in words (English; the app words it in Swedish from the rule and facts).' })
  reason!: string;

  @Field(() => [AlertFact])
  facts!: AlertFact[];

  @Field({ description: 'The day the missing thing was (or is) due.' })
  dueOn!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The young person the gap is about; null for a record about nobody registered (a school’s signal, a "to check" entry), which is the KAA unit’s.',
  })
  youngPersonId!: string | null;

  @Field({ description: 'The young person’s name (a read of their identity, logged); empty when there is none.' })
  youngPersonName!: string;

  @Field(() => ID, { nullable: true, description: 'The KAA unit the alert belongs to.' })
  kaaUnitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who must act: the coordinator, else the unit’s team lead.' })
  ownerUserId!: string | null;

  @Field(() => String, { nullable: true })
  ownerName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation responsible for the overdue record, if any.' })
  responsibleOrganizationId!: string | null;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  escalatedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  escalatedToId!: string | null;

  @Field(() => String, { nullable: true })
  escalatedToName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledgeReason!: string | null;

  @Field(() => String, { nullable: true })
  snoozedUntil!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => AlertResolution, { nullable: true })
  resolution!: AlertResolution | null;

  @Field(() => String, { nullable: true })
  resolveReason!: string | null;
}

@ObjectType({ description: 'The municipality’s gap-alert thresholds and statutory timers.' })
export class AlertSettings {
  @Field(() => Int, { description: '0 until first saved (the defaults).' })
  version!: number;

  @Field(() => Int)
  noCoordinatorDays!: number;

  @Field(() => Int)
  noContactDays!: number;

  @Field(() => Int)
  neverReachedAttempts!: number;

  @Field(() => Int)
  noActivityDays!: number;

  @Field(() => Int)
  overdueGraceDays!: number;

  @Field(() => Int)
  referralUnansweredDays!: number;

  @Field(() => Int)
  consentExpiringDays!: number;

  @Field(() => Int)
  statusUnknownDays!: number;

  @Field(() => Int)
  turning20Days!: number;

  @Field(() => Int)
  firstContactDays!: number;

  @Field()
  firstContactWorkingDays!: boolean;

  @Field(() => Int)
  offerDays!: number;

  @Field()
  offerWorkingDays!: boolean;

  @Field(() => Int)
  signalNotHandledDays!: number;

  @Field(() => Int)
  toCheckDays!: number;

  @Field(() => Int)
  escalateAfterDays!: number;

  @Field(() => [AlertRule])
  disabledRules!: AlertRule[];
}

@ObjectType({ description: 'What an on-demand run of the gap rules did in the caller’s municipality.' })
export class AlertEvaluationResult {
  @Field({
    description: 'False when a run (scheduled or on demand) was already under way: this one did nothing.',
  })
  ran!: boolean;

  @Field(() => Int)
  opened!: number;

  @Field(() => Int, { description: 'Open alerts whose facts, due day or owner changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Alerts resolved because their condition ended.' })
  resolved!: number;

  @Field(() => Int)
  escalated!: number;
}

@ObjectType({ description: 'One rule’s expected effect of a settings change at the next run.' })
export class AlertRulePreview {
  @Field(() => AlertRule)
  rule!: AlertRule;

  @Field(() => Int, { description: 'Conditions that would hold and have no open alert: alerts that would open.' })
  opening!: number;

  @Field(() => Int, { description: 'Open alerts whose condition would no longer hold: alerts that would resolve.' })
  ending!: number;

  @Field(() => Int, { description: 'Conditions that would hold in all (open alerts afterwards).' })
  holding!: number;
}

@ObjectType({
  description:
    'The next run’s expected effect of settings not yet saved, in the caller’s municipality (writes nothing).',
})
export class AlertSettingsPreview {
  @Field(() => Int)
  opening!: number;

  @Field(() => Int)
  ending!: number;

  @Field(() => [AlertRulePreview])
  rules!: AlertRulePreview[];
}
