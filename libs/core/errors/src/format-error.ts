import { GraphQLError, GraphQLFormattedError } from 'graphql';

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
  error(object: Record<string, unknown>, message: string): void;
}

const OWN_CODES = new Set<string>(Object.values(ErrorCode));

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
// through; everything else is logged in full with the request id and reaches the client as
// a generic INTERNAL_SERVER_ERROR with no stack, SQL or constraint name.
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { logger: ErrorLogger; requestId: () => string | undefined },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = codeOf(formatted, original);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
    };
  }
  if (code && KNOWN_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  const requestId = options.requestId();
  options.logger.error(
    {
      err:
        original instanceof Error
          ? { type: original.name, message: original.message, stack: original.stack }
          : { value: String(original) },
      requestId,
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
