export { JobRunEntity, JobRunStatus } from './job-run.entity';
export { JobRunner, type JobCounts, type JobResult } from './job-runner';
