import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { SignJWT } from 'jose';

import { SecurityEventService } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { createLogger } from '@app/core/logging';
import { OrganizationKind } from '@app/organizations';

import type { Express, Request } from 'express';

import { GraphqlOptions } from '../../apps/api/src/graphql/graphql.options';
import type { TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

// Issue 20: a plain POST /graphql with a JSON body is answered by the GraphQL fast lane
// (apps/api/src/http/graphql-fast-lane.ts) instead of Express's chain. The lane must answer
// exactly as the chain does: every request below goes to an instance with the lane (the
// default) and to one with GRAPHQL_FAST_LANE=off on the same database, and the status, every
// response header (the Date and the request id's value aside), the body, the access line and
// the security events recorded for it must be the same.

const ALLOWED_ORIGIN = 'https://kaa.example.se';
const ME = '{ me { user { id } membership { id role } } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const KNOWN = 'query Organizations { organizations(first: 5) { nodes { id name } } }';
const BROWSER = { origin: 'http://127.0.0.1', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' };

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  requestId: string;
}

interface AccessLine {
  msg: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
}

interface Lane {
  t: TestApi;
  lines: AccessLine[];
}

// A raw request, so that exactly what is sent (a malformed body, a content type, no body at
// all) is what the server sees. Each request carries an id of its own.
function send(api: TestApi, sent: Sent): Promise<Answer> {
  const requestId = `fast-lane-${randomUUID()}`;
  const url = new URL(api.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: sent.method ?? 'POST',
        path: sent.path ?? '/graphql',
        headers: { 'x-request-id': requestId, ...(sent.headers ?? {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            requestId,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(sent.body);
  });
}

function json(body: unknown, headers: Record<string, string> = {}): Sent {
  return { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

// What must be the same on both lanes: the request id and the Date are per request.
function comparable(answer: Answer): { status: number; headers: Record<string, unknown>; body: string } {
  const headers: Record<string, unknown> = { ...answer.headers };
  // Absent where the chain answers before the request context (a refused body, a preflight).
  if (headers['x-request-id'] !== undefined) {
    expect(headers['x-request-id']).toBe(answer.requestId);
    headers['x-request-id'] = '<request id>';
  }
  delete headers.date;
  return { status: answer.status, headers, body: answer.body.split(answer.requestId).join('<request id>') };
}

function logStream(lines: AccessLine[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as AccessLine);
      callback();
    },
  });
}

async function startLane(env: Record<string, string>, db?: TestApi['db']): Promise<Lane> {
  const lines: AccessLine[] = [];
  const t = await startTestApi({ env, db, logger: createLogger('info', {}, logStream(lines)) });
  return { t, lines };
}

describe('the GraphQL fast lane answers as the Express chain does', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brygga-fast-lane-'));
  const manifest = path.join(dir, 'persisted-documents.json');
  writeFileSync(manifest, JSON.stringify({ 'sha256:organizations': KNOWN }));
  const env = {
    ALLOWED_ORIGINS: ALLOWED_ORIGIN,
    PERSISTED_OPERATIONS: 'browsers',
    PERSISTED_OPERATIONS_MANIFEST: manifest,
    LOGIN_MAX_ATTEMPTS_PER_MINUTE: '2',
  };
  let fast: Lane;
  let express: Lane;
  let token: string;
  let expired: string;
  const users: Record<'fast' | 'express', TestUser[]> = { fast: [], express: [] };

  beforeAll(async () => {
    fast = await startLane(env);
    express = await startLane({ ...env, GRAPHQL_FAST_LANE: 'off' }, fast.t.db);
    const m = await fast.t.factories.municipality();
    const kaa = await fast.t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const user = await fast.t.factories.user(kaa, Role.COORDINATOR);
    token = await fast.t.login(user);
    for (const lane of ['fast', 'express'] as const) {
      for (let i = 0; i < 2; i++) users[lane].push(await fast.t.factories.user(kaa, Role.COORDINATOR));
    }
    const { rows } = await fast.t.pool.query<{ secret: string }>(
      'SELECT secret FROM auth_signing_key ORDER BY created_at LIMIT 1',
    );
    expired = await new SignJWT({ mid: user.membershipId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('brygga')
      .setAudience('brygga-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(rows[0].secret));
  });
  afterAll(async () => {
    await express?.t.close();
    await fast?.t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function securityEvents(lane: Lane, requestId: string): Promise<unknown[]> {
    await lane.t.api.app.get(SecurityEventService).flush();
    const { rows } = await lane.t.pool.query<Record<string, unknown>>(
      `SELECT kind, code, client_address, operation, user_id FROM security_event WHERE request_id = $1
        ORDER BY kind, code`,
      [requestId],
    );
    return rows;
  }

  // Sends `sent` to both lanes and expects the same answer, access line and security events.
  async function same(sent: Sent | ((lane: 'fast' | 'express') => Sent)): Promise<Answer> {
    const sentTo = (lane: 'fast' | 'express'): Sent => (typeof sent === 'function' ? sent(lane) : sent);
    const a = await send(fast.t, sentTo('fast'));
    const b = await send(express.t, sentTo('express'));
    expect(comparable(a)).toEqual(comparable(b));
    const access = (lane: Lane, answer: Answer): unknown[] =>
      lane.lines
        .filter((line) => line.msg === 'request' && line.requestId === answer.requestId)
        .map(({ method, path: linePath, status }) => ({ method, path: linePath, status }));
    expect(access(fast, a)).toEqual(access(express, b));
    if (a.headers['x-request-id'] !== undefined) expect(access(fast, a)).toHaveLength(1);
    expect(await securityEvents(fast, a.requestId)).toEqual(await securityEvents(express, b.requestId));
    return a;
  }

  it('answers a query, anonymous and authenticated, identically', async () => {
    const trivial = await same(json({ query: '{ __typename }' }));
    expect(trivial.status).toBe(200);
    expect(JSON.parse(trivial.body)).toMatchObject({ data: { __typename: 'Query' } });
    const me = await same(json({ query: ME }, { authorization: `Bearer ${token}` }));
    const meBody = JSON.parse(me.body) as { data?: { me?: { user?: { id?: unknown } } } };
    expect(typeof meBody.data?.me?.user?.id).toBe('string');
    // A charset named in the type, a variable, an operation name, a field error.
    await same(
      json(
        { query: 'query Q($n: Int) { __typename }', variables: { n: 1 }, operationName: 'Q' },
        {
          'content-type': 'application/json; charset=utf-8',
        },
      ),
    );
    await same(json({ query: '{ nothingHere }' }));
    await same(json({ query: '{ __typename' }));
    await same(json([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    await same(json({ query: '{ __typename }', variables: 'not an object' }));
  });

  it('refuses a malformed, oversized or wrongly encoded body identically', async () => {
    const malformed = await same({ headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    const oversized = await same(json({ query: '{ __typename }', padding: 'x'.repeat(150_000) }));
    expect(oversized.status).toBe(413);
    const charset = await same({
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(charset.status).toBe(415);
    // A JSON scalar at the top (the parser's strict mode), an empty body.
    await same({ headers: { 'content-type': 'application/json' }, body: '"{ __typename }"' });
    await same({ headers: { 'content-type': 'application/json' }, body: '' });
    await same({ headers: { 'content-type': 'application/json', 'content-length': '0' } });
    await same({ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'not gzip' });
  });

  it('applies CSRF prevention to other content types and to GET identically', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const plain = await same({ headers: { 'content-type': 'text/plain' }, body });
    expect(plain.status).toBe(400);
    await same({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    await same({ headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' });
    await same({ body });
    await same({ method: 'GET', path: '/graphql?query=%7B__typename%7D' });
    await same({
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    await same({ ...json({ query: '{ __typename }' }), path: '/graphql?extra=1' });
    await same({ ...json({ query: '{ __typename }' }), path: '/graphql/' });
  });

  it('answers CORS for an allowed origin, a refused origin and a preflight identically', async () => {
    const allowed = await same(json({ query: '{ __typename }' }, { origin: ALLOWED_ORIGIN }));
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const refused = await same(json({ query: '{ __typename }' }, { origin: 'https://evil.example.com' }));
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    for (const origin of [ALLOWED_ORIGIN, 'https://evil.example.com']) {
      await same({
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    }
  });

  it('refuses an unknown operation from a browser and admits a known one identically', async () => {
    const refused = await same(json({ query: '{ __typename }' }, { ...BROWSER, authorization: `Bearer ${token}` }));
    expect(refused.body).toContain('PERSISTED_QUERY_NOT_ALLOWED');
    const known = await same(
      json(
        { query: KNOWN, extensions: { documentId: 'sha256:organizations' } },
        {
          ...BROWSER,
          authorization: `Bearer ${token}`,
        },
      ),
    );
    expect(known.body).not.toContain('errors');
  });

  it('refuses no token, a bad token and an expired token identically', async () => {
    expect((await same(json({ query: ME }))).body).toContain('AUTH_UNAUTHENTICATED');
    expect((await same(json({ query: ME }, { authorization: 'Bearer garbage' }))).body).toContain(
      'AUTH_UNAUTHENTICATED',
    );
    expect((await same(json({ query: ME }, { authorization: `Bearer ${expired}` }))).body).toContain(
      'AUTH_TOKEN_EXPIRED',
    );
  });

  it('throttles logins and takes the address from a trusted proxy identically', async () => {
    // Each lane gets an account and a forwarded address of its own (the throttle counts both);
    // the address recorded is compared after naming it.
    const addressOf = { fast: '198.51.100.21', express: '198.51.100.22' };
    for (let attempt = 0; attempt < 4; attempt++) {
      const sentTo = (lane: 'fast' | 'express'): Sent =>
        json(
          { query: LOGIN, variables: { input: { email: users[lane][0].email, password: 'not the password' } } },
          { 'x-forwarded-for': addressOf[lane] },
        );
      const a = await send(fast.t, sentTo('fast'));
      const b = await send(express.t, sentTo('express'));
      expect(comparable(a)).toEqual(comparable(b));
      const events = async (lane: Lane, answer: Answer, address: string): Promise<unknown[]> =>
        (await securityEvents(lane, answer.requestId)).map((row) => ({
          ...(row as Record<string, unknown>),
          client_address: (row as Record<string, unknown>).client_address === address ? 'forwarded' : 'other',
          user_id: (row as Record<string, unknown>).user_id === null ? null : 'the account',
        }));
      const seenA = await events(fast, a, addressOf.fast);
      expect(seenA).toEqual(await events(express, b, addressOf.express));
      expect(seenA.length).toBeGreaterThan(0);
      expect(seenA.every((row) => (row as { client_address: string }).client_address === 'forwarded')).toBe(true);
      if (attempt >= 2) expect(a.body).toContain('RATE_LIMITED');
    }
  });

  it('ignores X-Forwarded-For from a proxy TRUST_PROXY does not name, identically', async () => {
    const strictFast = await startLane({ ...env, TRUST_PROXY: '10.9.8.7' }, fast.t.db);
    const strictExpress = await startLane({ ...env, TRUST_PROXY: '10.9.8.7', GRAPHQL_FAST_LANE: 'off' }, fast.t.db);
    try {
      const sentTo = (lane: 'fast' | 'express'): Sent =>
        json(
          { query: LOGIN, variables: { input: { email: users[lane][1].email, password: 'not the password' } } },
          { 'x-forwarded-for': '198.51.100.77' },
        );
      const a = await send(strictFast.t, sentTo('fast'));
      const b = await send(strictExpress.t, sentTo('express'));
      expect(comparable(a)).toEqual(comparable(b));
      const addresses = async (lane: Lane, answer: Answer): Promise<unknown[]> => {
        await lane.t.api.app.get(SecurityEventService).flush();
        const { rows } = await fast.t.pool.query<{ client_address: string }>(
          'SELECT client_address FROM security_event WHERE request_id = $1',
          [answer.requestId],
        );
        return rows.map((row) => row.client_address);
      };
      const seenA = await addresses(strictFast, a);
      expect(seenA).toEqual(await addresses(strictExpress, b));
      expect(seenA).toHaveLength(1);
      expect(seenA[0]).toMatch(/127\.0\.0\.1$/);
    } finally {
      await strictExpress.t.close();
      await strictFast.t.close();
    }
  });

  it('hands the GraphQL context the same request and response', async () => {
    const options = GraphqlOptions.prototype as unknown as { context(arg: { req?: Request }): Promise<unknown> };
    const original = options.context;
    const seen: Request[] = [];
    const spy = jest.spyOn(options, 'context').mockImplementation(function (this: unknown, arg) {
      if (arg.req) seen.push(arg.req);
      return original.call(this, arg);
    });
    try {
      await same(json({ query: '{ __typename }' }, { 'x-forwarded-for': '198.51.100.9', origin: ALLOWED_ORIGIN }));
    } finally {
      spy.mockRestore();
    }
    expect(seen).toHaveLength(2);
    const view = (req: Request, lane: Lane): Record<string, unknown> => ({
      prototype: Object.getPrototypeOf(req) === (lane.t.api.app.getHttpAdapter().getInstance() as Express).request,
      responsePrototype:
        Object.getPrototypeOf(req.res) === (lane.t.api.app.getHttpAdapter().getInstance() as Express).response,
      ip: req.ip,
      ips: req.ips,
      hostname: req.hostname,
      protocol: req.protocol,
      secure: req.secure,
      method: req.method,
      url: req.url,
      originalUrl: req.originalUrl,
      baseUrl: req.baseUrl,
      path: req.path,
      params: req.params,
      query: req.query,
      body: req.body as unknown,
      cookie: typeof req.res?.cookie,
      circular: req.res?.req === req,
      locals: req.res?.locals,
      headers: Object.keys(req.headers).filter((name) => name !== 'x-request-id'),
    });
    expect(view(seen[0], fast)).toEqual(view(seen[1], express));
    expect(view(seen[0], fast)).toMatchObject({ prototype: true, ip: '198.51.100.9', cookie: 'function' });
  });

  it('answers a plain POST /graphql without Express on the default instance only', async () => {
    // Express's app function hands every request to `app.handle`, its own property.
    const walked = async (lane: Lane, sent: Sent): Promise<number> => {
      const app = lane.t.api.app.getHttpAdapter().getInstance() as { handle: (...args: unknown[]) => unknown };
      const handle = app.handle;
      let calls = 0;
      app.handle = (...args: unknown[]): unknown => {
        calls += 1;
        return handle.apply(app, args);
      };
      try {
        await send(lane.t, sent);
      } finally {
        app.handle = handle;
      }
      return calls;
    };
    const plain = json({ query: '{ __typename }' });
    expect(await walked(fast, plain)).toBe(0);
    expect(await walked(express, plain)).toBe(1);
    // Everything else still walks the chain.
    expect(await walked(fast, { method: 'GET', path: '/health/live' })).toBe(1);
    expect(await walked(fast, { headers: { 'content-type': 'application/json' }, body: '{' })).toBe(1);
  });
});
