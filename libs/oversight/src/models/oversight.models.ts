import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { AccessGround } from '@app/core/audit';

import { AccessReviewKind, AccessReviewOutcome, AccessReviewStatus } from '../oversight.enums';

registerEnumType(AccessGround, { name: 'AccessGround', description: 'Why a user could read what they read.' });
registerEnumType(AccessReviewKind, { name: 'AccessReviewKind' });
registerEnumType(AccessReviewStatus, { name: 'AccessReviewStatus' });
registerEnumType(AccessReviewOutcome, { name: 'AccessReviewOutcome' });

@ObjectType('AccessLogEntry', { description: 'One read of a young person’s data, with its ground.' })
export class AccessLogEntry {
  @Field(() => ID, {
    description: 'This entry: one young person of one log row (a response that showed several is one row).',
  })
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID)
  userId!: string;

  @Field()
  role!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => [String], { description: 'Information categories read (NAME: only who the person is).' })
  categories!: string[];

  @Field(() => AccessGround)
  ground!: AccessGround;

  @Field(() => [ID], { description: 'The consents the read relied on (ground CONSENT).' })
  consentIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The emergency access the read relied on.' })
  emergencyAccessId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The disclosure the read relied on (ground DISCLOSURE).' })
  disclosureId!: string | null;

  @Field({ description: 'The operation and its root fields, e.g. `query youngPerson`.' })
  operation!: string;
}

@ObjectType('EmergencyAccess', { description: 'A time-boxed emergency access to one young person (nödåtkomst).' })
export class EmergencyAccess {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  role!: string;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when ended before its time box ran out.' })
  endedAt!: Date | null;

  @Field({ description: 'Whether it still gives access now.' })
  active!: boolean;
}

@ObjectType('AccessReview', { description: 'A review of accesses, with the reviewer’s outcome.' })
export class AccessReview {
  @Field(() => ID)
  id!: string;

  @Field(() => AccessReviewKind)
  kind!: AccessReviewKind;

  @Field(() => ID, { description: 'The user whose reads are reviewed.' })
  userId!: string;

  @Field(() => ID, { nullable: true })
  youngPersonId!: string | null;

  @Field(() => ID, { nullable: true })
  emergencyAccessId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The sampled read reviewed (AccessLogEntry.id).' })
  accessLogId!: string | null;

  @Field(() => GraphQLISODateTime)
  periodFrom!: Date;

  @Field(() => GraphQLISODateTime)
  periodTo!: Date;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => AccessReviewStatus)
  status!: AccessReviewStatus;

  @Field(() => AccessReviewOutcome, { nullable: true })
  outcome!: AccessReviewOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeNote!: string | null;

  @Field(() => ID, { nullable: true })
  reviewedById!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt!: Date | null;
}

@ObjectType('AccessAnomaly', { description: 'Reads that an anomaly rule of log review flags.' })
export class AccessAnomaly {
  @Field(() => AccessReviewKind)
  rule!: AccessReviewKind;

  @Field(() => ID)
  userId!: string;

  @Field(() => ID, { nullable: true, description: 'For reads outside the ordinary grounds: whose record.' })
  youngPersonId!: string | null;

  @Field(() => GraphQLISODateTime)
  periodFrom!: Date;

  @Field(() => GraphQLISODateTime)
  periodTo!: Date;

  @Field(() => Int)
  reads!: number;

  @Field(() => Int, { description: 'Distinct young people read.' })
  youngPeople!: number;

  @Field(() => ID, { nullable: true, description: 'The review recorded for these reads, if any.' })
  reviewId!: string | null;
}
