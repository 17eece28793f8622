import 'reflect-metadata';

import { startWorker } from './bootstrap';
import { configOrExit, exitOnSignals, failedToStart } from './process-lifecycle';

// `npm run worker`: runs the job queue and the scheduled jobs beside api instances started with
// JOBS=off, and serves no HTTP. Any number of workers may run: a queued job is claimed by one
// (FOR UPDATE SKIP LOCKED under a lease) and a scheduled job runs under an advisory lock, so
// each runs once across every api and worker process (docs/OPERATIONS.md).
async function main(): Promise<void> {
  // The worker exists to run the jobs: a JOBS=off meant for the api instances (a shared
  // environment file) does not turn it off.
  const config = configOrExit('Brygga worker', { ...process.env, JOBS: 'on', JOB_WORKER: undefined });
  const worker = await startWorker({ config });

  // SIGTERM/SIGINT: the queue stops claiming, running jobs finish (a job cut off by the timeout
  // is taken up again by another worker once its lease runs out), then the pool closes.
  exitOnSignals(config, worker.logger, 'worker', () => worker.close());
  // The line scripts and tests wait for.
  process.stdout.write(`Brygga worker ready (pid ${process.pid})\n`);
}

main().catch(failedToStart('Brygga worker'));
