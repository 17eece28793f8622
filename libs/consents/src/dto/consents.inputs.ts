import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { IsIsoDate } from '@app/core/graphql';

import { ConsentForm, ConsentGiver, InformationCategory } from '../consents.enums';

// A code of the municipality's own categories: 2–40 upper-case letters, digits or _ (the
// explicit length bound that every string input carries, as test/unit/input-validation asks).
function IsCategoryCode(each = false): PropertyDecorator {
  return applyDecorators(
    MaxLength(40, { each }),
    Matches(/^[A-Z][A-Z0-9_]{1,39}$/, {
      each,
      message: 'a category code is 2–40 upper-case letters, digits or _, starting with a letter',
    }),
  );
}

// The municipality's own category codes a consent, referral or disclosure names (optional).
export function OtherCategoriesField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], {
      nullable: true,
      description: 'Codes of the municipality’s own categories (information held outside Brygga).',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsCategoryCode(true),
  );
}

// The content of a consent, as given. A revision gives it whole again.
@InputType()
export class ConsentTermsInput {
  @Field(() => ID, { description: 'The organisation the information may be shared with.' })
  @IsUUID()
  recipientOrganizationId!: string;

  @Field(() => [InformationCategory])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(InformationCategory, { each: true })
  categories!: InformationCategory[];

  @OtherCategoriesField()
  otherCategories?: string[];

  @Field({ description: 'What the information is shared for.' })
  @Length(1, 500)
  purpose!: string;

  @Field(() => ConsentGiver)
  @IsEnum(ConsentGiver)
  givenBy!: ConsentGiver;

  @Field({ nullable: true, description: 'The guardian who consented, when one did.' })
  @IsOptional()
  @Length(1, 200)
  guardianName?: string;

  @Field({ nullable: true, description: 'Required when a guardian consents: the young person’s maturity, assessed.' })
  @IsOptional()
  @Length(1, 1000)
  maturityAssessment?: string;

  @Field(() => ConsentForm)
  @IsEnum(ConsentForm)
  form!: ConsentForm;

  @Field({ nullable: true, description: 'Required for a written consent: where the signed document is kept.' })
  @IsOptional()
  @Length(1, 200)
  documentReference?: string;

  @Field({ nullable: true, description: 'ISO date; default today.' })
  @IsOptional()
  @IsIsoDate()
  validFrom?: string;

  @Field({ nullable: true, description: 'ISO date, last valid day; default the configured period.' })
  @IsOptional()
  @IsIsoDate()
  validTo?: string;
}

@InputType()
export class RecordConsentInput extends ConsentTermsInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;
}

@InputType()
export class ReviseConsentInput extends ConsentTermsInput {
  @Field(() => ID, { description: 'The consent in force that the new version replaces.' })
  @IsUUID()
  consentId!: string;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID()
  consentId!: string;
}

@InputType()
export class RecordConsentRefusalInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => ID, { description: 'The organisation the information is withheld from.' })
  @IsUUID()
  organizationId!: string;

  @Field(() => [InformationCategory])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(InformationCategory, { each: true })
  categories!: InformationCategory[];
}

@InputType()
export class DefineInformationCategoryInput {
  @Field({ description: 'Upper-case code, e.g. EKONOMI.' })
  @IsCategoryCode()
  code!: string;

  @Field({ description: 'The name shown to users (Swedish).' })
  @Length(1, 200)
  name!: string;
}

@ArgsType()
export class InformationCategoryCodeArgs {
  @Field()
  @IsCategoryCode()
  code!: string;
}
