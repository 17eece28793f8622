import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';

import { PageArgs } from '@app/core/graphql';

import { OrganizationKind, SecrecyDomain } from '../organization-kind';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Length(2, 200)
  name!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => SecrecyDomain, { nullable: true, description: 'Defaults from the kind.' })
  @IsOptional()
  @IsEnum(SecrecyDomain)
  secrecyDomain?: SecrecyDomain;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  name?: string;
}

// The longest search term taken (as users(search:)): a name is shorter, and a longer term only
// makes the scan dearer.
export const ORGANIZATION_SEARCH_MAX_LENGTH = 100;

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, {
    nullable: true,
    description: `Part of the name, anywhere in it: any case, and é as e, ü as u (but å, ä and ö are letters of their own, as in Swedish; æ and ø count as ä and ö). Blank or absent lists every organisation. At most ${ORGANIZATION_SEARCH_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_SEARCH_MAX_LENGTH)
  search?: string;
}

@InputType()
export class UpdateMunicipalitySettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Days a consent lasts when recorded without an end date (1–3650); null: the service default.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  consentDefaultValidDays?: number | null;

  @Field({
    nullable: true,
    description:
      'IANA time zone whose calendar days the date rules use (consent validity, the end at 20, due dates); Europe/Stockholm unless changed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The smallest group a report shows (k, 3–100); null: 5.',
  })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(100)
  reportMinCell?: number | null;
}
