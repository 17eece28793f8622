import { existsSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';

import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, parse, print, visit, type ASTNode, type DefinitionNode, type DocumentNode } from 'graphql';

import { SecurityEventKind, SecurityEventService } from '@app/core/audit';
import { ErrorCode } from '@app/core/errors';
import type { GraphqlContext } from '@app/core/graphql';

import { operationLabel } from './access-log.plugin';

export type PersistedOperationsMode = 'off' | 'browsers' | 'all';

// Where the web app's build (apps/web/vite.config.mts) puts the manifest, under dist/web/.vite,
// which the api does not serve.
export function defaultManifestPath(webAppDir: string): string {
  return path.join(webAppDir, '.vite', 'persisted-documents.json');
}

// A request comes from a browser when it carries a header that only a browser adds and a page's
// script cannot remove (Origin on every POST and WebSocket handshake, Sec-Fetch-* on every fetch
// to a secure or loopback origin), a cookie (the api's only cookie is the browser session's
// refresh cookie), or the app's own session header. An integration sends none of them. An
// injected script therefore cannot pass as an integration; a person with a token and curl can,
// which is what PERSISTED_OPERATIONS=all is for.
export function fromBrowser(headers: IncomingHttpHeaders): boolean {
  return (
    headers.origin !== undefined ||
    headers['sec-fetch-site'] !== undefined ||
    headers['sec-fetch-mode'] !== undefined ||
    headers.cookie !== undefined ||
    headers['x-brygga-session'] !== undefined
  );
}

// Apollo Client adds `__typename` to every selection set it sends (its cache needs them), and
// codegen stores each document in a canonical form (fragments first, fields and arguments
// sorted, on one line) while the app sends it as written. So both texts are compared in one
// canonical form of our own: without `__typename` (it reads no data), every list whose order
// does not change what is read sorted (definitions, selections, arguments, variable definitions,
// input object fields), printed. The set of fields read is exactly the stored one; only a
// mutation's root fields could run in another order than stored, which the app's single-field
// mutations do not have.
export function normalizeOperation(document: DocumentNode): string {
  const byText = <T extends ASTNode>(nodes: readonly T[] | undefined): T[] | undefined =>
    nodes &&
    [...nodes]
      .map((node) => [print(node), node] as const)
      .sort(([a], [b]) => compare(a, b))
      .map(([, n]) => n);
  const canonical = visit(document, {
    Field: {
      leave(node) {
        if (node.name.value === '__typename' && !node.alias) return null;
        return { ...node, arguments: byText(node.arguments) };
      },
    },
    Directive: { leave: (node) => ({ ...node, arguments: byText(node.arguments) }) },
    ObjectValue: { leave: (node) => ({ ...node, fields: byText(node.fields) ?? [] }) },
    SelectionSet: { leave: (node) => ({ ...node, selections: byText(node.selections) ?? [] }) },
    OperationDefinition: { leave: (node) => ({ ...node, variableDefinitions: byText(node.variableDefinitions) }) },
    FragmentDefinition: { leave: (node) => ({ ...node, variableDefinitions: byText(node.variableDefinitions) }) },
  });
  const key = (definition: DefinitionNode): string =>
    `${definition.kind}:${'name' in definition ? (definition.name?.value ?? '') : ''}`;
  return [...canonical.definitions]
    .sort((a, b) => compare(key(a), key(b)))
    .map((definition) => print(definition))
    .join('\n');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Texts already found equal to their id's stored text, so the app's repeated requests cost one
// map lookup rather than a parse. Bounded: a client sending ever new texts cannot grow it.
const MAX_REMEMBERED = 2000;

export class PersistedOperations {
  private readonly byId = new Map<string, string>();
  private readonly remembered = new Map<string, string>();

  constructor(
    readonly mode: PersistedOperationsMode,
    manifest: Readonly<Record<string, string>>,
    private readonly maxTokens: number,
  ) {
    for (const [id, text] of Object.entries(manifest)) {
      this.byId.set(id, normalizeOperation(parse(text, { noLocation: true })));
    }
  }

  // Reads the manifest; a missing file with the setting on leaves no known operation (every
  // restricted request is refused), which the caller logs.
  static load(
    mode: PersistedOperationsMode,
    file: string,
    maxTokens: number,
  ): { operations: PersistedOperations; missing: boolean } {
    if (mode === 'off') return { operations: new PersistedOperations(mode, {}, maxTokens), missing: false };
    if (!existsSync(file)) return { operations: new PersistedOperations(mode, {}, maxTokens), missing: true };
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return { operations: new PersistedOperations(mode, manifest, maxTokens), missing: false };
  }

  get size(): number {
    return this.byId.size;
  }

  appliesTo(headers: IncomingHttpHeaders): boolean {
    return this.mode === 'all' || (this.mode === 'browsers' && fromBrowser(headers));
  }

  // Whether `documentId` is known and `query` is its stored text (`__typename` aside).
  allows(documentId: unknown, query: string | undefined): boolean {
    if (typeof documentId !== 'string' || typeof query !== 'string') return false;
    const stored = this.byId.get(documentId);
    if (stored === undefined) return false;
    if (this.remembered.get(query) === documentId) return true;
    let sent: string;
    try {
      sent = normalizeOperation(parse(query, { noLocation: true, maxTokens: this.maxTokens }));
    } catch {
      return false;
    }
    if (sent !== stored) return false;
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(query, documentId);
    return true;
  }
}

// `http` only over HTTP (Apollo takes the status from it and drops it from the response); a
// socket's error would show it.
export function persistedQueryNotAllowed(overHttp: boolean): GraphQLError {
  return new GraphQLError('Only the web app’s known operations are accepted from a browser; reload the page', {
    extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, ...(overHttp ? { http: { status: 400 } } : {}) },
  });
}

// The refused text's operation, for the security event; never its arguments.
export function refusedOperationLabel(query: string | undefined, operationName: string | null | undefined): string {
  if (!query) return 'unknown';
  try {
    return operationLabel(parse(query, { noLocation: true, maxTokens: 2000 }), operationName);
  } catch {
    return 'unknown';
  }
}

// What a refused request runs instead, so Apollo never parses or validates the refused text and
// the refusal is answered as a normal GraphQL error from `didResolveOperation` (earlier hooks
// cannot answer with an error).
const PLACEHOLDER = '{ __typename }';

// HTTP: refuses a restricted request whose operation is not a known persisted one, before it is
// parsed, and records it as a refused operation (issue 15; docs/OPERATIONS.md).
export function persistedOperationsPlugin(
  operations: PersistedOperations,
  events: SecurityEventService,
): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart(requestContext: GraphQLRequestContext<GraphqlContext>) {
      const ctx = requestContext.contextValue;
      const request = requestContext.request;
      if (operations.mode === 'off' || !operations.appliesTo(ctx.req?.headers ?? {})) return Promise.resolve(undefined);
      if (operations.allows(request.extensions?.documentId, request.query)) return Promise.resolve(undefined);
      events.record({
        kind: SecurityEventKind.OPERATION_REFUSED,
        code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
        municipalityId: ctx.principal?.municipalityId ?? null,
        userId: ctx.principal?.userId ?? null,
        clientAddress: ctx.clientAddress ?? null,
        operation: refusedOperationLabel(request.query, request.operationName),
      });
      request.query = PLACEHOLDER;
      request.operationName = undefined;
      request.variables = {};
      request.extensions = {};
      return Promise.resolve({
        didResolveOperation() {
          return Promise.reject(persistedQueryNotAllowed(true));
        },
      });
    },
  };
}
