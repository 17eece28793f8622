import { Writable } from 'node:stream';

import { Client, Pool } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { Role } from '@app/core/authz';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, type TestDatabase } from '@app/core/testing';
import { OrganizationKind } from '@app/organizations';

import { TcpProxy } from '../support/tcp-proxy';
import { startTestApi, type TestApi } from '../support/test-api';

const ME = '{ me { user { id } } }';
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 1500;
// Set apart from its default (twice the statement timeout), so the test shows the setting is used.
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 2000;

interface Outcome {
  code: string;
  ms: number;
  message?: string;
}

// Issue 19 (T-OPS-2, T-OPS-3): the database goes away during traffic, the api's connections are
// terminated, the pool is exhausted by slow statements. The api runs in this process (an
// uncaught error would fail the suite) and reaches its database through a TCP proxy, so the
// test can take "the database" away and bring it back on the same address while the shared
// test cluster keeps serving other suites.
describe('database faults', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let t: TestApi;
  let token: string;
  let userId: string;
  let admin: Client;
  // The api's error lines that are not a database failure's stable code: what a request that
  // came back INTERNAL_SERVER_ERROR ran into, so a failure here names its cause.
  const internalErrors: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const proxied = await TcpProxy.forUrl(db.adminUrl);
    proxy = proxied.proxy;
    t = await startTestApi({
      db: { ...db, adminUrl: proxied.url },
      logger: createLogger(
        'error',
        {},
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            if (process.env.DEBUG_OUTAGE) process.stdout.write(chunk);
            const line = JSON.parse(chunk.toString('utf8')) as {
              code?: string;
              msg?: string;
              err?: { message?: string };
            };
            if (!line.code?.startsWith('SERVICE_'))
              internalErrors.push(`${line.msg ?? ''}: ${line.err?.message ?? ''}`);
            done();
          },
        }),
      ),
      env: {
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: String(IDLE_IN_TRANSACTION_TIMEOUT_MS),
      },
    });
    // The test's own pool goes through the proxy too; its idle connections die with it (the
    // harness ignores their errors).
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const user = await t.factories.user(kaa, Role.COORDINATOR);
    userId = user.id;
    token = await t.login(user);
    admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await proxy.restore();
    await admin.end();
    await t.close();
    await proxy.close();
    await db.drop();
  });

  async function me(): Promise<Outcome> {
    const started = Date.now();
    const res = await request(t.url).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: ME });
    const body = res.body as {
      data?: { me?: { user?: { id?: string } } };
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    const ms = Date.now() - started;
    if (body.data?.me?.user?.id === userId) return { code: 'OK', ms };
    return { code: body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`, ms, message: body.errors?.[0]?.message };
  }

  // The outcomes outside the allowed codes, with their messages, so a failure says what came back.
  function unexpected(outcomes: Outcome[], allowed: string[]): string[] {
    return [...new Set(outcomes.filter((o) => !allowed.includes(o.code)).map((o) => `${o.code}: ${o.message ?? ''}`))];
  }

  async function ready(): Promise<number> {
    return (await request(t.url).get('/health/ready')).status;
  }

  async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<number> {
    const started = Date.now();
    while (!done(await probe())) {
      if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return Date.now() - started;
  }

  // Requests every 50 ms until stopped, four at a time.
  function traffic(): { stop: () => Promise<Outcome[]> } {
    const outcomes: Outcome[] = [];
    let running = true;
    const workers = Array.from({ length: 4 }, async () => {
      while (running) {
        outcomes.push(await me());
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    return {
      stop: async () => {
        running = false;
        await Promise.all(workers);
        return outcomes;
      },
    };
  }

  function apiConnections(): Promise<Array<{ state: string | null; application_name: string }>> {
    return admin
      .query<{ state: string | null; application_name: string }>(
        `SELECT state, application_name FROM pg_stat_activity
          WHERE datname = $1 AND application_name IN ('brygga-api', 'brygga-pubsub')`,
        [db.name],
      )
      .then((r) => r.rows);
  }

  function apiPool(): Pool {
    return (t.api.app.get(DataSource).driver as unknown as { master: Pool }).master;
  }

  // No connection leaked: the pool has no waiter and every connection it holds is idle in it,
  // and the server sees no api backend busy or left in a transaction.
  async function expectNoLeak(): Promise<void> {
    const pool = apiPool();
    await until(
      () => Promise.resolve(pool),
      (p) => p.waitingCount === 0 && p.idleCount === p.totalCount,
      5000,
    );
    expect(pool.totalCount).toBeLessThanOrEqual(POOL_SIZE);
    await until(
      apiConnections,
      (list) => list.filter((c) => c.application_name === 'brygga-api' && c.state !== 'idle').length === 0,
      5000,
    );
    expect((await apiConnections()).filter((c) => c.application_name === 'brygga-api').length).toBeLessThanOrEqual(
      POOL_SIZE,
    );
  }

  it('survives the database going away during traffic: ready red within 5 s, fast generic errors, recovery', async () => {
    expect((await me()).code).toBe('OK');
    const load = traffic();
    await new Promise((r) => setTimeout(r, 300));
    const cutAt = Date.now();
    await proxy.cut();

    expect(await until(ready, (status) => status === 503, 5000)).toBeLessThan(5000);
    // Liveness never touches the database.
    expect((await request(t.url).get('/health/live')).status).toBe(200);
    // Requests fail fast with a stable code and a generic message, never hang or leak the cause.
    const down = await me();
    expect(down.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.message).toBe('The service is temporarily unavailable. Try again later.');
    expect(down.ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1000);
    await new Promise((r) => setTimeout(r, Math.max(0, 2000 - (Date.now() - cutAt))));

    await proxy.restore();
    const recovered = await until(me, (o) => o.code === 'OK', 30_000);
    expect(recovered).toBeLessThan(30_000);
    expect(await ready()).toBe(200);
    const outcomes = await load.stop();
    expect(unexpected(outcomes, ['OK', 'SERVICE_UNAVAILABLE', 'SERVICE_TIMEOUT'])).toEqual([]);
    expect(outcomes.some((o) => o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(CONNECT_TIMEOUT_MS + 2000);
  });

  it('recovers without a restart after pg_terminate_backend of all its connections', async () => {
    expect((await me()).code).toBe('OK');
    const load = traffic();
    await new Promise((r) => setTimeout(r, 200));
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity
        WHERE datname = $1 AND application_name IN ('brygga-api', 'brygga-pubsub')`,
      [db.name],
    );
    expect(rows.length).toBeGreaterThan(0);
    const recovered = await until(me, (o) => o.code === 'OK', 30_000);
    expect(recovered).toBeLessThan(30_000);
    const outcomes = await load.stop();
    expect(unexpected(outcomes, ['OK', 'SERVICE_UNAVAILABLE'])).toEqual([]);
    expect(await ready()).toBe(200);
    // The pub/sub listener is back too.
    await until(apiConnections, (list) => list.some((c) => c.application_name === 'brygga-pubsub'), 15_000);
  });

  it('times out callers cleanly when slow statements exhaust the pool, and leaks no connection', async () => {
    expect((await me()).code).toBe('OK');
    // Every request reads the caller's membership; holding its table makes each one wait in a
    // lock until statement_timeout cancels it, and more requests than the pool wait for a connection.
    const blocker = new Client({ connectionString: db.adminUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE membership IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: POOL_SIZE * 3 }, () => me()));
    const elapsed = Date.now() - started;
    await blocker.query('ROLLBACK');
    await blocker.end();

    expect(new Set(outcomes.map((o) => o.code))).toEqual(new Set(['SERVICE_TIMEOUT']));
    expect(outcomes.every((o) => o.message === 'The request took too long. Try again later.')).toBe(true);
    // Nobody waited much longer than a statement timeout plus a connection timeout.
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(STATEMENT_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 2000);
    expect(elapsed).toBeLessThan(10_000);

    // Afterwards the api answers at once, and every connection is back in the pool, idle.
    const after = await me();
    expect(after.code).toBe('OK');
    await expectNoLeak();
  });

  it('answers SERVICE_TIMEOUT after the connection timeout when every pooled connection is taken', async () => {
    expect((await me()).code).toBe('OK');
    // Something holds every connection of the api's pool (here the test, through the pool itself):
    // no statement runs, so what a caller meets is the wait for a connection alone.
    const pool = apiPool();
    const held = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
    let outcomes: Outcome[];
    try {
      outcomes = await Promise.all(Array.from({ length: POOL_SIZE * 2 }, () => me()));
    } finally {
      for (const client of held) client.release();
    }
    expect(new Set(outcomes.map((o) => o.code))).toEqual(new Set(['SERVICE_TIMEOUT']));
    expect(outcomes.every((o) => o.message === 'The request took too long. Try again later.')).toBe(true);
    // Bounded by the connection timeout: not answered before it, nor long after it.
    expect(Math.min(...outcomes.map((o) => o.ms))).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 50);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(CONNECT_TIMEOUT_MS + 1500);

    expect((await me()).code).toBe('OK');
    await expectNoLeak();
  });

  it('ends a transaction left idle after DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS, freeing its locks and its connection', async () => {
    expect((await me()).code).toBe('OK');
    const pool = apiPool();
    const leaked = await pool.connect();
    const { rows } = await leaked.query<{ timeout: string }>(
      "SELECT current_setting('idle_in_transaction_session_timeout') AS timeout",
    );
    expect(rows).toEqual([{ timeout: `${IDLE_IN_TRANSACTION_TIMEOUT_MS / 1000}s` }]);
    // A connection checked out and left in a transaction that holds a lock every request needs
    // (what a stalled request or a bug that forgets to commit would do).
    await leaked.query('BEGIN');
    await leaked.query('LOCK TABLE membership IN ACCESS EXCLUSIVE MODE');
    const leakedAt = Date.now();
    // While it holds the lock, callers wait for it and time out cleanly.
    expect((await me()).code).toBe('SERVICE_TIMEOUT');
    // PostgreSQL ends that session after the idle timeout; the lock goes with it.
    await until(
      apiConnections,
      (list) => !list.some((c) => c.application_name === 'brygga-api' && c.state === 'idle in transaction'),
      IDLE_IN_TRANSACTION_TIMEOUT_MS + 3000,
    );
    const freedAfter = Date.now() - leakedAt;
    expect(freedAfter).toBeGreaterThanOrEqual(IDLE_IN_TRANSACTION_TIMEOUT_MS - 100);
    expect(freedAfter).toBeLessThan(IDLE_IN_TRANSACTION_TIMEOUT_MS + 2500);
    expect((await me()).code).toBe('OK');
    // The broken connection is discarded when it comes back, and the pool is whole again.
    leaked.release(true);
    expect((await me()).code).toBe('OK');
    await expectNoLeak();
  });
});
