import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';

import { IsIsoDate } from '@app/core/graphql';

import { StandInState } from './stand-in.models';

@InputType()
export class AppointStandInInput {
  @Field(() => ID, { description: 'The absent coordinator (user id), a coordinator of the team lead’s unit.' })
  @IsUUID()
  absentUserId!: string;

  @Field(() => ID, { description: 'The stand-in (user id), another coordinator of the same unit.' })
  @IsUUID()
  standInUserId!: string;

  @Field({ description: 'First day, ISO date; today at the earliest.' })
  @IsIsoDate()
  fromOn!: string;

  @Field({ description: 'Last day, ISO date, included; at most 366 days after the first.' })
  @IsIsoDate()
  toOn!: string;
}

@InputType()
export class StandInsFilter {
  @Field(() => [StandInState], { nullable: true, description: 'Default: planned and active.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(StandInState, { each: true })
  states?: StandInState[];
}

@ArgsType()
export class StandInsArgs {
  @Field(() => StandInsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StandInsFilter)
  filter?: StandInsFilter;
}
