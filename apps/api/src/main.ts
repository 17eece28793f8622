import 'reflect-metadata';

import { startApi } from './bootstrap';
import { Lifecycle } from './health/lifecycle';
import { configOrExit, exitOnSignals, failedToStart } from './process-lifecycle';

async function main(): Promise<void> {
  const config = configOrExit('Brygga', process.env);
  const api = await startApi({ config });
  const { logger } = api;

  // SIGTERM/SIGINT: readiness turns red, and after SHUTDOWN_DRAIN_MS (requests already sent are
  // read, the load balancer stops sending) the HTTP server stops accepting, in-flight requests
  // finish, sockets close with 1001, the pool closes, all within SHUTDOWN_TIMEOUT_MS.
  exitOnSignals(config, logger, 'api', async () => {
    api.app.get(Lifecycle).shuttingDown = true;
    await new Promise<void>((resolve) =>
      setTimeout(resolve, Math.min(config.env.SHUTDOWN_DRAIN_MS, config.env.SHUTDOWN_TIMEOUT_MS / 2)),
    );
    await api.close();
  });

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

main().catch(failedToStart('Brygga'));
