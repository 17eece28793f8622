import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { AccessGround, AccessSubjectKind, SecurityEventKind } from '@app/core/audit';

import { AccessReviewKind, AccessReviewOutcome, AccessReviewStatus } from '../oversight.enums';

registerEnumType(AccessGround, { name: 'AccessGround', description: 'Why a user could read what they read.' });
registerEnumType(AccessSubjectKind, {
  name: 'AccessSubjectKind',
  description: 'Whom a read was about: a young person of the register, or a pupil of a school (its early warning).',
});
registerEnumType(AccessReviewKind, { name: 'AccessReviewKind' });
registerEnumType(SecurityEventKind, {
  name: 'SecurityEventKind',
  description: 'A refused login, token or operation, or an anomaly raised from repeated ones.',
});
registerEnumType(AccessReviewStatus, { name: 'AccessReviewStatus' });
registerEnumType(AccessReviewOutcome, { name: 'AccessReviewOutcome' });

@ObjectType('AccessLogEntry', {
  description: 'One read of a young person’s data (or of a school pupil’s early-warning data), with its ground.',
})
export class AccessLogEntry {
  @Field(() => ID, {
    description: 'This entry: one subject of one log row (a response that showed several is one row).',
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

  @Field(() => AccessSubjectKind, { description: 'Whom the read was about.' })
  subjectKind!: AccessSubjectKind;

  @Field(() => ID, { nullable: true, description: 'The young person read (subject kind YOUNG_PERSON).' })
  youngPersonId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The school pupil read (subject kind SCHOOL_PUPIL): not a young person of the register.',
  })
  schoolPupilId!: string | null;

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

@ObjectType('SecurityEvent', {
  description:
    'A refused login, token or operation, or an anomaly raised from repeated ones (never a password, token or e-mail).',
})
export class SecurityEvent {
  @Field(() => ID, { description: 'Ascending in the order the events were written.' })
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => SecurityEventKind)
  kind!: SecurityEventKind;

  @Field(() => ID, { nullable: true, description: 'The user concerned, when the account or token named one.' })
  userId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the lower-cased e-mail a login named (the same account has the same key).',
  })
  accountKey!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address the request came from.' })
  clientAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'The error code the client got.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The operation and its root fields, e.g. `mutation login`.' })
  operation!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The integration credential a school system sent with (refused imports and their anomalies).',
  })
  credentialId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Refused imports: the rows refused.' })
  refused!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Refused imports and their anomalies: the rows about pupils on another school's roll.",
  })
  otherSchool!: number | null;

  @Field(() => Int, { nullable: true, description: 'Anomalies: the events counted in the window.' })
  events!: number | null;

  @Field(() => Int, { nullable: true, description: 'Address anomalies: the distinct accounts tried.' })
  accounts!: number | null;

  @Field(() => Int, { nullable: true, description: 'Anomalies: the window, in seconds.' })
  windowSeconds!: number | null;
}
