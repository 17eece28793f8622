import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import { DomainError } from '@app/core/errors';
import type { AppLogger } from '@app/core/logging';

import { JobEntity, JobStatus } from './job.entity';

export interface EnqueueRequest {
  municipalityId: string;
  kind: string;
  payload: Record<string, unknown>;
  createdById: string | null;
  idempotencyKey?: string;
  // How often an unexpected failure (not a DomainError) is tried before the job fails.
  maxAttempts?: number;
}

export interface JobOutcome {
  result: Record<string, unknown>;
  resultFileId?: string;
}

// What a handler gets: its job, a way to report progress (which also renews the lease), and
// the instant the run began, from the one clock.
export interface JobContext {
  job: Readonly<JobEntity>;
  now: Date;
  progress(done: number, total?: number | null): Promise<void>;
}

export type JobHandler = (context: JobContext) => Promise<JobOutcome>;

export interface JobQueueOptions {
  // Whether this process works the queue (false: an api instance beside `npm run worker`).
  work: boolean;
  concurrency: number;
  pollMs: number;
  leaseMs: number;
}

// A job queue in PostgreSQL. Enqueuing writes a row in the caller's transaction (so a job exists
// exactly when the mutation that asked for it committed); workers claim rows with FOR UPDATE SKIP
// LOCKED, one at a time each, under a lease renewed while the handler runs. A handler's failure
// with a DomainError (bad input: a file that cannot be read) fails the job at once with that code;
// any other failure is tried again later up to maxAttempts. A worker that dies leaves its lease
// to run out, after which another worker takes the job up again.
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly running = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private stopping = false;
  private polling = false;

  constructor(
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    private readonly logger: AppLogger,
    private readonly options: JobQueueOptions,
  ) {}

  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for ${kind} is registered twice`);
    this.handlers.set(kind, handler);
  }

  // In the caller's transaction when there is one. With an idempotency key, the job already
  // queued under it is returned instead of a second one.
  async enqueue(request: EnqueueRequest): Promise<JobEntity> {
    const now = this.clock.now();
    const repo = this.tx.manager.getRepository(JobEntity);
    const inserted = await this.tx.manager.query<JobEntity[]>(
      `INSERT INTO job (municipality_id, kind, payload, status, idempotency_key, created_by_id, max_attempts, run_after, created_at)
       VALUES ($1, $2, $3, 'QUEUED', $4, $5, $6, $7, $7)
       ON CONFLICT (municipality_id, kind, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        request.municipalityId,
        request.kind,
        JSON.stringify(request.payload),
        request.idempotencyKey ?? null,
        request.createdById,
        request.maxAttempts ?? 3,
        now,
      ],
    );
    const id = inserted[0]?.id;
    const job = id
      ? await repo.findOneByOrFail({ id })
      : await repo.findOneByOrFail({
          municipalityId: request.municipalityId,
          kind: request.kind,
          idempotencyKey: request.idempotencyKey ?? '',
        });
    // Another instance's workers poll; this one's look at once (after a short delay, so that the
    // enqueuing transaction has committed).
    if (id) this.wake();
    return job;
  }

  find(municipalityId: string, id: string): Promise<JobEntity | null> {
    return this.tx.manager.getRepository(JobEntity).findOneBy({ id, municipalityId });
  }

  start(): void {
    if (!this.options.work || this.timer) return;
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.running]);
  }

  // Runs every job that is due now, up to the concurrency; resolves when none is left. Tests and
  // the worker's loop both use it.
  async drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      const job = await this.claim();
      if (!job) return ran;
      await this.run(job);
      ran += 1;
    }
  }

  private wake(): void {
    if (!this.options.work || this.stopping || this.polling) return;
    this.polling = true;
    // Outside the enqueuing mutation's transaction: the jobs run on connections of their own.
    this.tx.outside(() =>
      setTimeout(() => {
        void this.fill().finally(() => {
          this.polling = false;
        });
      }, 20).unref(),
    );
  }

  private async fill(): Promise<void> {
    while (!this.stopping && this.running.size < this.options.concurrency) {
      let job: JobEntity | undefined;
      try {
        job = await this.claim();
      } catch (error) {
        this.logger.warn({ err: { message: (error as Error).message } }, 'job queue: claim failed');
        return;
      }
      if (!job) return;
      const run = this.run(job).finally(() => {
        this.running.delete(run);
        this.wake();
      });
      this.running.add(run);
    }
  }

  private async claim(): Promise<JobEntity | undefined> {
    const now = this.clock.now();
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return undefined;
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await this.tx.manager.connection.query<[Array<{ id: string }>, number]>(
      `UPDATE job SET status = 'RUNNING', locked_by = $1, locked_until = $2::timestamptz + make_interval(secs => $3 / 1000.0),
              attempts = attempts + 1, started_at = COALESCE(started_at, $2)
        WHERE id = (SELECT id FROM job
                     WHERE kind = ANY($4::text[])
                       AND ((status = 'QUEUED' AND run_after <= $2) OR (status = 'RUNNING' AND locked_until < $2))
                     ORDER BY run_after, created_at
                     FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id`,
      [this.workerId, now, this.options.leaseMs, kinds],
    );
    const id = rows[0]?.id;
    return id ? this.tx.manager.connection.getRepository(JobEntity).findOneByOrFail({ id }) : undefined;
  }

  private async run(job: JobEntity): Promise<void> {
    const db = this.tx.manager.connection;
    const handler = this.handlers.get(job.kind);
    if (!handler) return;
    if (job.attempts > job.maxAttempts) {
      await this.finish(job, JobStatus.FAILED, {
        errorCode: 'JOB_ABANDONED',
        error: 'The job was interrupted too often',
      });
      return;
    }
    const renew = async (): Promise<void> => {
      await db.query(
        `UPDATE job SET locked_until = $3::timestamptz + make_interval(secs => $4 / 1000.0) WHERE id = $1 AND locked_by = $2`,
        [job.id, this.workerId, this.clock.now(), this.options.leaseMs],
      );
    };
    const heartbeat = setInterval(() => void renew().catch(() => undefined), Math.max(this.options.leaseMs / 3, 50));
    heartbeat.unref();
    const context: JobContext = {
      job,
      now: this.clock.now(),
      progress: async (done, total) => {
        await db.query(
          `UPDATE job SET progress_done = $3, progress_total = COALESCE($4, progress_total),
                  locked_until = $5::timestamptz + make_interval(secs => $6 / 1000.0)
            WHERE id = $1 AND locked_by = $2`,
          [job.id, this.workerId, done, total ?? null, this.clock.now(), this.options.leaseMs],
        );
      },
    };
    try {
      const outcome = await handler(context);
      await this.finish(job, JobStatus.SUCCEEDED, {
        result: outcome.result,
        resultFileId: outcome.resultFileId ?? null,
      });
      this.logger.info({ job: job.kind, jobId: job.id }, 'job succeeded');
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      if (error instanceof DomainError) {
        // The input is wrong: trying again gives the same answer.
        await this.finish(job, JobStatus.FAILED, {
          errorCode: error.code,
          error: message,
          result: error.details ?? null,
        });
        this.logger.info({ job: job.kind, jobId: job.id, code: error.code }, 'job refused its input');
      } else if (job.attempts < job.maxAttempts) {
        const retryAt = new Date(this.clock.now().getTime() + 1000 * 2 ** job.attempts);
        await db.query(
          `UPDATE job SET status = 'QUEUED', run_after = $3, locked_by = NULL, locked_until = NULL, error = $4
            WHERE id = $1 AND locked_by = $2`,
          [job.id, this.workerId, retryAt, message],
        );
        this.logger.warn({ job: job.kind, jobId: job.id, err: { message } }, 'job failed; it will be tried again');
      } else {
        await this.finish(job, JobStatus.FAILED, { errorCode: 'JOB_FAILED', error: message });
        this.logger.error({ job: job.kind, jobId: job.id, err: { message } }, 'job failed');
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async finish(
    job: JobEntity,
    status: JobStatus,
    values: {
      result?: Record<string, unknown> | null;
      resultFileId?: string | null;
      errorCode?: string;
      error?: string;
    },
  ): Promise<void> {
    await this.tx.manager.connection.query(
      `UPDATE job SET status = $3, finished_at = $4, locked_by = NULL, locked_until = NULL,
              result = $5, result_file_id = $6, error_code = $7, error = $8
        WHERE id = $1 AND locked_by = $2`,
      [
        job.id,
        this.workerId,
        status,
        this.clock.now(),
        values.result === undefined || values.result === null ? null : JSON.stringify(values.result),
        values.resultFileId ?? null,
        values.errorCode ?? null,
        values.error ?? null,
      ],
    );
  }
}
