import { subject } from '@casl/ability';
import { Context, Query, Resolver } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { notFound } from '@app/core/errors';
import { callerOf, type GraphqlContext, IdArg } from '@app/core/graphql';

import type { JobEntity } from './job.entity';
import { JobQueue } from './job-queue';
import { Job } from './job.model';

export function toJob(row: JobEntity): Job {
  const result = row.result ?? {};
  const counts = Object.entries(result)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isInteger(entry[1]))
    .filter(([name]) => name !== 'line')
    .map(([name, value]) => ({ name, value }));
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progressDone: row.progressDone,
    progressTotal: row.progressTotal,
    counts,
    resultFileId: row.resultFileId,
    errorCode: row.errorCode,
    error: row.error,
    errorLine: typeof result.line === 'number' ? result.line : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

@Resolver(() => Job)
export class JobsResolver {
  constructor(private readonly queue: JobQueue) {}

  @Query(() => Job, { description: 'A job the caller started (an import, a run): progress and result.' })
  @Policy('read', 'Job', { oneRecord: true })
  async job(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Job> {
    const { principal, ability } = callerOf(ctx);
    const row = await this.queue.find(principal.municipalityId, id);
    if (!row || !ability.can('read', subject('Job', row))) throw notFound('Job');
    return toJob(row);
  }
}
