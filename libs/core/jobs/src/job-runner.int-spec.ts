import { Writable } from 'node:stream';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { ManualClock } from '@app/core/clock';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { JobRunEntity, JobRunStatus } from './job-run.entity';
import { JobRunner } from './job-runner';

// The scheduled jobs' runner on a real PostgreSQL (issue 21: a job no longer swallows its
// errors): every run is recorded, a failure is logged at error level with the job's name and
// shows in the health answer, and two runners never run one job at the same time.
describe('JobRunner (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let runner: JobRunner;
  let tx: TransactionHost;
  const clock = new ManualClock(new Date('2026-12-06T08:00:00Z'));
  const lines: Array<{ level: number; msg: string; job?: string; err?: { message: string } }> = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 4, statementTimeoutMs: 10_000, applicationName: 'jobs' },
        [JobRunEntity],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as (typeof lines)[number]);
        done();
      },
    });
    runner = new JobRunner(tx, clock, createLogger('info', {}, sink));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const runs = (job: string) =>
    dataSource.getRepository(JobRunEntity).find({ where: { job }, order: { startedAt: 'ASC' } });

  it('records a run with its counts, in the same transaction as its work', async () => {
    const result = await runner.run('ok-job', async (now) => {
      expect(now.toISOString()).toBe('2026-12-06T08:00:00.000Z');
      const [row] = await tx.manager.query<Array<{ n: number }>>('SELECT 7::int AS n');
      return { touched: row.n };
    });
    expect(result).toEqual({ ran: true, counts: { touched: 7 } });
    const [run] = await runs('ok-job');
    expect(run).toMatchObject({ status: JobRunStatus.SUCCEEDED, counts: { touched: 7 }, error: null });
    expect(run.startedAt.toISOString()).toBe('2026-12-06T08:00:00.000Z');
    expect(run.finishedAt).not.toBeNull();
  });

  it('records and logs a failure, rolls its work back and reports the job failing until a run succeeds', async () => {
    const admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`CREATE TABLE job_probe (n int); GRANT ALL ON job_probe TO ${TEST_ROLES.app}`);
    await admin.end();
    await expect(
      runner.run('bad-job', async () => {
        await tx.manager.query('INSERT INTO job_probe VALUES (1)');
        throw new Error('the job broke');
      }),
    ).rejects.toThrow('the job broke');
    const [run] = await runs('bad-job');
    expect(run).toMatchObject({ status: JobRunStatus.FAILED, error: 'the job broke', counts: null });
    expect(await dataSource.query('SELECT * FROM job_probe')).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 50,
        msg: 'job failed',
        job: 'bad-job',
        err: expect.objectContaining({ message: 'the job broke' }) as unknown,
      }),
    );
    expect(await runner.health()).toEqual({ 'ok-job': 'ok', 'bad-job': 'failing' });

    clock.advance(60_000);
    await runner.run('bad-job', () => Promise.resolve({ touched: 0 }));
    expect(await runner.health()).toEqual({ 'ok-job': 'ok', 'bad-job': 'ok' });
  });

  it('skips a run while another instance holds the job, and records that it skipped', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    // A second runner on the same database: another api instance.
    const other = new JobRunner(new TransactionHost(dataSource), clock, createLogger('silent'));
    const first = other.run('shared-job', async () => {
      started();
      await held;
      return { touched: 1 };
    });
    await running;
    const second = await runner.run('shared-job', () => Promise.resolve({ touched: 2 }));
    release();
    expect(await first).toEqual({ ran: true, counts: { touched: 1 } });
    expect(second).toEqual({ ran: false, counts: undefined });
    const statuses = (await runs('shared-job')).map((run) => run.status).sort();
    expect(statuses).toEqual([JobRunStatus.SKIPPED, JobRunStatus.SUCCEEDED]);
  });

  it('keeps 90 days of runs', async () => {
    await dataSource.query(
      `INSERT INTO job_run (job, status, started_at) VALUES ('old-job', 'SUCCEEDED', $1::timestamptz - interval '91 days')`,
      [clock.now()],
    );
    await runner.run('old-job', () => Promise.resolve({}));
    expect(await runs('old-job')).toHaveLength(1);
  });
});
