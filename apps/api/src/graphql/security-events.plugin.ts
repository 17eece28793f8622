import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { SecurityEventKind, SecurityEventService } from '@app/core/audit';
import { DomainError, ErrorCode } from '@app/core/errors';
import type { GraphqlContext } from '@app/core/graphql';

import { operationLabel } from './access-log.plugin';

const REFUSED_OPERATION_CODES = new Set<string>([
  ErrorCode.FORBIDDEN,
  ErrorCode.GRAPHQL_DEPTH_LIMIT,
  ErrorCode.GRAPHQL_ALIAS_LIMIT,
  ErrorCode.GRAPHQL_DIRECTIVE_LIMIT,
  ErrorCode.GRAPHQL_COST_LIMIT,
]);
const TOKEN_CODES = new Set<string>([ErrorCode.AUTH_UNAUTHENTICATED, ErrorCode.AUTH_TOKEN_EXPIRED]);

export function codeOf(error: GraphQLError): string | undefined {
  const original = error.originalError;
  if (original instanceof DomainError) return original.code;
  const code = error.extensions.code;
  return typeof code === 'string' ? code : undefined;
}

// The kind of security event an error of a response is, if any. Failed and throttled logins are
// recorded by the login itself (it knows the account); these are the rest.
export function kindOf(
  code: string | undefined,
  ctx: Pick<GraphqlContext, 'authError'> | undefined,
): SecurityEventKind | undefined {
  if (!code) return undefined;
  // Only a token that was presented and refused; no token at all is just "not signed in".
  if (TOKEN_CODES.has(code)) return ctx?.authError ? SecurityEventKind.TOKEN_REFUSED : undefined;
  if (code === ErrorCode.AUTH_REFRESH_TOKEN_INVALID) return SecurityEventKind.REFRESH_TOKEN_REFUSED;
  if (REFUSED_OPERATION_CODES.has(code)) return SecurityEventKind.OPERATION_REFUSED;
  return undefined;
}

// Records refused tokens and refused operations of HTTP requests as security events (issue 19),
// once per request and kind of refusal, never with the token or the operation's arguments.
export function securityEventsPlugin(events: SecurityEventService): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors(requestContext: GraphQLRequestContext<GraphqlContext>) {
          const ctx = requestContext.contextValue as GraphqlContext | undefined;
          const seen = new Set<string>();
          for (const error of requestContext.errors ?? []) {
            const code = codeOf(error);
            const kind = kindOf(code, ctx);
            if (!kind || seen.has(`${kind}:${code}`)) continue;
            seen.add(`${kind}:${code}`);
            events.record({
              kind,
              code,
              municipalityId: ctx?.principal?.municipalityId ?? null,
              userId: ctx?.principal?.userId ?? null,
              clientAddress: ctx?.clientAddress ?? null,
              operation: operationLabel(requestContext.document, requestContext.operationName),
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
