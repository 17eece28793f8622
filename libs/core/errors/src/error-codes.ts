// Every error code a client can see, in one registry (AREA_REASON). Clients branch on
// `extensions.code`, never on the message. Add new codes here and document them in
// docs/ARCHITECTURE.md.
export const ErrorCode = {
  // Generic
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  RATE_LIMITED: 'RATE_LIMITED',
  // Authentication and authorisation
  AUTH_UNAUTHENTICATED: 'AUTH_UNAUTHENTICATED',
  AUTH_INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  AUTH_TOKEN_EXPIRED: 'AUTH_TOKEN_EXPIRED',
  AUTH_REFRESH_TOKEN_INVALID: 'AUTH_REFRESH_TOKEN_INVALID',
  AUTH_NO_MEMBERSHIP: 'AUTH_NO_MEMBERSHIP',
  FORBIDDEN: 'FORBIDDEN',
  AUTHZ_POLICY_MISSING: 'AUTHZ_POLICY_MISSING',
  // Domain
  USER_EMAIL_TAKEN: 'USER_EMAIL_TAKEN',
  MEMBERSHIP_EXISTS: 'MEMBERSHIP_EXISTS',
  // GraphQL request limits
  GRAPHQL_DEPTH_LIMIT: 'GRAPHQL_DEPTH_LIMIT',
  GRAPHQL_ALIAS_LIMIT: 'GRAPHQL_ALIAS_LIMIT',
  GRAPHQL_DIRECTIVE_LIMIT: 'GRAPHQL_DIRECTIVE_LIMIT',
  GRAPHQL_COST_LIMIT: 'GRAPHQL_COST_LIMIT',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// Codes whose errors are the client's fault and are safe to show with their message.
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  AUTH_UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
};
