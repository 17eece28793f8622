import 'reflect-metadata';

import { ApolloDriver } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { Clock, SystemClock } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import {
  migrateDatabase,
  startEmbeddedPostgres,
  type ConnectionSettings,
  type EmbeddedDatabase,
} from '@app/core/database';
import { createLogger, type AppLogger } from '@app/core/logging';

import { AppLoggerService } from './app-logger.service';
import { AppModule } from './app.module';
import { seedDemoData, type DemoLogin } from './demo/demo-seed';
import { FastLaneParserErrors, GraphqlFastLane, registeredHandler, type FastLaneSteps } from './http/graphql-fast-lane';
import { requestContextMiddleware } from './http/request-context.middleware';
import { defaultWebAppDir, securityHeaders, serveWebApp } from './http/web-app';

export interface RunningApi {
  app: INestApplication;
  url: string;
  graphqlUrl: string;
  // True when the built web app (dist/web) is served at `url`.
  webApp: boolean;
  logger: AppLogger;
  demoLogins: DemoLogin[];
  close(): Promise<void>;
}

export interface StartOptions {
  config: AppConfig;
  // Overrides DATABASE_URL (tests pass a database of their own).
  adminUrl?: string;
  host?: string;
  logger?: AppLogger;
  // Where time comes from; the system clock unless a test moves time itself.
  clock?: Clock;
  // The built web app; default dist/web of the project.
  webAppDir?: string;
}

interface PreparedDatabase {
  connection: ConnectionSettings;
  embedded?: EmbeddedDatabase;
}

