import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum JobRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  // Another instance held the job's lock, so this one did nothing.
  SKIPPED = 'SKIPPED',
}

// One run of a scheduled job, across all municipalities (a job is set-based over all of them),
// so this table has no municipality_id. Kept for 90 days, for operators and the readiness check.
@Entity({ name: 'job_run', comment: 'Runs of scheduled jobs: when, how they ended, rows touched.' })
@Index('ix_job_run_job_started', ['job', 'startedAt'])
@Check('ck_job_run_status', `status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED')`)
export class JobRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_job_run' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  job!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: JobRunStatus;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  // Rows the run touched, by what it did ({ endedAtTwenty: 3, remindersCreated: 12 }).
  @Column({ type: 'jsonb', nullable: true })
  counts!: Record<string, number> | null;

  // The error's message only (never its parameters, which can hold personal data).
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;
}
