import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { databaseFailureCode, isSerializationFailure } from './database-failure';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

// Codes produced by graphql-js/Apollo for malformed requests; safe to pass through.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...REQUEST_ERROR_CODES]);

export interface ErrorLogger {
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

const OWN_CODES = new Set<string>(Object.values(ErrorCode));

// Refusals an operator may want to notice (guessing, throttling, probing beyond one's role,
// replayed tokens, oversized queries) are warnings; the rest of the expected refusals
// (validation, not found, not signed in, domain rules) are information. A handler without a
// policy is a bug, so it is an error although it reaches the client as a refusal.
const WARN_CODES = new Set<string>([
  ErrorCode.AUTH_INVALID_CREDENTIALS,
  ErrorCode.RATE_LIMITED,
  ErrorCode.AUTH_REFRESH_TOKEN_INVALID,
  ErrorCode.FORBIDDEN,
  ErrorCode.GRAPHQL_DEPTH_LIMIT,
  ErrorCode.GRAPHQL_ALIAS_LIMIT,
  ErrorCode.GRAPHQL_DIRECTIVE_LIMIT,
  ErrorCode.GRAPHQL_COST_LIMIT,
  ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
]);
const ERROR_CODES = new Set<string>([ErrorCode.AUTHZ_POLICY_MISSING]);

// One line per refusal, with its code and where it happened, never its message: messages can
// name fields and values, and log call sites pass ids and codes only.
function logRefusal(logger: ErrorLogger, code: string, requestId: string | undefined, path: unknown): void {
  const line = { code, requestId, path };
  if (ERROR_CODES.has(code)) logger.error(line, 'request refused');
  else if (WARN_CODES.has(code)) logger.warn(line, 'request refused');
  else logger.info(line, 'request refused');
}

function codeOf(error: GraphQLFormattedError, original: unknown): string | undefined {
  if (original instanceof DomainError) return original.code;
  // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; our own validation
  // rules (depth, aliases, directives) keep their specific code on the original error.
  if (original instanceof GraphQLError) {
    const own = original.extensions.code;
    if (typeof own === 'string' && OWN_CODES.has(own)) return own;
  }
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

// Apollo's formatError: domain errors keep their code and message; request errors pass
// through; both are logged as refusals (info or warn, with their code). Everything else is a
// fault: logged in full at error with the request id, it reaches the client as a generic
// INTERNAL_SERVER_ERROR with no stack, SQL or constraint name. This is the one place GraphQL
// errors are logged (Nest's exception handler is told not to; see GraphqlExceptionFilter).
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { logger: ErrorLogger; requestId: () => string | undefined },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = codeOf(formatted, original);
  if (original instanceof DomainError) {
    logRefusal(options.logger, original.code, options.requestId(), formatted.path);
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
    };
  }
  if (code && KNOWN_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
    logRefusal(options.logger, code, options.requestId(), formatted.path);
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  const requestId = options.requestId();
  if (isSerializationFailure(original)) {
    options.logger.warn(
      { requestId, code: ErrorCode.CONFLICT, path: formatted.path },
      'serialization failure after retries',
    );
    return {
      message: 'Someone else changed the same data at the same time. Try again.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.CONFLICT, ...(requestId ? { requestId } : {}) },
    };
  }
  // The database down or too slow (issue 19): a stable code the client can retry on, a generic
  // message, and one log line with the cause (an outage at error, a timeout at warn).
  const failure = databaseFailureCode(original);
  if (failure) {
    const line = {
      err: original instanceof Error ? { type: original.name, message: original.message } : { value: String(original) },
      requestId,
      code: failure,
      path: formatted.path,
    };
    if (failure === ErrorCode.SERVICE_UNAVAILABLE) options.logger.error(line, 'database unavailable');
    else options.logger.warn(line, 'database timeout');
    return {
      message:
        failure === ErrorCode.SERVICE_UNAVAILABLE
          ? 'The service is temporarily unavailable. Try again later.'
          : 'The request took too long. Try again later.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: failure, ...(requestId ? { requestId } : {}) },
    };
  }
  options.logger.error(
    {
      err:
        original instanceof Error
          ? { type: original.name, message: original.message, stack: original.stack }
          : { value: String(original) },
      requestId,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      path: formatted.path,
    },
    'unhandled error in GraphQL operation',
  );
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}
