import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';

import { IsIsoDate, PageArgs } from '@app/core/graphql';
import { ContactDetailsInput, EnrollmentInput } from '@app/young-people';

import { TargetGroupCheckStatus, TargetGroupDismissReason, TargetGroupImportKind } from '../target-group.enums';

@InputType({ description: 'Read an uploaded file (POST /files) as a population extract or an enrolment list.' })
export class ImportTargetGroupFileInput {
  @Field(() => ID, { description: 'The id POST /files answered.' })
  @IsUUID()
  fileId!: string;

  @Field(() => TargetGroupImportKind)
  @IsEnum(TargetGroupImportKind)
  kind!: TargetGroupImportKind;

  @Field({ description: 'The day the extract or list describes (ISO date, not in the future).' })
  @IsIsoDate()
  asOf!: string;

  @Field(() => String, { nullable: true, description: 'Enrolment lists without a school column: the school.' })
  @IsOptional()
  @Length(1, 200)
  schoolName?: string;
}

@InputType()
export class StartTargetGroupRunInput {
  @Field(() => ID)
  @IsUUID()
  populationImportId!: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  enrollmentImportIds!: string[];
}

@InputType({ description: 'Register the young person of a "to check" entry (the same rules as registerYoungPerson).' })
export class RegisterTargetGroupCheckInput {
  @Field(() => ID)
  @IsUUID()
  checkId!: string;

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
export class DismissTargetGroupCheckInput {
  @Field(() => ID)
  @IsUUID()
  checkId!: string;

  @Field(() => TargetGroupDismissReason)
  @IsEnum(TargetGroupDismissReason)
  reason!: TargetGroupDismissReason;
}

@ArgsType()
export class TargetGroupChecksArgs extends PageArgs {
  @Field(() => TargetGroupCheckStatus, { nullable: true, description: 'TO_CHECK for the queue; all when omitted.' })
  @IsOptional()
  @IsEnum(TargetGroupCheckStatus)
  status?: TargetGroupCheckStatus;
}
