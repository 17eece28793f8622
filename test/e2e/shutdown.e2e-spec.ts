import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

import { Pool } from 'pg';
import request from 'supertest';
import WebSocket from 'ws';

import { Role } from '@app/core/authz';
import { createTestDatabase, type TestDatabase } from '@app/core/testing';
import { OrganizationKind } from '@app/organizations';

import { Factories, type TestOrganization, type TestUser } from '../support/factories';

const root = path.join(__dirname, '..', '..');

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; at: number }>;
}

function startServer(db: TestDatabase, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      DATABASE_URL: db.adminUrl,
      PORT: '0',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready: (http:\/\/[^\s]+)\/graphql/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], exited });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  });
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

// A POST whose request is known to be fully sent (`sent`) before its answer (`answer`): the
// server closes connections that have not yet delivered a request when it stops, so the test
// must signal only once every request has reached the server.
function post(
  url: string,
  body: unknown,
  token?: string,
): { sent: Promise<void>; answer: Promise<{ status: number; body: unknown }> } {
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  let started = 0;
  let sentAt = 0;
  const answer = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        started = Date.now();
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      },
    );
    req.on('error', (error) =>
      reject(
        new Error(
          `POST ${JSON.stringify(body).slice(0, 60)}: ${error.message} (response ${started ? `began at ${started - sentAt} ms` : 'not begun'}, error at ${Date.now() - sentAt} ms)`,
        ),
      ),
    );
    req.on('finish', () => {
      sentAt = Date.now();
      markSent();
    });
    req.end(JSON.stringify(body));
  });
  return { sent, answer };
}

// The compiled server, as a real process: SIGTERM lets in-flight requests finish, closes
// WebSockets with 1001 (so clients reconnect elsewhere) and exits within the budget.
const SUBSCRIPTION = 'subscription { organizationChanged { id name version } }';

interface Subscriber {
  socket: WebSocket;
  // Every message the server sent, in order.
  messages: Array<{ type: string; id?: string }>;
  closed: Promise<{ code: number; reason: string }>;
}

