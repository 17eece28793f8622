import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches, MaxLength } from 'class-validator';

const HALF_YEAR = /^\d{4}H[12]$/;

@InputType()
export class ScbKaaPeriodInput {
  @Field({ description: "The half-year, e.g. '2026H1' (1 January–30 June) or '2026H2'." })
  @MaxLength(6)
  @Matches(HALF_YEAR)
  period!: string;
}

@InputType()
export class ProduceScbKaaFileInput {
  @Field({ description: "The half-year, e.g. '2026H1'." })
  @MaxLength(6)
  @Matches(HALF_YEAR)
  period!: string;

  @Field({
    nullable: true,
    description:
      'Required (true) when the half-year already has a file: a new file replaces everything sent to SCB for it.',
  })
  @IsOptional()
  @IsBoolean()
  confirmReplace?: boolean;
}
