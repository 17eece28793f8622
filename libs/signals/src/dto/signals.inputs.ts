import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';

import { IsIsoDate, IsReason, PageArgs } from '@app/core/graphql';
import { IsIdentityNumber } from '@app/young-people';

import { SignalDecision, SignalKind, SignalStatus } from '../signals.enums';

@InputType({ description: 'One signal from the caller’s school about one pupil.' })
export class RecordSignalInput {
  @Field(() => SignalKind)
  @IsEnum(SignalKind)
  kind!: SignalKind;

  @Field({ description: "Personnummer or samordningsnummer, 10 or 12 digits, with or without '-'." })
  @IsIdentityNumber()
  personalIdentityNumber!: string;

  @Field({ description: 'The day it happened (ISO date, not in the future).' })
  @IsIsoDate()
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: 'ABSENCE_PERIOD: the first day of the period.' })
  @IsOptional()
  @IsIsoDate()
  periodStart?: string;

  @Field(() => String, { nullable: true, description: 'ABSENCE_PERIOD: the last day of the period.' })
  @IsOptional()
  @IsIsoDate()
  periodEnd?: string;

  @Field(() => Int, { nullable: true, description: 'ABSENCE_PERIOD: the share of the period absent (0–100).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  absencePercent?: number;

  @Field(() => String, {
    nullable: true,
    description: 'The pupil’s home municipality (SCB code, e.g. 1480) when it is not the school’s own.',
  })
  @IsOptional()
  @Length(4, 4)
  @Matches(/^\d{4}$/)
  homeMunicipalityCode?: string;

  @Field(() => String, { nullable: true, description: 'What the school wants the KAA unit to know (no health data).' })
  @IsOptional()
  @Length(1, 1000)
  details?: string;
}

@InputType({ description: 'A person’s decision on a signal.' })
export class HandleSignalInput {
  @Field(() => ID)
  @IsUUID()
  signalId!: string;

  @Field(() => SignalDecision)
  @IsEnum(SignalDecision)
  decision!: SignalDecision;

  @Field(() => String, { nullable: true, description: 'Why nothing is done (required for NO_ACTION).' })
  @IsOptional()
  @IsReason({ min: 5, max: 1000 })
  reason?: string;
}

@InputType({ description: 'Import an uploaded CSV file (POST /files) of signals from the caller’s school.' })
export class ImportSignalsInput {
  @Field(() => ID, { description: 'The id POST /files answered.' })
  @IsUUID()
  fileId!: string;

  @Field({ description: 'The sender’s key for this upload: the same key again is the import already made.' })
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9._:-]+$/)
  idempotencyKey!: string;
}

@ArgsType()
export class SignalsArgs extends PageArgs {
  @Field(() => SignalStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SignalStatus)
  status?: SignalStatus;

  @Field(() => SignalKind, { nullable: true })
  @IsOptional()
  @IsEnum(SignalKind)
  kind?: SignalKind;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only signals about registered young people (true) or not (false).',
  })
  @IsOptional()
  @IsBoolean()
  registered?: boolean;
}
