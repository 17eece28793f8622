import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import type { AppLogger } from '@app/core/logging';

import { JobRunEntity, JobRunStatus } from './job-run.entity';

export type JobCounts = Record<string, number>;

export interface JobResult<T extends JobCounts> {
  // False when another instance held the job's lock and this run did nothing.
  ran: boolean;
  counts: T | undefined;
}

// How long finished runs are kept.
const RETENTION_DAYS = 90;

// Runs scheduled jobs once across api instances and keeps a record of every run. A job's work
// runs in one transaction that first takes a transaction-scoped advisory lock named after the
// job, so two instances never run it at once and a crash releases the lock. The run's record is
// written outside that transaction: a failed run rolls its work back, but its FAILED row stays,
// is logged at error level with the job's name, and shows in the readiness details until a later
// run succeeds.
export class JobRunner {
  constructor(
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    private readonly logger: AppLogger,
  ) {}

  async run<T extends JobCounts>(job: string, work: (now: Date) => Promise<T>): Promise<JobResult<T>> {
    const now = this.clock.now();
    const runs = this.tx.manager.connection.getRepository(JobRunEntity);
    const record = await runs.save(
      runs.create({ job, status: JobRunStatus.RUNNING, startedAt: now, finishedAt: null, counts: null, error: null }),
    );
    try {
      const outcome = await this.tx.run(
        async () => {
          const [lock] = await this.tx.manager.query<Array<{ ok: boolean }>>(
            `SELECT pg_try_advisory_xact_lock(hashtext('brygga.job.' || $1)) AS ok`,
            [job],
          );
          if (!lock?.ok) return undefined;
          return work(now);
        },
        { requireAudit: false },
      );
      const status = outcome ? JobRunStatus.SUCCEEDED : JobRunStatus.SKIPPED;
      await runs.update({ id: record.id }, { status, finishedAt: this.clock.now(), counts: outcome ?? null });
      if (outcome) this.logger.info({ job, counts: outcome }, 'job finished');
      await this.prune(job, now);
      return { ran: outcome !== undefined, counts: outcome };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      this.logger.error({ job, err: { message } }, 'job failed');
      await runs
        .update({ id: record.id }, { status: JobRunStatus.FAILED, finishedAt: this.clock.now(), error: message })
        .catch((recordError: unknown) =>
          this.logger.error(
            { job, err: { message: recordError instanceof Error ? recordError.message : String(recordError) } },
            'job run could not be recorded',
          ),
        );
      throw error;
    }
  }

  // The latest finished run of each job: a job whose latest run failed is "failing".
  async health(): Promise<Record<string, 'ok' | 'failing'>> {
    const rows = await this.tx.manager.connection.query<Array<{ job: string; status: JobRunStatus }>>(
      `SELECT DISTINCT ON (job) job, status FROM job_run
        WHERE status IN ('SUCCEEDED', 'FAILED') ORDER BY job, started_at DESC`,
    );
    return Object.fromEntries(rows.map((row) => [row.job, row.status === JobRunStatus.FAILED ? 'failing' : 'ok']));
  }

  private async prune(job: string, now: Date): Promise<void> {
    await this.tx.manager.connection.query(
      `DELETE FROM job_run WHERE job = $1 AND started_at < $2::timestamptz - make_interval(days => $3)`,
      [job, now, RETENTION_DAYS],
    );
  }
}
