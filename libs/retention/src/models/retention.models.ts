import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { DisposalTrigger, RetentionClass } from '../retention.enums';

@ObjectType({ description: 'The municipality’s retention rule for one class of record (or its default).' })
export class RetentionRule {
  @Field(() => RetentionClass)
  recordClass!: RetentionClass;

  @Field()
  enabled!: boolean;

  @Field(() => Int)
  keepYears!: number;

  @Field(() => Int, { description: 'The suggested keeping time (docs/RETENTION.md).' })
  suggestedYears!: number;

  @Field(() => Int, { description: 'The shortest keeping time allowed.' })
  minYears!: number;

  @Field(() => Int, { description: '0 while the class has no rule of its own.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'How many records of one class a disposal would dispose or disposed.' })
export class RetentionCount {
  @Field(() => RetentionClass)
  recordClass!: RetentionClass;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: 'A legal hold on a young person’s records: nothing of theirs is disposed until it is lifted.',
})
export class LegalHold {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field()
  reason!: string;

  @Field(() => ID)
  setById!: string;

  @Field(() => GraphQLISODateTime)
  setAt!: Date;

  @Field(() => ID, { nullable: true })
  liftedById!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  liftedAt!: Date | null;

  @Field(() => String, { nullable: true })
  liftReason!: string | null;
}

@ObjectType({ description: 'The proof of one disposal batch (gallringsprotokoll); no personal data.' })
export class Disposal {
  @Field(() => ID)
  id!: string;

  @Field(() => RetentionClass)
  recordClass!: RetentionClass;

  @Field(() => Int)
  keepYears!: number;

  @Field(() => GraphQLISODateTime, { description: 'Records older than this were disposable.' })
  cutoff!: Date;

  @Field(() => Int)
  disposedCount!: number;

  @Field(() => GraphQLISODateTime)
  oldestAt!: Date;

  @Field(() => GraphQLISODateTime)
  newestAt!: Date;

  @Field(() => String, { nullable: true, description: 'For a chain: the last position disposed.' })
  throughSeq!: string | null;

  @Field(() => ID)
  archiveFileId!: string;

  @Field({ description: 'SHA-256 of the archive file written before the records were deleted.' })
  archiveSha256!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The archive file’s name; null once the file store no longer has it.',
  })
  archiveFileName!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the file store deletes the archive file; null once it is gone.',
  })
  archiveExpiresAt!: Date | null;

  @Field({
    description:
      'Whether the archive file can be downloaded now (GET /retention/archives/{disposal id}, admin); false after its keeping time.',
  })
  archiveAvailable!: boolean;

  @Field(() => DisposalTrigger)
  trigger!: DisposalTrigger;

  @Field(() => ID, { nullable: true })
  runById!: string | null;

  @Field(() => GraphQLISODateTime)
  disposedAt!: Date;
}
