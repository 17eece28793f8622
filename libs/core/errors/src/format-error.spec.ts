import { GraphQLError } from 'graphql';

import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';
import { formatGraphqlError, type ErrorLogger } from './format-error';

type Level = 'info' | 'warn' | 'error';

function recorder(): { logger: ErrorLogger; lines: Array<[Level, Record<string, unknown>]> } {
  const lines: Array<[Level, Record<string, unknown>]> = [];
  const at =
    (level: Level) =>
    (object: Record<string, unknown>): void => {
      lines.push([level, object]);
    };
  return { logger: { info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

function format(error: unknown, logger: ErrorLogger): ReturnType<typeof formatGraphqlError> {
  const wrapped = new GraphQLError('x', { path: ['field'], originalError: error instanceof Error ? error : undefined });
  return formatGraphqlError(wrapped.toJSON(), wrapped, { logger, requestId: () => 'req-1' });
}

describe('formatGraphqlError logging', () => {
  it.each([
    [ErrorCode.NOT_FOUND, 'info'],
    [ErrorCode.BAD_USER_INPUT, 'info'],
    [ErrorCode.AUTH_UNAUTHENTICATED, 'info'],
    [ErrorCode.INPUT_REASON_INVALID, 'info'],
    [ErrorCode.AUTH_INVALID_CREDENTIALS, 'warn'],
    [ErrorCode.RATE_LIMITED, 'warn'],
    [ErrorCode.FORBIDDEN, 'warn'],
    [ErrorCode.AUTHZ_POLICY_MISSING, 'error'],
  ] as const)('logs a refusal with %s at %s, with its code and request id and without its message', (code, level) => {
    const { logger, lines } = recorder();
    const formatted = format(new DomainError(code, 'Anna Andersson said no'), logger);
    expect(formatted.extensions?.code).toBe(code);
    expect(lines).toEqual([[level, { code, requestId: 'req-1', path: ['field'] }]]);
    expect(JSON.stringify(lines)).not.toContain('Anna');
  });

  it('logs a limit refusal from a validation rule at warn', () => {
    const { logger, lines } = recorder();
    const limit = new GraphQLError('Query is too deep', { extensions: { code: ErrorCode.GRAPHQL_DEPTH_LIMIT } });
    formatGraphqlError(limit.toJSON(), limit, { logger, requestId: () => 'req-1' });
    expect(lines.map(([level, line]) => [level, line.code])).toEqual([['warn', ErrorCode.GRAPHQL_DEPTH_LIMIT]]);
  });

  it('logs a fault at error with the request id and masks it', () => {
    const { logger, lines } = recorder();
    const formatted = format(new Error('relation "organization" permission denied'), logger);
    expect(formatted).toMatchObject({
      message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: 'req-1' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toBe('error');
    expect(lines[0]?.[1]).toMatchObject({ requestId: 'req-1', code: ErrorCode.INTERNAL_SERVER_ERROR });
  });
});

describe('formatGraphqlError and database failures', () => {
  const driverFailure = (code: string, message: string): Error =>
    Object.assign(new Error(message), { driverError: Object.assign(new Error(message), { code }) });

  it.each([
    ['40001', ErrorCode.CONFLICT, 'warn'],
    ['40P01', ErrorCode.CONFLICT, 'warn'],
    ['57014', ErrorCode.SERVICE_TIMEOUT, 'warn'],
    ['57P01', ErrorCode.SERVICE_UNAVAILABLE, 'error'],
  ])('SQLSTATE %s answers %s with a generic message, logged at %s', (sqlstate, code, level) => {
    const { logger, lines } = recorder();
    const out = format(driverFailure(sqlstate, 'SELECT secret FROM young_person failed'), logger);
    expect(out.extensions).toEqual({ code, requestId: 'req-1' });
    expect(out.message).not.toMatch(/SELECT|young_person/);
    expect(lines.map(([l]) => l)).toEqual([level]);
  });
});
