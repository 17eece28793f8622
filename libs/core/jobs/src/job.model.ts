import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JobStatus } from './job.entity';

registerEnumType(JobStatus, { name: 'JobStatus', description: 'Where a queued job (an import, a run) is.' });

@ObjectType('JobCount', { description: 'One figure of what a job did.' })
export class JobCount {
  @Field()
  name!: string;

  @Field(() => Int)
  value!: number;
}

@ObjectType('Job', { description: 'Queued work the caller started: its progress and how it ended.' })
export class Job {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field(() => JobStatus)
  status!: JobStatus;

  @Field(() => Int, { description: 'Rows (or steps) done.' })
  progressDone!: number;

  @Field(() => Int, { nullable: true, description: 'Rows (or steps) in all, once known.' })
  progressTotal!: number | null;

  @Field(() => [JobCount], { description: 'The figures of its result (created, refused, …).' })
  counts!: JobCount[];

  @Field(() => ID, { nullable: true, description: 'A report to download from /files/{id}.' })
  resultFileId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed: a stable error code (docs/ERRORS.md).' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int, { nullable: true, description: 'The line of the file the failure is about, when there is one.' })
  errorLine!: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}
