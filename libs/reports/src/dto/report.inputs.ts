import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { AgeBand, ReportExportFormat, ReportKind, Sex } from '../reports.enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ReportFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  kaaUnitId?: string;

  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand;

  @Field(() => Sex, { nullable: true })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex;
}

@InputType()
export class ReportInput {
  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind!: ReportKind;

  @Field({ description: 'First day of the period (ISO date).' })
  @MaxLength(10)
  @Matches(ISO_DATE)
  from!: string;

  @Field({ description: 'Last day of the period (ISO date); at most two years after `from`.' })
  @MaxLength(10)
  @Matches(ISO_DATE)
  to!: string;

  @Field(() => ReportFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportFilterInput)
  filter?: ReportFilterInput;
}

@InputType()
export class ReportPeriodInput {
  @Field()
  @MaxLength(10)
  @Matches(ISO_DATE)
  from!: string;

  @Field()
  @MaxLength(10)
  @Matches(ISO_DATE)
  to!: string;
}

@ArgsType()
export class ExportReportArgs {
  @Field(() => ReportInput)
  @ValidateNested()
  @Type(() => ReportInput)
  input!: ReportInput;

  @Field(() => ReportExportFormat)
  @IsEnum(ReportExportFormat)
  format!: ReportExportFormat;
}
