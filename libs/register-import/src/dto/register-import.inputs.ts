import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';

import { PageArgs } from '@app/core/graphql';
import { RegistrationReason } from '@app/young-people';

import { RegisterImportAction } from '../register-import.enums';

@InputType({ description: "Which column of the municipality's register file holds what (the header text)." })
export class RegisterImportMappingInput {
  @Field({ description: 'The column of identity numbers (personnummer or samordningsnummer).' })
  @Length(1, 100)
  identityNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: 'Given names and the family name in one cell.' })
  @IsOptional()
  @Length(1, 100)
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: "The coordinator's e-mail (a coordinator of the unit)." })
  @IsOptional()
  @Length(1, 100)
  coordinatorEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'The registration date (required for new registrations).' })
  @IsOptional()
  @Length(1, 100)
  registeredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The status or occupation (Swedish words or the enum).' })
  @IsOptional()
  @Length(1, 100)
  status?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  registrationReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  email?: string | null;

  @Field(() => RegistrationReason, { description: 'The reason recorded when the file gives none.' })
  @IsEnum(RegistrationReason)
  defaultRegistrationReason!: RegistrationReason;
}

@InputType({ description: 'A dry run of an uploaded register file (POST /files).' })
export class DryRunRegisterImportInput {
  @Field(() => ID, { description: 'The id POST /files answered.' })
  @IsUUID()
  fileId!: string;

  @Field(() => RegisterImportMappingInput, {
    nullable: true,
    description: "The mapping to use; the municipality's saved one when not given.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegisterImportMappingInput)
  mapping?: RegisterImportMappingInput;
}

@ArgsType()
export class RegisterImportRowsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  importId!: string;

  @Field(() => [RegisterImportAction], { nullable: true, description: 'Only these actions (all when not given).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(RegisterImportAction, { each: true })
  actions?: RegisterImportAction[];
}

@ArgsType()
export class RegisterImportFileColumnsArgs {
  @Field(() => ID)
  @IsUUID()
  fileId!: string;
}