// An authenticated graphql-ws socket with one live subscription.
async function subscriber(url: string, token: string): Promise<Subscriber> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: Subscriber['messages'] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as { type: string }));
  await new Promise<void>((resolve) => socket.on('open', () => resolve()));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  for (let waited = 0; !messages.some((m) => m.type === 'connection_ack'); waited += 10) {
    if (waited > 5000) throw new Error(`no connection_ack: ${JSON.stringify(messages)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  socket.send(JSON.stringify({ id: 'org', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
  return { socket, messages, closed };
}

describe('graceful shutdown', () => {
  let db: TestDatabase;
  let users: TestUser[];
  let admin: TestUser;
  let org: TestOrganization;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    db = await createTestDatabase();
    const pool = new Pool({ connectionString: db.adminUrl, max: 2 });
    const factories = new Factories(pool);
    const m = await factories.municipality();
    org = await factories.organization(m.id, OrganizationKind.KAA_UNIT);
    users = [];
    for (let i = 0; i < 8; i += 1) users.push(await factories.user(org, Role.COORDINATOR));
    admin = await factories.user(org, Role.ADMIN);
    await pool.end();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('finishes in-flight requests, closes sockets with 1001 and exits 0 within 10 s', async () => {
    const server = await startServer(db);
    const token = (
      (
        await request(server.url)
          .post('/graphql')
          .send({ query: LOGIN, variables: { input: { email: users[0].email, password: users[0].password } } })
      ).body as { data: { login: { accessToken: string } } }
    ).data.login.accessToken;

    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => socket.on('open', () => resolve()));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await new Promise<void>((resolve) => socket.on('message', () => resolve()));

    // Logins hash with scrypt, so these are still running when the signal arrives.
    const inFlight = users.map((user) =>
      post(server.url, { query: LOGIN, variables: { input: { email: user.email, password: user.password } } }),
    );
    await Promise.all(inFlight.map((r) => r.sent));
    // Sent is not yet read: give the server's event loop a moment to take them in.
    await new Promise((r) => setTimeout(r, 30));
    const signalled = Date.now();
    server.child.kill('SIGTERM');

    const responses = await Promise.all(inFlight.map((r) => r.answer));
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect((res.body as { data?: { login?: { accessToken?: string } } }).data?.login?.accessToken).toEqual(
        expect.any(String),
      );
    }
    expect(await closed).toBe(1001);
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalled).toBeLessThan(10_000);
    await expect(request(server.url).get('/health/live')).rejects.toThrow();
  });

  it('with open subscriptions under load: no failed request, subscribers closed 1001, exit within SHUTDOWN_TIMEOUT_MS', async () => {
    // Configured below the default, with room for scrypt on a loaded 2-core machine.
    const timeoutMs = 8000;
    const server = await startServer(db, { SHUTDOWN_TIMEOUT_MS: String(timeoutMs) });
    const tokenOf = async (user: TestUser): Promise<string> =>
      (
        (
          await request(server.url)
            .post('/graphql')
            .send({ query: LOGIN, variables: { input: { email: user.email, password: user.password } } })
        ).body as { data: { login: { accessToken: string } } }
      ).data.login.accessToken;
    const adminToken = await tokenOf(admin);
    const subscribers = await Promise.all(
      [users[0], users[1], users[2]].map(async (u) => subscriber(server.url, await tokenOf(u))),
    );
    // Each subscription is live: a change reaches all of them before the signal.
    const renamed = await request(server.url)
      .post('/graphql')
      .set('authorization', `Bearer ${adminToken}`)
      .send({
        query: 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
        variables: { input: { id: org.id, version: 1, name: 'KAA före stoppet' } },
      });
    expect((renamed.body as { errors?: unknown }).errors).toBeUndefined();
    for (const s of subscribers) {
      for (let waited = 0; !s.messages.some((m) => m.type === 'next'); waited += 10) {
        if (waited > 5000) throw new Error(`no event: ${JSON.stringify(s.messages)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    }

    // Load: logins (scrypt) and reads in flight when the signal arrives.
    const inFlight = [
      ...users
        .slice(0, 4)
        .map((user) =>
          post(server.url, { query: LOGIN, variables: { input: { email: user.email, password: user.password } } }),
        ),
      ...Array.from({ length: 8 }, () => post(server.url, { query: '{ organizations { totalCount } }' }, adminToken)),
    ];
    await Promise.all(inFlight.map((r) => r.sent));
    await new Promise((r) => setTimeout(r, 30));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    // Readiness is red at once, while the api still answers during its drain (SHUTDOWN_DRAIN_MS).
    let readiness = 0;
    for (let tries = 0; readiness !== 503 && tries < 20; tries += 1) {
      readiness = (await request(server.url).get('/health/ready')).status;
      if (readiness !== 503) await new Promise((r) => setTimeout(r, 25));
    }
    expect(readiness).toBe(503);

    const responses = await Promise.all(inFlight.map((r) => r.answer));
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect((res.body as { data?: unknown }).data).toBeTruthy();
    }
    for (const s of subscribers) {
      expect((await s.closed).code).toBe(1001);
      // Closed as going away, never with an error on the subscription.
      expect(s.messages.filter((m) => m.type === 'error')).toEqual([]);
    }
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalled).toBeLessThan(timeoutMs);
  });

  it('answers liveness without the database and readiness with it', async () => {
    const server = await startServer(db);
    const live = await request(server.url).get('/health/live');
    expect(live.status).toBe(200);
    const ready = await request(server.url).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ok',
      checks: { shutdown: 'ok', database: 'ok', migrations: 'ok' },
      jobs: {},
    });
    // No version strings or stack details in health answers.
    expect(JSON.stringify(ready.body)).not.toMatch(/PostgreSQL|\d+\.\d+\.\d+/);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
