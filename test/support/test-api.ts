import { Pool } from 'pg';
import request from 'supertest';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

import type { Clock } from '@app/core/clock';
import { AppConfig, validateEnvironment } from '@app/core/config';
import type { AppLogger } from '@app/core/logging';
import { PgPubSub } from '@app/core/pubsub';
import { createTestDatabase, type TestDatabase } from '@app/core/testing';

import { startApi, type RunningApi } from '../../apps/api/src/bootstrap';
import { Factories, type TestUser } from './factories';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface TestApi {
  api: RunningApi;
  db: TestDatabase;
  pool: Pool;
  factories: Factories;
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>>;
  login(user: Pick<TestUser, 'email' | 'password'>): Promise<string>;
  ws(token: string | undefined, headers?: Record<string, string>): WsClient;
  // Resolves once this instance has exactly `count` live subscription listeners, so a test
  // publishes only after the server really subscribed (or unsubscribed), without sleeps.
  waitForListeners(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  env?: Record<string, string>;
  // The api's logger, for a test that reads what is logged (e.g. one writing to a stream).
  logger?: AppLogger;
  // Share a database with another instance (two api processes on one database).
  db?: TestDatabase;
  // A clock the test moves (ManualClock) while this one server keeps running.
  clock?: Clock;
}

// Boots the real api in this process on a database of its own (cloned from the migrated
// template) and listens on a free loopback port; tests talk to it over HTTP and WebSocket.
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const db = options.db ?? (await createTestDatabase());
  const config = new AppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
      KAA_JOBS_INTERVAL_SECONDS: '0',
      EMAIL_INTERVAL_SECONDS: '0',
      RETENTION_INTERVAL_SECONDS: '0',
      EXPOSE_SQL_STATEMENT_COUNT: 'true',
      ...options.env,
    }),
  );
  const api = await startApi({
    config,
    adminUrl: db.adminUrl,
    host: '127.0.0.1',
    logger: options.logger,
    clock: options.clock,
  });
  const pool = new Pool({ connectionString: db.adminUrl, max: 3 });
  // An idle connection of this pool that the server ends (a database dropped WITH (FORCE), a
  // terminated backend) must not fail whichever suite the worker runs next.
  pool.on('error', () => undefined);
  const sockets: WsClient[] = [];

  const graphql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>> => {
    let req = request(api.url).post('/graphql').set('content-type', 'application/json');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    const body = (res.body ?? {}) as Omit<GraphqlResponse<T>, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body };
  };

  return {
    api,
    db,
    pool,
    factories: new Factories(pool),
    url: api.url,
    graphql,
    login: async (user) => {
      const res = await graphql<{ login: { accessToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: user.email, password: user.password } },
      );
      if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    ws: (token, headers) => {
      const client = createClient({
        url: `${api.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      sockets.push(client);
      return client;
    },
    waitForListeners: async (count, timeoutMs = 10_000) => {
      const pubsub = api.app.get(PgPubSub);
      const deadline = Date.now() + timeoutMs;
      while (pubsub.listenerCount() !== count) {
        if (Date.now() > deadline) throw new Error(`only ${pubsub.listenerCount()} of ${count} listeners`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: async () => {
      await Promise.all(sockets.map(async (s) => s.dispose()));
      await pool.end();
      await api.close();
      if (!options.db) await db.drop();
    },
  };
}

// Collects the next `count` results of a subscription (or fails after `timeoutMs`).
export function nextResults<T>(
  client: WsClient,
  query: string,
  count: number,
  timeoutMs = 10_000,
): { results: Promise<T[]>; cancel: () => void } {
  const received: T[] = [];
  let cancel = (): void => undefined;
  const results = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new Error(`timed out with ${received.length}/${count} results`));
    }, timeoutMs);
    cancel = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          if (value.errors) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(value.errors)));
            return;
          }
          received.push(value.data as T);
          if (received.length >= count) {
            clearTimeout(timer);
            cancel();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {
          clearTimeout(timer);
          resolve(received);
        },
      },
    );
  });
  return { results, cancel: () => cancel() };
}
