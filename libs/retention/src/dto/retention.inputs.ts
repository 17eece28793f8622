import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';

import { IsReason } from '@app/core/graphql';

import { RetentionClass } from '../retention.enums';

@InputType()
export class SetRetentionRuleInput {
  @Field(() => RetentionClass)
  @IsEnum(RetentionClass)
  recordClass!: RetentionClass;

  @Field({ description: 'Whether the rule disposes anything (no rule is enabled until the admin enables it).' })
  @IsBoolean()
  enabled!: boolean;

  @Field(() => Int, { description: 'Records older than this many years are disposed (whole years, 1–100).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  keepYears!: number;

  @Field(() => Int, { description: 'The version read (0 for a class that has no rule yet).' })
  @IsInt()
  @Min(0)
  version!: number;
}

@InputType()
export class LegalHoldInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field({ description: 'Why the records are held (set) or released (lift).' })
  @IsReason({ max: 500, min: 5 })
  reason!: string;
}

@ArgsType()
export class DisposalsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many of the newest proofs (at most 200).' })
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;
}
