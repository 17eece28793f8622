import { AppConfig, ConfigValidationError, validateEnvironment } from '@app/core/config';
import type { AppLogger } from '@app/core/logging';

// What `main.ts` (the api) and `worker.ts` (the job worker) share as processes: reading the
// environment, exiting on a bad one, and the shutdown on SIGTERM/SIGINT with a deadline.

// The validated configuration, or exit 78 (EX_CONFIG) with the problems named.
export function configOrExit(name: string, env: NodeJS.ProcessEnv): AppConfig {
  try {
    return new AppConfig(validateEnvironment(env));
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${name} cannot start: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

// On SIGTERM or SIGINT runs `shutdown` once and exits 0 when it ends, 1 when it fails or when
// SHUTDOWN_TIMEOUT_MS passes first (a process that hangs on shutdown is killed by the platform
// anyway, later and without a log line).
export function exitOnSignals(config: AppConfig, logger: AppLogger, what: string, shutdown: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${what} shutting down`);
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.env.SHUTDOWN_TIMEOUT_MS }, `${what} shutdown timed out; exiting`);
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    shutdown().then(
      () => {
        logger.info(`${what} stopped`);
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
}

// The last word of a process that could not start.
export function failedToStart(name: string): (error: unknown) => never {
  return (error) => {
    process.stderr.write(
      `${name} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  };
}
