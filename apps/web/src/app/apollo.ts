import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { from, mergeMap, tap } from 'rxjs';

import type { SessionStore } from '../session/session-store';
import { codeOf } from './api-error';
import { evictNoLongerShared, evictOnAccessLoss, sharedBefore } from './cache-eviction';
import { documentIdOf } from './transport';

export interface BryggaClient {
  client: ApolloClient;
  // Closes the socket and forgets every cached record (sign-out, session expiry).
  dispose(): Promise<void>;
}

const SESSION_ENDED = new Set(['AUTH_UNAUTHENTICATED', 'AUTH_TOKEN_EXPIRED']);

// One client per signed-in session: a new sign-in never sees the previous user's cache, and
// the cache is never persisted anywhere.
export function createBryggaClient(session: SessionStore): BryggaClient {
  // The operation's persisted-document id (sha256 from codegen) travels with it: the api accepts
  // only the app's known operations from browsers (PERSISTED_OPERATIONS, docs/OPERATIONS.md).
  const documentIdLink = new ApolloLink((operation, forward) => {
    const documentId = documentIdOf(operation.query);
    if (documentId) operation.extensions = { ...operation.extensions, documentId };
    return forward(operation);
  });

  // Every request carries a fresh access token; a request the api refuses because the session
  // ended is retried once after a refresh through the cookie, and ends the session otherwise.
  const authLink = new ApolloLink((operation, forward) => {
    const send = (token: string | undefined) => {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }));
      return forward(operation);
    };
    return from(session.token()).pipe(
      mergeMap((token) =>
        send(token).pipe(
          mergeMap((result) => {
            if (!SESSION_ENDED.has(codeOf(result.errors) ?? '')) return [result];
            return from(session.refresh()).pipe(
              mergeMap((ok) => {
                if (!ok) {
                  session.expire();
                  return [result];
                }
                return from(session.token()).pipe(mergeMap((fresh) => send(fresh)));
              }),
            );
          }),
        ),
      ),
    );
  });

  // A result saying the user may no longer read a young person (NOT_FOUND, FORBIDDEN on a root
  // field naming one or their plan) evicts that young person from the cache, so no other screen
  // shows it from memory (app/cache-eviction.ts). Over HTTP and on subscriptions alike.
  const cache = new InMemoryCache();
  // A shared list fetched again without a young person it named evicts them too.
  const evictionLink = new ApolloLink((operation, forward) => {
    const before = sharedBefore(cache, operation.operationName, operation.query, operation.variables);
    return forward(operation).pipe(
      tap((result) => {
        if (result.errors?.length) evictOnAccessLoss(cache, operation.query, operation.variables, result.errors);
        else evictNoLongerShared(cache, before, result.data);
      }),
    );
  });

  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const ws: WsClient = createClient({
    url: wsUrl,
    lazy: true,
    connectionParams: async () => {
      const token = await session.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(ws),
    http,
  );

  const client = new ApolloClient({
    link: ApolloLink.from([documentIdLink, evictionLink, authLink, transport]),
    cache,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return {
    client,
    dispose: async () => {
      await ws.dispose();
      client.stop();
      await client.clearStore();
    },
  };
}
