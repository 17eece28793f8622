import 'reflect-metadata';

import { AppConfig, ConfigValidationError, validateEnvironment } from '@app/core/config';

import { startWorker } from './bootstrap';

// `npm run worker`: runs the job queue and the scheduled jobs beside api instances started with
// JOBS=off, and serves no HTTP. Any number of workers may run: a queued job is claimed by one
// (FOR UPDATE SKIP LOCKED under a lease) and a scheduled job runs under an advisory lock, so
// each runs once across every api and worker process (docs/OPERATIONS.md).
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    // The worker exists to run the jobs: a JOBS=off meant for the api instances (a shared
    // environment file) does not turn it off.
    config = new AppConfig(validateEnvironment({ ...process.env, JOBS: 'on', JOB_WORKER: undefined }));
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`Brygga worker cannot start: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const worker = await startWorker({ config });
  const { logger } = worker;

  // SIGTERM/SIGINT: the queue stops claiming, running jobs finish (a job cut off by the timeout
  // is taken up again by another worker once its lease runs out), then the pool closes.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.env.SHUTDOWN_TIMEOUT_MS }, 'worker shutdown timed out; exiting');
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    worker.close().then(
      () => {
        logger.info('worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(
          { err: { message: error instanceof Error ? error.message : String(error) } },
          'error during shutdown',
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // The line scripts and tests wait for.
  process.stdout.write(`Brygga worker ready (pid ${process.pid})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Brygga worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
