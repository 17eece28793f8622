import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsUUID, Length, Matches, Max, Min } from 'class-validator';

@InputType({
  description:
    'A new integration credential for one school’s system (POST /signals/import, POST /early-warning/absence-days/import).',
})
export class CreateIntegrationCredentialInput {
  @Field(() => ID, { description: 'The school (an organisation in the school secrecy domain).' })
  @IsUUID()
  organizationId!: string;

  @Field({ description: 'What it is called, e.g. the school system’s name (2–100 characters).' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Length(2, 100)
  @Matches(/^[^\u0000-\u001f\u007f]+$/)
  name!: string;

  @Field(() => Int, { description: 'Days it is valid (1–730).' })
  @IsInt()
  @Min(1)
  @Max(730)
  validDays!: number;
}
