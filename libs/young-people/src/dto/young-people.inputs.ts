import { Type } from 'class-transformer';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsIsoDate, IsVersion, PageArgs } from '@app/core/graphql';

import { CaseloadSort, SortDirection } from '../young-people.repository';
import {
  CompulsorySchoolStatus,
  ContactChannel,
  ContactOutcome,
  EnrollmentEndReason,
  EnrollmentStatus,
  GuardianRelation,
  HandOverDirection,
  HandOverStatus,
  OccupationCategory,
  OccupationKind,
  OccupationSource,
  RegistrationReason,
  UpperSecondaryStatus,
} from '../young-people.enums';

import { IsIdentityNumber, IsYoungPersonQuery } from './identity-number.rules';

@InputType()
export class ContactDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'phone must be digits, spaces, +, - or brackets' })
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  streetAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{3} ?\d{2}$/, { message: 'postalCode must be a Swedish postal code (NNN NN)' })
  @MaxLength(10)
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  city?: string | null;
}

@InputType()
export class GuardianInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => GuardianRelation)
  @IsEnum(GuardianRelation)
  relation!: GuardianRelation;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'phone must be digits, spaces, +, - or brackets' })
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  // Matches a guardian signing in to the own view through the provider (issue 19). Stored
  // normalised (12 digits); never shown back.
  @Field(() => String, {
    nullable: true,
    description:
      "The guardian's personnummer, for their sign-in to the own view (never returned). In an update, left out keeps the number stored for the one guardian of the same name and relation; null clears it.",
  })
  @IsOptional()
  @IsIdentityNumber()
  personalIdentityNumber?: string | null;
}

@InputType({ description: 'The facts the target-group rules are checked against.' })
export class EligibilityInput {
  @Field(() => CompulsorySchoolStatus)
  @IsEnum(CompulsorySchoolStatus)
  compulsorySchool!: CompulsorySchoolStatus;

  @Field(() => UpperSecondaryStatus)
  @IsEnum(UpperSecondaryStatus)
  upperSecondary!: UpperSecondaryStatus;
}

@InputType()
export class EnrollmentInput {
  @Field({ description: 'ISO date; not in the future.' })
  @IsIsoDate()
  registeredOn!: string;

  @Field(() => RegistrationReason)
  @IsEnum(RegistrationReason)
  reason!: RegistrationReason;

  @Field(() => EligibilityInput)
  @ValidateNested()
  @Type(() => EligibilityInput)
  eligibility!: EligibilityInput;
}

@InputType()
export class RegisterYoungPersonInput {
  @Field({ description: "Personnummer or samordningsnummer, 10 or 12 digits, with or without '-'." })
  @IsIdentityNumber()
  personalIdentityNumber!: string;

  @Field()
  @Length(1, 100)
  givenName!: string;

  @Field()
  @Length(1, 100)
  familyName!: string;

  @Field(() => ContactDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDetailsInput)
  contact?: ContactDetailsInput;

  @Field(() => [GuardianInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => GuardianInput)
  guardians?: GuardianInput[];

  @Field({ nullable: true, description: 'Protected identity; the registering user is named on the record.' })
  @IsOptional()
  @IsBoolean()
  protectedIdentity?: boolean;

  @Field(() => ID, { nullable: true, description: 'Team lead only: the coordinator; a coordinator gets it.' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @Field(() => EnrollmentInput)
  @ValidateNested()
  @Type(() => EnrollmentInput)
  enrollment!: EnrollmentInput;
}

@InputType()
export class ReEnrollInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => EnrollmentInput)
  @ValidateNested()
  @Type(() => EnrollmentInput)
  enrollment!: EnrollmentInput;
}

@InputType()
export class UpdateYoungPersonInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string;

  @Field(() => ContactDetailsInput, { nullable: true, description: 'Replaces all contact details.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDetailsInput)
  contact?: ContactDetailsInput;

  @Field(() => [GuardianInput], { nullable: true, description: 'Replaces the list of guardians.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => GuardianInput)
  guardians?: GuardianInput[];
}

@InputType()
export class SetProtectedIdentityInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field()
  @IsBoolean()
  protectedIdentity!: boolean;

  @Field(() => [ID], { description: 'Users who may see the hidden details; must work in the KAA unit.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  namedUserIds!: string[];
}

@InputType()
export class AssignCoordinatorInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => ID, { description: 'An active coordinator of the unit.' })
  @IsUUID()
  coordinatorId!: string;
}

@InputType()
export class ChangeEnrollmentStatusInput {
  @Field(() => ID)
  @IsUUID()
  enrollmentId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => EnrollmentStatus)
  @IsEnum(EnrollmentStatus)
  status!: EnrollmentStatus;
}

@InputType()
export class EndEnrollmentInput {
  @Field(() => ID)
  @IsUUID()
  enrollmentId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field({ description: 'ISO date; not before the registration, not in the future.' })
  @IsIsoDate()
  endedOn!: string;

  @Field(() => EnrollmentEndReason)
  @IsEnum(EnrollmentEndReason)
  reason!: EnrollmentEndReason;
}

@InputType({ description: 'Correct the reason an open or ended registration was made for.' })
export class CorrectRegistrationReasonInput {
  @Field(() => ID)
  @IsUUID()
  enrollmentId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => RegistrationReason, { description: 'The right reason; not the one it has.' })
  @IsEnum(RegistrationReason)
  reason!: RegistrationReason;
}

@InputType({ description: 'Correct the reason an ended registration ended for; the end date stays.' })
export class CorrectEndReasonInput {
  @Field(() => ID)
  @IsUUID()
  enrollmentId!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => EnrollmentEndReason, { description: 'The right end reason; not the one it has.' })
  @IsEnum(EnrollmentEndReason)
  reason!: EnrollmentEndReason;
}

