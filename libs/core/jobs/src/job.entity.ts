import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

// One piece of queued work of a municipality (an import, a matching run): what, for whom, how
// far it has come and how it ended. Claimed by one worker at a time (SELECT … FOR UPDATE SKIP
// LOCKED) under a lease that the worker renews while it runs, so a crashed worker's job is taken
// up again once its lease has run out.
@Entity({
  name: 'job',
  comment: 'Queued work (imports, matching runs): status, progress, result; claimed with SKIP LOCKED.',
})
@Index('uq_job_idempotency', ['municipalityId', 'kind', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Index('ix_job_claim', ['status', 'runAfter'])
@Index('ix_job_municipality_created', ['municipalityId', 'createdAt'])
@Check('ck_job_status', `status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`)
export class JobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_job' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  status!: JobStatus;

  // The same key for the same kind of job of the municipality gives the job already queued
  // (an upload sent twice starts one import).
  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer', default: 0 })
  progressDone!: number;

  @Column({ type: 'integer', nullable: true })
  progressTotal!: number | null;

  // A summary of what the job did, for the screen that started it (counts, not personal data).
  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  // A report to download (e.g. a dry run's outcome per row).
  @Column({ type: 'uuid', nullable: true })
  resultFileId!: string | null;

  // Why it failed: a stable code (a DomainError's) and its message; never a stack or SQL.
  @Column({ type: 'varchar', length: 64, nullable: true })
  errorCode!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'integer', default: 3 })
  maxAttempts!: number;

  @Column({ type: 'timestamptz' })
  runAfter!: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lockedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
