import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { EligibilityRule } from '../eligibility';
import { CaseloadSort } from '../young-people.repository';
import {
  CompulsorySchoolStatus,
  ContactChannel,
  ContactOutcome,
  EnrollmentEndReason,
  EnrollmentStatus,
  GuardianRelation,
  OccupationCategory,
  OccupationKind,
  OccupationSource,
  RegistrationReason,
  ReminderKind,
  StatusChangeCause,
  UpperSecondaryStatus,
} from '../young-people.enums';

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'What is known of a registered young person now.',
});
registerEnumType(RegistrationReason, {
  name: 'RegistrationReason',
  description: 'Why the young person was registered (SCB block 1).',
});
registerEnumType(EnrollmentEndReason, {
  name: 'EnrollmentEndReason',
  description: 'Why the responsibility ended (SCB block 5).',
});
registerEnumType(StatusChangeCause, { name: 'StatusChangeCause' });
registerEnumType(OccupationKind, { name: 'OccupationKind' });
registerEnumType(OccupationCategory, { name: 'OccupationCategory' });
registerEnumType(OccupationSource, { name: 'OccupationSource' });
registerEnumType(ContactChannel, { name: 'ContactChannel' });
registerEnumType(ContactOutcome, { name: 'ContactOutcome' });
registerEnumType(GuardianRelation, { name: 'GuardianRelation' });
registerEnumType(UpperSecondaryStatus, { name: 'UpperSecondaryStatus' });
registerEnumType(CompulsorySchoolStatus, { name: 'CompulsorySchoolStatus' });
registerEnumType(EligibilityRule, { name: 'EligibilityRule', description: 'A rule of the KAA target group.' });
registerEnumType(CaseloadSort, { name: 'CaseloadSort' });
registerEnumType(ReminderKind, { name: 'ReminderKind' });

@ObjectType('Reminder', { description: 'Something to act on by a date, created by a scheduled job.' })
export class Reminder {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ReminderKind)
  kind!: ReminderKind;

  @Field()
  dueOn!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  acknowledgedById!: string | null;
}

@ObjectType('ContactDetails', { description: 'Hidden (null) under protected identity unless the caller is named.' })
export class ContactDetails {
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  streetAddress!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;
}

@ObjectType('Guardian')
export class Guardian {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => GuardianRelation)
  relation!: GuardianRelation;

  @Field(() => String, { nullable: true, description: 'Null under protected identity unless the caller is named.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Null under protected identity unless the caller is named.' })
  email!: string | null;
}

@ObjectType('YoungPerson', { description: 'A young person followed by the municipality (ungdom).' })
export class YoungPerson {
  @Field(() => ID)
  id!: string;

  // Identity details are null for a partner whose consent does not cover IDENTITY.
  @Field(() => String, { nullable: true, description: 'Personal identity or coordination number, YYYYMMDD-NNNN.' })
  personalIdentityNumber!: string | null;

  @Field(() => Boolean, { nullable: true })
  coordinationNumber!: boolean | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  dateOfBirth!: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in whole years today.' })
  age!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The 20th birthday, when the activity responsibility ends (ISO date).',
  })
  twentiethBirthday!: string | null;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => ContactDetails, {
    nullable: true,
    description: 'Null when hidden by protected identity, or for a partner without consent for CONTACT.',
  })
  contact!: ContactDetails | null;

  @Field({ description: 'Skyddade personuppgifter: address and contact shown only to the users named on the record.' })
  protectedIdentity!: boolean;

  @Field(() => [ID], { description: 'Users who may see the hidden details (empty unless protected).' })
  protectedNamedUserIds!: string[];

  @Field(() => ID, { nullable: true })
  kaaUnitId!: string | null;

  @Field(() => ID, { nullable: true })
  coordinatorId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastContactAt!: Date | null;

  @Field(() => Int, { description: 'Pass back unchanged when updating; a stale value gives CONFLICT.' })
  version!: number;
}

@ObjectType('KaaEnrollment', { description: 'Registration in the KAA register.' })
export class KaaEnrollment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field()
  registeredOn!: string;

  @Field(() => RegistrationReason)
  registrationReason!: RegistrationReason;

  @Field(() => EnrollmentStatus)
  status!: EnrollmentStatus;

  @Field(() => String, { nullable: true })
  endedOn!: string | null;

  @Field(() => EnrollmentEndReason, { nullable: true })
  endReason!: EnrollmentEndReason | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('EnrollmentStatusChange')
export class EnrollmentStatusChange {
  @Field(() => EnrollmentStatus, { nullable: true })
  fromStatus!: EnrollmentStatus | null;

  @Field(() => EnrollmentStatus)
  toStatus!: EnrollmentStatus;

  @Field(() => StatusChangeCause)
  cause!: StatusChangeCause;

  @Field(() => ID, { nullable: true, description: 'Null when a scheduled job made the change.' })
  changedById!: string | null;

  @Field(() => GraphQLISODateTime)
  changedAt!: Date;
}

@ObjectType('Occupation')
export class Occupation {
  @Field(() => ID)
  id!: string;

  @Field(() => OccupationKind)
  kind!: OccupationKind;

  @Field(() => OccupationCategory)
  category!: OccupationCategory;

  @Field()
  validFrom!: string;

  @Field(() => OccupationSource)
  source!: OccupationSource;

  @Field(() => ID, { nullable: true })
  contactAttemptId!: string | null;
}

@ObjectType('ContactAttempt')
export class ContactAttempt {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ContactChannel)
  channel!: ContactChannel;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID)
  performedById!: string;

  @Field(() => ContactOutcome)
  outcome!: ContactOutcome;

  @Field(() => OccupationCategory, { nullable: true })
  occupationLearned!: OccupationCategory | null;
}

@ObjectType('CaseloadStatusCount')
export class CaseloadStatusCount {
  @Field(() => EnrollmentStatus)
  status!: EnrollmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CoordinatorLoad', { description: 'Load of one coordinator (null id: not yet assigned).' })
export class CoordinatorLoad {
  @Field(() => ID, { nullable: true })
  coordinatorId!: string | null;

  @Field(() => Int)
  youngPeople!: number;

  @Field(() => Int)
  notContacted!: number;

  @Field(() => Int, { description: 'Without any contact attempt in the period asked for.' })
  withoutRecentContact!: number;
}