// The database both the api and the worker need: embedded unless a URL is given, migrated (the
// migrations take a cluster-wide lock, so an api and a worker starting together are safe), and
// the settings of the app role's pool.
async function prepareDatabase(
  config: AppConfig,
  logger: AppLogger,
  adminUrlOverride: string | undefined,
  applicationName: string,
): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = adminUrlOverride ?? config.env.DATABASE_URL;
  if (!adminUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: config.env.EMBEDDED_DATABASE_DIR,
      log: (line) => logger.debug({ component: 'embedded-postgres' }, line),
    });
    adminUrl = embedded.adminUrl;
    logger.info({ port: embedded.port, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  try {
    const roles = { owner: config.env.DATABASE_OWNER_ROLE, app: config.env.DATABASE_APP_ROLE };
    const migrated = await migrateDatabase(adminUrl, roles);
    if (migrated.applied.length > 0) logger.info({ migrations: migrated.applied }, 'migrations applied');
    const pool = {
      poolSize: config.env.DATABASE_POOL_SIZE,
      statementTimeoutMs: config.env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: config.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectTimeoutMs: config.env.DATABASE_CONNECT_TIMEOUT_MS,
      applicationName,
      onPoolError: (error: Error) =>
        logger.warn({ err: { message: error.message } }, 'database connection lost; the pool will reconnect'),
    };
    const connection: ConnectionSettings = config.env.DATABASE_APP_URL
      ? { ...pool, url: config.env.DATABASE_APP_URL }
      : { ...pool, url: adminUrl, role: roles.app };
    return { connection, embedded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export interface RunningWorker {
  app: INestApplication;
  logger: AppLogger;
  close(): Promise<void>;
}

// Starts the worker (`npm run worker`): the same application as the api, initialised but never
// listening, with the background jobs always on (the job queue and every schedule). It needs
// the api's database (DATABASE_URL): an embedded database would be a second, empty one.
export async function startWorker(options: Omit<StartOptions, 'host' | 'webAppDir'>): Promise<RunningWorker> {
  const config = options.config;
  const logger = options.logger ?? createLogger(config.env.LOG_LEVEL);
  if (!config.jobs) throw new Error('the worker runs the jobs: start it with JOBS=on');
  if (!options.adminUrl && !config.env.DATABASE_URL) {
    throw new Error('the worker needs DATABASE_URL, the database of the api instances');
  }
  const { connection } = await prepareDatabase(config, logger, options.adminUrl, 'brygga-worker');
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, connection, logger, clock: options.clock ?? new SystemClock() }),
    { logger: new AppLoggerService(logger), bufferLogs: false },
  );
  // init() runs every module's start-up (the job handlers register, the queue and the schedules
  // start); without listen() no port is opened.
  await app.init();
  let closed = false;
  return {
    app,
    logger,
    close: async () => {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
}

// Starts the api: the database (embedded unless a URL is given), migrations, the Nest app
// and, on an empty database outside production (or when asked), the demo municipality.
export async function startApi(options: StartOptions): Promise<RunningApi> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.env.LOG_LEVEL);
  const { connection, embedded } = await prepareDatabase(config, logger, options.adminUrl, 'brygga-api');
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, connection, logger, clock: options.clock ?? new SystemClock() }),
      {
        logger: new AppLoggerService(logger),
        bufferLogs: false,
        // Nest's default parsers are JSON and URL-encoded forms on every route. No route takes a
        // form (GraphQL refuses one: CSRF prevention answers 400), and the form parser's type check
        // ran on every request (issue 20), so only the JSON parser is registered, below.
        bodyParser: false,
      },
    );
    // Who may name the client's address (X-Forwarded-For): TRUST_PROXY, `loopback` by default.
    app.set('trust proxy', config.trustProxy);
    app.disable('x-powered-by');
    // Responses are never cached (Cache-Control: no-store), so Express's default weak ETag was a
    // SHA-1 of every response body for nothing (a caseload page is about 20 kB).
    app.set('etag', false);
    const expressApp = app.getHttpAdapter().getInstance();
    const parserErrors = new FastLaneParserErrors();
    // The GraphQL fast lane (http/graphql-fast-lane.ts) runs the very functions registered here.
    const cors = registeredHandler(expressApp, () =>
      app.enableCors({ origin: config.allowedOrigins, credentials: false }),
    );
    const headers = securityHeaders(config.production);
    app.use(headers);
    const webApp = serveWebApp(app, options.webAppDir ?? defaultWebAppDir());
    // Nest's default JSON parser (100 kB), where Nest put it: after CORS and the headers. In the
    // chain it is wrapped so that a body the fast lane's parser refused is refused here, at the
    // parser's place, with the parser's error.
    const jsonParser = registeredHandler(
      expressApp,
      () => app.useBodyParser('json'),
      (parser) => parserErrors.step(parser),
    );
    // No app.enableShutdownHooks(): main.ts owns SIGTERM/SIGINT (readiness red, a drain period,
    // then close() with a deadline). Nest's own signal listener closed the app at once, beside
    // main.ts's, and reset connections whose requests were sent but not yet read (issue 19).
    // close() runs every lifecycle hook either way.
    const host = options.host ?? '0.0.0.0';
    await app.init();
    const server = app.getHttpServer();
    if (config.graphqlFastLane) {
      const graphql = app.get(GraphQLModule);
      const driver = graphql.graphQlAdapter;
      const context: unknown = graphql.completeOptions?.context;
      if (!(driver instanceof ApolloDriver) || typeof context !== 'function') {
        throw new Error('GraphQL fast lane: the Apollo driver or its context function is missing');
      }
      new GraphqlFastLane(
        {
          expressApp,
          cors,
          securityHeaders: headers,
          jsonParser,
          requestContext: requestContextMiddleware(logger),
          apollo: driver.instance,
          context: context as FastLaneSteps['context'],
        },
        parserErrors,
      ).install(server);
    }
    await app.listen(config.port, host);
    server.keepAliveTimeout = 5000;
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;

    const demoLogins = config.demoData ? await seedDemoData(app.get(DataSource), logger) : [];

    let closed = false;
    return {
      app,
      url,
      graphqlUrl: `${url}/graphql`,
      webApp,
      logger,
      demoLogins,
      close: async () => {
        if (closed) return;
        closed = true;
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
