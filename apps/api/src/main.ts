import 'reflect-metadata';

import { AppConfig, ConfigValidationError, validateEnvironment } from '@app/core/config';

import { startApi } from './bootstrap';
import { Lifecycle } from './health/lifecycle';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = new AppConfig(validateEnvironment(process.env));
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`Brygga cannot start: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const api = await startApi({ config });
  const { logger } = api;

  // SIGTERM/SIGINT: readiness turns red, and after SHUTDOWN_DRAIN_MS (requests already sent are
  // read, the load balancer stops sending) the HTTP server stops accepting, in-flight requests
  // finish, sockets close with 1001, the pool closes. A timer makes sure the process exits in time.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.env.SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out; exiting');
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    api.app.get(Lifecycle).shuttingDown = true;
    const drained = new Promise<void>((resolve) =>
      setTimeout(resolve, Math.min(config.env.SHUTDOWN_DRAIN_MS, config.env.SHUTDOWN_TIMEOUT_MS / 2)),
    );
    drained
      .then(() => api.close())
      .then(
        () => {
          logger.info('stopped');
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

  const mode = config.production ? 'production' : 'development';
  // The first line's form ("ready: <url>/graphql") is what scripts and tests wait for.
  const lines = [`Brygga API ready: ${api.graphqlUrl} (${mode} mode)`];
  lines.push(api.webApp ? `Open Brygga in a browser: ${api.url}/` : 'The web app is not built (dist/web is missing).');
  if (api.demoLogins.length > 0) {
    lines.push('Demo logins (password for all: see below):');
    for (const login of api.demoLogins)
      lines.push(`  ${login.role.padEnd(20)} ${login.email}  (${login.organization})`);
    lines.push(`  password: ${api.demoLogins[0]?.password ?? ''}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Brygga failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
