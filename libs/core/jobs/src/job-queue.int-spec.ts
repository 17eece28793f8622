import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { ManualClock } from '@app/core/clock';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { JobEntity, JobStatus } from './job.entity';
import { JobQueue, type JobHandler } from './job-queue';

// The job queue on a real PostgreSQL: a job exists when the transaction that queued it commits,
// the same idempotency key gives the same job, two workers never run one job, a bad input fails
// at once with its code, an unexpected failure is tried again, and a job whose worker died is
// taken up again when its lease runs out.
describe('JobQueue (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tx: TransactionHost;
  const clock = new ManualClock(new Date('2026-12-06T08:00:00Z'));
  const municipalityId = randomUUID();

  const queue = (options: Partial<{ leaseMs: number }> = {}): JobQueue =>
    new JobQueue(tx, clock, createLogger('silent'), {
      work: false,
      concurrency: 1,
      pollMs: 1000,
      leaseMs: 60_000,
      ...options,
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions(
        {
          url: db.adminUrl,
          role: TEST_ROLES.app,
          poolSize: 4,
          statementTimeoutMs: 10_000,
          applicationName: 'job-queue',
        },
        [JobEntity],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const job = (id: string) => dataSource.getRepository(JobEntity).findOneByOrFail({ id });

  it('queues in the caller’s transaction: a rolled-back mutation leaves no job', async () => {
    const q = queue();
    await expect(
      tx.run(
        async () => {
          await q.enqueue({ municipalityId, kind: 'rolled-back', payload: {}, createdById: null });
          throw new Error('the mutation failed');
        },
        { requireAudit: false },
      ),
    ).rejects.toThrow('the mutation failed');
    expect(await dataSource.getRepository(JobEntity).countBy({ kind: 'rolled-back' })).toBe(0);
  });

  it('gives the same job for the same idempotency key, and runs it once with its progress and result', async () => {
    const q = queue();
    const seen: number[] = [];
    q.register('count', async ({ job: current, progress }) => {
      for (let i = 1; i <= 3; i += 1) {
        await progress(i, 3);
        seen.push(i);
      }
      return { result: { created: 3, payloadValue: Number(current.payload.n) } };
    });
    const request = { municipalityId, kind: 'count', payload: { n: 7 }, createdById: null, idempotencyKey: 'upload-1' };
    const first = await q.enqueue(request);
    const again = await q.enqueue(request);
    expect(again.id).toBe(first.id);
    expect(await q.drain()).toBe(1);
    expect(await q.drain()).toBe(0);
    expect(seen).toEqual([1, 2, 3]);
    expect(await job(first.id)).toMatchObject({
      status: JobStatus.SUCCEEDED,
      progressDone: 3,
      progressTotal: 3,
      result: { created: 3, payloadValue: 7 },
      attempts: 1,
      lockedBy: null,
    });
  });

  it('lets two workers share the queue without running one job twice', async () => {
    const ran: string[] = [];
    const handler: JobHandler = async ({ job: current }) => {
      ran.push(current.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { result: {} };
    };
    const a = queue();
    const b = queue();
    a.register('shared', handler);
    b.register('shared', handler);
    const ids = await Promise.all(
      Array.from(
        { length: 12 },
        async () => (await a.enqueue({ municipalityId, kind: 'shared', payload: {}, createdById: null })).id,
      ),
    );
    const [byA, byB] = await Promise.all([a.drain(), b.drain()]);
    expect(byA + byB).toBe(12);
    expect([...ran].sort()).toEqual([...ids].sort());
  });

  it('fails a job whose input is wrong at once, with its code and line, without trying again', async () => {
    const q = queue();
    q.register('bad-input', () => {
      throw new DomainError(ErrorCode.FILE_ENCODING_INVALID, 'not UTF-8 throughout', { line: 12 });
    });
    const queued = await q.enqueue({ municipalityId, kind: 'bad-input', payload: {}, createdById: null });
    await q.drain();
    expect(await job(queued.id)).toMatchObject({
      status: JobStatus.FAILED,
      errorCode: ErrorCode.FILE_ENCODING_INVALID,
      result: { line: 12 },
      attempts: 1,
    });
  });

  it('tries an unexpected failure again later, up to its attempts', async () => {
    const q = queue();
    let calls = 0;
    q.register('flaky', () => {
      calls += 1;
      if (calls < 3) throw new Error('connection reset');
      return Promise.resolve({ result: { done: 1 } });
    });
    const queued = await q.enqueue({ municipalityId, kind: 'flaky', payload: {}, createdById: null, maxAttempts: 3 });
    await q.drain();
    expect(await job(queued.id)).toMatchObject({ status: JobStatus.QUEUED, attempts: 1, error: 'connection reset' });
    // Not before its back-off has passed.
    expect(await q.drain()).toBe(0);
    clock.advance(3_000);
    await q.drain();
    clock.advance(5_000);
    await q.drain();
    expect(await job(queued.id)).toMatchObject({ status: JobStatus.SUCCEEDED, attempts: 3 });

    const always = queue();
    always.register('broken', () => Promise.reject(new Error('always')));
    const doomed = await always.enqueue({
      municipalityId,
      kind: 'broken',
      payload: {},
      createdById: null,
      maxAttempts: 1,
    });
    await always.drain();
    expect(await job(doomed.id)).toMatchObject({ status: JobStatus.FAILED, errorCode: 'JOB_FAILED', error: 'always' });
  });

  it('takes up a job again when the worker running it died and its lease ran out', async () => {
    const q = queue({ leaseMs: 30_000 });
    let runs = 0;
    q.register('orphan', () => {
      runs += 1;
      return Promise.resolve({ result: { runs } });
    });
    const queued = await q.enqueue({ municipalityId, kind: 'orphan', payload: {}, createdById: null });
    // A worker that claimed it and then vanished.
    await dataSource.query(
      `UPDATE job SET status = 'RUNNING', locked_by = 'gone', locked_until = $2, attempts = 1 WHERE id = $1`,
      [queued.id, new Date(clock.now().getTime() + 30_000)],
    );
    expect(await q.drain()).toBe(0);
    clock.advance(31_000);
    expect(await q.drain()).toBe(1);
    expect(await job(queued.id)).toMatchObject({ status: JobStatus.SUCCEEDED, attempts: 2, result: { runs: 1 } });
  });

  it('runs a job queued inside a transaction on connections of its own, after the transaction has ended', async () => {
    const q = queue();
    const working = new JobQueue(tx, clock, createLogger('silent'), {
      work: true,
      concurrency: 1,
      pollMs: 60_000,
      leaseMs: 60_000,
    });
    let seen: number | undefined;
    working.register('inside', async () => {
      // The handler's queries must not run on the enqueuing transaction's (released) connection.
      const [row] = await tx.manager.query<Array<{ n: number }>>('SELECT 1 AS n');
      seen = row?.n;
      return { result: { ok: 1 } };
    });
    q.register('inside', () => Promise.resolve({ result: {} }));
    const queued = await tx.run(
      () => working.enqueue({ municipalityId, kind: 'inside', payload: {}, createdById: null }),
      { requireAudit: false },
    );
    const deadline = Date.now() + 10_000;
    while ((await job(queued.id)).status !== JobStatus.SUCCEEDED) {
      if (Date.now() > deadline)
        throw new Error(`still ${(await job(queued.id)).status}: ${(await job(queued.id)).error}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await working.stop();
    expect(seen).toBe(1);
  });
});