@InputType()
export class RecordOccupationInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => OccupationKind)
  @IsEnum(OccupationKind)
  kind!: OccupationKind;

  @Field(() => OccupationCategory)
  @IsEnum(OccupationCategory)
  category!: OccupationCategory;

  @Field()
  @IsIsoDate()
  validFrom!: string;

  @Field(() => OccupationSource)
  @IsEnum(OccupationSource)
  source!: OccupationSource;
}

@InputType()
export class LogContactAttemptInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => ContactChannel)
  @IsEnum(ContactChannel)
  channel!: ContactChannel;

  @Field(() => GraphQLISODateTime, { description: 'When it happened; not in the future.' })
  @IsDate()
  occurredAt!: Date;

  @Field(() => ContactOutcome)
  @IsEnum(ContactOutcome)
  outcome!: ContactOutcome;

  @Field(() => OccupationCategory, { nullable: true, description: 'What the young person does now, if learned.' })
  @IsOptional()
  @IsEnum(OccupationCategory)
  occupationLearned?: OccupationCategory;
}

@InputType()
export class CaseloadFilter {
  @Field(() => [EnrollmentStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(EnrollmentStatus, { each: true })
  statuses?: EnrollmentStatus[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  minAge?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  maxAge?: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'No contact attempt since this time.' })
  @IsOptional()
  @IsDate()
  noContactSince?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  protectedIdentity?: boolean;

  @Field({ nullable: true, description: 'With (true) or without (false) a measure offered, accepted or started.' })
  @IsOptional()
  @IsBoolean()
  hasOpenMeasure?: boolean;

  @Field({
    nullable: true,
    description: 'Only those with a follow-up date reached on an open measure or an active plan.',
  })
  @IsOptional()
  @IsBoolean()
  followUpDue?: boolean;

  @Field(() => ID, { nullable: true, description: 'Team lead: one coordinator’s caseload.' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @Field({ nullable: true, description: 'Team lead: only young people with no coordinator.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field({
    nullable: true,
    description:
      'Coordinator: include the caseloads of absent colleagues the caller stands in for today (default true); false lists only their own.',
  })
  @IsOptional()
  @IsBoolean()
  includeCovered?: boolean;
}

@ArgsType()
export class CaseloadArgs extends PageArgs {
  @Field(() => CaseloadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseloadFilter)
  filter?: CaseloadFilter;

  @Field(() => CaseloadSort, { nullable: true, defaultValue: CaseloadSort.NAME })
  @IsOptional()
  @IsEnum(CaseloadSort)
  sort?: CaseloadSort;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description:
      'ASC (default) or DESC: the order of `sort` reversed exactly. A cursor belongs to the sort and direction it came from.',
  })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection;
}

@ArgsType()
export class CaseloadCountsArgs {
  @Field(() => CaseloadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseloadFilter)
  filter?: CaseloadFilter;
}

@ArgsType()
export class CoordinatorLoadArgs {
  @Field(() => Int, { nullable: true, defaultValue: 30, description: 'Days that count as recent contact.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  contactWithinDays?: number;
}

@ArgsType()
export class SearchYoungPeopleArgs extends PageArgs {
  @Field({ description: 'An identity number (exact) or the start of a name (at least 2 characters).' })
  @IsYoungPersonQuery()
  query!: string;
}

@ArgsType()
export class ContactAttemptsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  youngPersonId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Contacts made by this user (default: the caller when no young person).',
  })
  @IsOptional()
  @IsUUID()
  performedById?: string;
}

@ArgsType()
export class RemindersArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeAcknowledged?: boolean;
}

@InputType()
export class HandOverInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field({ description: 'SCB code of the new home municipality.' })
  @Matches(/^\d{4}$/)
  @MaxLength(4)
  toMunicipalityCode!: string;

  @Field({ description: 'ISO date of the move; the registration here ends on it.' })
  @IsIsoDate()
  movedOn!: string;
}

@InputType()
export class AcceptHandOverInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ID, { nullable: true, description: 'A coordinator of the receiving unit; otherwise unassigned.' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;
}

@ArgsType()
export class HandOversArgs extends PageArgs {
  @Field(() => HandOverDirection)
  @IsEnum(HandOverDirection)
  direction!: HandOverDirection;

  @Field(() => HandOverStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HandOverStatus)
  status?: HandOverStatus;
}
