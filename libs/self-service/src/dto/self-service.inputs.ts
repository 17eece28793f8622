import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';

import { RectificationDecision, RectificationField } from '../self-service.enums';

@InputType()
export class RequestRectificationInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => RectificationField)
  @IsEnum(RectificationField)
  field!: RectificationField;

  @Field({ description: 'What is wrong and what it should say, in the person’s own words.' })
  @MaxLength(2000)
  text!: string;
}

@InputType()
export class DecideRectificationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => RectificationDecision)
  @IsEnum(RectificationDecision)
  decision!: RectificationDecision;

  @Field(() => String, { nullable: true, description: 'Required when refusing: why (shown to the young person).' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}
