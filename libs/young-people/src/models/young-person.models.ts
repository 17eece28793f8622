import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { InformationCategory } from '@app/core/authz';

import { EligibilityRule } from '../eligibility';
import { CaseloadSort, SortDirection } from '../young-people.repository';
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
registerEnumType(SortDirection, { name: 'SortDirection', description: 'The direction of a sorted list.' });
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

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Skyddade personuppgifter: address and contact shown only to the users named on the record. Null for readers who need not know of the marking: only those working the case (coordinator, the unit’s team lead), the named users and an emergency access see it (docs/AUTHZ.md).',
  })
  protectedIdentity!: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Users who may see the hidden details (empty unless protected). Null except for those who keep the list: the coordinator and the unit’s team lead.',
  })
  protectedNamedUserIds!: string[] | null;

  @Field(() => ID, { nullable: true })
  kaaUnitId!: string | null;

  @Field(() => ID, { nullable: true })
  coordinatorId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The absent coordinator (user id) whose caseload the reader works as stand-in today (vikarie); null for the reader’s own and every other case.',
  })
  standInFor!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastContactAt!: Date | null;

  @Field(() => Int, { description: 'Pass back unchanged when updating; a stale value gives CONFLICT.' })
  version!: number;

  // Not in the schema: how the reader sees this record, for readAccess.
  viewerAccess!: ViewerAccess;
}

registerEnumType(InformationCategory, {
  name: 'InformationCategory',
  description: 'A category of a young person’s information.',
});

// Why a reader sees a young person at all (the grounds of DESIGN.md §4).
export enum ReadGround {
  CASELOAD = 'CASELOAD',
  UNIT = 'UNIT',
  CONSENT = 'CONSENT',
  EMERGENCY_ACCESS = 'EMERGENCY_ACCESS',
  STAND_IN = 'STAND_IN',
}
registerEnumType(ReadGround, {
  name: 'ReadGround',
  description:
    'CASELOAD: the responsible coordinator; UNIT: the KAA unit’s team lead; CONSENT: a consent names the reader’s organisation; EMERGENCY_ACCESS: an emergency access (nödåtkomst) is running; STAND_IN: the reader stands in for the absent responsible coordinator (vikarie).',
});

// Why a category of the record is hidden from the reader, for the app to say ("ej samtycke").
export enum HiddenReason {
  NO_CONSENT = 'NO_CONSENT',
  WITHHELD = 'WITHHELD',
  PROTECTED_IDENTITY = 'PROTECTED_IDENTITY',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(HiddenReason, {
  name: 'HiddenReason',
  description:
    'NO_CONSENT: no consent in force names the category for the reader’s organisation; WITHHELD: the young person withholds it from the organisation; PROTECTED_IDENTITY: protected personal data, shown only to the users named on the record; RESTRICTED: not shown to this reader (said to readers who are not told of a protection marking).',
});

// Internal: what the mapper decided about one record for one reader.
export interface ViewerAccess {
  grounds: ReadGround[];
  // Categories the reader sees; undefined: every category (the KAA unit working the case).
  categories: ReadonlySet<string> | undefined;
  // Contact details hidden by protected identity although the categories would show them.
  contactProtected: boolean;
  // Whether the reader may be told of the protection marking.
  markingShown: boolean;
}

@ObjectType('ConsentInUse', { description: 'A consent in force under which the reader’s organisation reads.' })
export class ConsentInUse {
  @Field(() => ID)
  consentId!: string;

  @Field()
  validFrom!: string;

  @Field({ description: 'The last day it is valid (in the municipality’s time zone).' })
  validTo!: string;

  @Field(() => [InformationCategory], { description: 'Information categories it names for the organisation.' })
  categories!: InformationCategory[];
}

@ObjectType('HiddenCategory', { description: 'A category of the record the reader does not see, and why.' })
export class HiddenCategory {
  @Field(() => InformationCategory)
  category!: InformationCategory;

  @Field(() => HiddenReason)
  reason!: HiddenReason;
}

@ObjectType('ReadAccess', {
  description:
    'Under which ground the reader reads this young person, and what is hidden from them and why: for a screen that shows what it may and says why the rest is missing.',
})
export class ReadAccess {
  @Field(() => [ReadGround])
  grounds!: ReadGround[];

  @Field(() => [ConsentInUse], { description: 'Consents in force today that name the reader’s organisation.' })
  consents!: ConsentInUse[];

  @Field(() => [HiddenCategory])
  hiddenCategories!: HiddenCategory[];
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
