import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';

import { Role } from '@app/core/authz';
import { createLogger } from '@app/core/logging';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  code?: string;
  err?: unknown;
}

const INFO = 30;
const WARN = 40;
const ERROR = 50;
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

// Expected refusals are logged at info or warn with their code; only real faults at error, with
// the request id (issue 14, item 7). The api writes to a stream this test reads.
describe('what is logged for refusals and faults', () => {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  let t: TestApi;
  let coordinator: TestUser;
  let token: string;

  beforeAll(async () => {
    t = await startTestApi({
      env: { LOGIN_MAX_ATTEMPTS_PER_MINUTE: '1' },
      logger: createLogger('info', {}, stream),
    });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    token = await t.login(coordinator);
  });
  afterAll(async () => {
    await t.close();
  });

  // The lines of one request, without the access line every request writes.
  function linesOf(res: GraphqlResponse): LogLine[] {
    const requestId = res.headers['x-request-id'];
    expect(requestId).toBeTruthy();
    return lines.filter((line) => line.requestId === requestId && line.msg !== 'request');
  }

  it.each([
    [
      'a wrong password',
      (): Promise<GraphqlResponse> =>
        t.graphql(LOGIN, { input: { email: `nobody-${randomUUID()}@test.brygga.se`, password: 'wrong' } }),
      'AUTH_INVALID_CREDENTIALS',
      WARN,
    ],
    [
      'a throttled login',
      async (): Promise<GraphqlResponse> => {
        const email = `nobody-${randomUUID()}@test.brygga.se`;
        await t.graphql(LOGIN, { input: { email, password: 'wrong' } });
        return t.graphql(LOGIN, { input: { email, password: 'wrong' } });
      },
      'RATE_LIMITED',
      WARN,
    ],
    [
      'an unauthenticated call',
      (): Promise<GraphqlResponse> => t.graphql('{ me { user { id } } }'),
      'AUTH_UNAUTHENTICATED',
      INFO,
    ],
    [
      'a forbidden call',
      (): Promise<GraphqlResponse> =>
        t.graphql(
          'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          { input: { name: 'Skola', kind: 'SCHOOL' } },
          token,
        ),
      'FORBIDDEN',
      WARN,
    ],
    [
      'an invalid input',
      (): Promise<GraphqlResponse> =>
        t.graphql(
          'mutation ($input: StartEmergencyAccessInput!) { startEmergencyAccess(input: $input) { id } }',
          { input: { youngPersonId: randomUUID(), reason: '            ' } },
          token,
        ),
      'INPUT_REASON_INVALID',
      INFO,
    ],
    [
      'a malformed query',
      (): Promise<GraphqlResponse> => t.graphql('{ noSuchField }', {}, token),
      'GRAPHQL_VALIDATION_FAILED',
      INFO,
    ],
    [
      'a record that is not there',
      (): Promise<GraphqlResponse> =>
        t.graphql('query ($id: ID!) { user(id: $id) { id } }', { id: randomUUID() }, token),
      'NOT_FOUND',
      INFO,
    ],
  ])('logs %s at its level with its code, never as an error', async (_name, call, code, level) => {
    const res = await call();
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    const logged = linesOf(res);
    expect(logged.filter((line) => line.level >= ERROR)).toEqual([]);
    expect(logged.map((line) => [line.level, line.code])).toContainEqual([level, code]);
  });

  it('logs a real fault once at error with the request id, and answers INTERNAL_SERVER_ERROR', async () => {
    await t.pool.query('REVOKE SELECT ON organization FROM brygga_app');
    try {
      const res = await t.graphql('{ organizations { totalCount } }', {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const errors = linesOf(res).filter((line) => line.level >= ERROR);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ requestId: res.headers['x-request-id'], code: 'INTERNAL_SERVER_ERROR' });
      expect(errors[0]?.err).toBeDefined();
    } finally {
      await t.pool.query('GRANT SELECT ON organization TO brygga_app');
    }
  });
});
