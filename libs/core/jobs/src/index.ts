export { JobEntity, JobStatus } from './job.entity';
export {
  JobQueue,
  type EnqueueRequest,
  type JobContext,
  type JobHandler,
  type JobOutcome,
  type JobQueueOptions,
} from './job-queue';
export { Job, JobCount } from './job.model';
export { JobRunEntity, JobRunStatus } from './job-run.entity';
export { JobRunner, type JobCounts, type JobResult } from './job-runner';
export { JobsResolver, toJob } from './jobs.resolver';
export { jobsPolicy } from './jobs.policy';
