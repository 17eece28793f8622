import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request } from 'express';
import { parse } from 'graphql';
import type {
  ExecutionArgs,
  ExecutionResult,
  FormattedExecutionResult,
  GraphQLError,
  GraphQLFormattedError,
} from 'graphql';
import type { ServerOptions, SubscribePayload, Context as WsContext } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';

import { AccessLogService, SecurityEventKind, SecurityEventService } from '@app/core/audit';
import type { Principal } from '@app/core/auth';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode, formatGraphqlError } from '@app/core/errors';
import {
  aliasLimitRule,
  costLimitPlugin,
  depthLimitRule,
  directiveLimitRule,
  sqlStatementCountPlugin,
  type GraphqlContext,
} from '@app/core/graphql';
import { RequestContext } from '@app/core/logging';

import { AppLoggerService } from '../app-logger.service';
import { AuthenticationService, bearerToken } from '../auth/authentication.service';
import { accessLogPlugin, logReads, operationLabel } from './access-log.plugin';
import { httpContext, socketContext } from './context.factory';
import { defaultWebAppDir } from '../http/web-app';
import {
  defaultManifestPath,
  PersistedOperations,
  persistedOperationsPlugin,
  persistedQueryNotAllowed,
  refusedOperationLabel,
} from './persisted-operations';
import { codeOf, kindOf, securityEventsPlugin } from './security-events.plugin';

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  principal?: Principal;
  token?: string;
  expiryTimer?: NodeJS.Timeout;
}

// graphql-ws hands the `ws` transport's extra (socket and upgrade request) to every hook.
type SocketContext = WsContext<Record<string, unknown> | undefined, SocketExtra>;

// Close codes of the graphql-ws protocol family (4400-4499 are the application's).
const CLOSE_FORBIDDEN = 4403;
const CLOSE_TOKEN_EXPIRED = 4401;

@Injectable()
export class GraphqlOptions implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthenticationService,
    private readonly logger: AppLoggerService,
    private readonly accessLog: AccessLogService,
    private readonly securityEvents: SecurityEventService,
  ) {
    const mode = this.config.persistedOperations;
    const file = this.config.env.PERSISTED_OPERATIONS_MANIFEST ?? defaultManifestPath(defaultWebAppDir());
    const { operations, missing } = PersistedOperations.load(mode, file, this.config.graphqlLimits.maxTokens);
    this.persisted = operations;
    if (missing) {
      this.logger.pino.warn(
        { persistedOperations: mode, manifest: file },
        'no persisted-operations manifest: every operation from a restricted client is refused',
      );
    }
  }

  // The web app's known operations, enforced per PERSISTED_OPERATIONS (docs/OPERATIONS.md).
  private readonly persisted: PersistedOperations;

  createGqlOptions(): ApolloDriverConfig {
    const limits = this.config.graphqlLimits;
    const production = this.config.production;
    const exposeLimits = !production;
    return {
      path: '/graphql',
      // Built in memory; `npm run schema:print` writes the committed schema.gql and a test
      // fails when the two differ.
      autoSchemaFile: true,
      sortSchema: true,
      playground: false,
      graphiql: false,
      introspection: !production,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: production,
      parseOptions: { maxTokens: limits.maxTokens },
      validationRules: [
        // Introspection is allowed outside production only, and there GraphiQL, Sandbox and codegen
        // must be able to load the schema with the standard query.
        depthLimitRule(limits.maxDepth, exposeLimits, { freeIntrospection: !production }),
        aliasLimitRule(limits.maxAliases, exposeLimits),
        directiveLimitRule(limits.maxDirectives, exposeLimits),
      ],
      plugins: [
        // First: a refused request's text is swapped out before anything else looks at it.
        persistedOperationsPlugin(this.persisted, this.securityEvents),
        // Responses are never cached (Cache-Control: no-store); Apollo's default cache-control
        // plugin would otherwise wrap every field resolver of every row to compute hints.
        ApolloServerPluginCacheControlDisabled(),
        costLimitPlugin({
          maxCost: limits.maxCost,
          defaultListSize: limits.defaultListSize,
          maxListSize: limits.maxListSize,
          exposeLimits,
          freeIntrospection: !production,
        }),
        // Before the statement count, so the ground lookup is counted with the request.
        accessLogPlugin(this.accessLog, this.logger.pino),
        securityEventsPlugin(this.securityEvents),
        ...(this.config.exposeSqlStatementCount ? [sqlStatementCountPlugin()] : []),
      ],
      // No guards, interceptors or filters on field resolvers: each checks its own @FieldPolicy
      // (FieldPolicyCheck refuses to start without one), and those without parameter decorators
      // are then called by graphql-js directly. Nest's pipeline on every field of every row of a
      // page was about 40% of what a nested page cost.
      fieldResolverEnhancers: [],
      formatError: (formatted, error) =>
        formatGraphqlError(formatted, error, { logger: this.logger.pino, requestId: () => RequestContext.requestId() }),
      context: (arg: { req?: Request } | SocketContext) => this.context(arg),
      subscriptions: { 'graphql-ws': this.socketOptions() },
    };
  }

  // graphql-ws options. Nest's type lists only some of them but passes every one to graphql-ws
  // (GqlSubscriptionService spreads the object into useServer), onError included.
  private socketOptions(): GraphQLWsSubscriptionsConfig {
    const options: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError'> = {
      path: '/graphql',
      onConnect: (ctx: WsContext<Record<string, unknown> | undefined, unknown>) => this.onConnect(ctx as SocketContext),
      // A socket opened by a browser (its handshake had an Origin) subscribes with known
      // operations only, as its HTTP requests do.
      onSubscribe: (ctx: unknown, _id: string, payload: SubscribePayload) =>
        this.checkPersisted(ctx as SocketContext, payload),
      // Errors on a socket are masked and coded exactly like those of an HTTP response.
      onError: (ctx: unknown, _id: string, payload: { query?: string }, errors: readonly GraphQLError[]) => {
        this.recordSocketRefusals(ctx as SocketContext, payload, errors);
        return errors.map((error) => this.formatError(error));
      },
      // Each event's reads are logged before the event is sent, like a response's.
      onNext: async (
        ctx: unknown,
        _id: string,
        payload: { query?: string },
        args: ExecutionArgs,
        result: ExecutionResult,
      ): Promise<FormattedExecutionResult | undefined> => {
        const failed = await logReads(
          this.accessLog,
          this.logger.pino,
          args.contextValue as GraphqlContext,
          () => operationLabel(args.document, args.operationName),
          true,
        );
        if (failed) return failed;
        if (!result.errors?.length) return undefined;
        this.recordSocketRefusals(ctx as SocketContext, payload, result.errors);
        return { data: result.data, errors: result.errors.map((error) => this.formatError(error)) };
      },
      onDisconnect: (ctx: WsContext<Record<string, unknown> | undefined, unknown>) => {
        const { expiryTimer } = (ctx as SocketContext).extra;
        if (expiryTimer) clearTimeout(expiryTimer);
      },
    };
    return options;
  }

  private checkPersisted(ctx: SocketContext, payload: SubscribePayload): readonly GraphQLError[] | undefined {
    if (this.persisted.mode === 'off' || !this.persisted.appliesTo(ctx.extra.request.headers)) return undefined;
    if (this.persisted.allows(payload.extensions?.documentId, payload.query)) return undefined;
    this.securityEvents.record({
      kind: SecurityEventKind.OPERATION_REFUSED,
      code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
      municipalityId: ctx.extra.principal?.municipalityId ?? null,
      userId: ctx.extra.principal?.userId ?? null,
      clientAddress: ctx.extra.request.socket.remoteAddress ?? null,
      operation: refusedOperationLabel(payload.query, payload.operationName),
    });
    return [persistedQueryNotAllowed(false)];
  }

  // A subscription refused on an authenticated socket (FORBIDDEN, a GraphQL limit) is a security
  // event like a refused HTTP operation.
  private recordSocketRefusals(ctx: SocketContext, payload: { query?: string }, errors: readonly GraphQLError[]): void {
    const seen = new Set<string>();
    for (const error of errors) {
      const code = codeOf(error);
      const kind = kindOf(code, undefined);
      if (!kind || seen.has(`${kind}:${code}`)) continue;
      seen.add(`${kind}:${code}`);
      let operation = 'subscription';
      try {
        operation = payload.query ? operationLabel(parse(payload.query)) : operation;
      } catch {
        // An unparsable document has no operation to name.
      }
      this.securityEvents.record({
        kind,
        code,
        municipalityId: ctx.extra.principal?.municipalityId ?? null,
        userId: ctx.extra.principal?.userId ?? null,
        clientAddress: ctx.extra.request.socket.remoteAddress ?? null,
        operation,
      });
    }
  }

  private formatError(error: GraphQLError): GraphQLFormattedError {
    return formatGraphqlError(error.toJSON(), error, {
      logger: this.logger.pino,
      requestId: () => RequestContext.requestId(),
    });
  }

  private async context(arg: { req?: Request } | SocketContext): Promise<GraphqlContext> {
    if ('extra' in arg && arg.extra.principal && arg.extra.token) {
      return socketContext(
        this.auth,
        arg.extra.principal,
        arg.extra.token,
        arg.extra.request.socket.remoteAddress ?? 'unknown',
      );
    }
    if ('req' in arg && arg.req) return httpContext(this.auth, arg.req);
    throw new Error('Unknown GraphQL transport');
  }

  // Authenticates a WebSocket once, from connectionParams.authorization, checks the browser
  // Origin against the allow list (the api's own web app, served from the same host, is always
  // allowed), and closes the socket when the token expires.
  private async onConnect(ctx: SocketContext): Promise<boolean | Record<string, unknown>> {
    const { origin, host } = ctx.extra.request.headers;
    if (origin !== undefined && !this.config.allowedOrigins.includes(origin) && !sameHost(origin, host)) return false;
    const token = bearerToken(ctx.connectionParams?.authorization);
    if (!token) return false;
    try {
      const principal = await this.auth.principalFor(token);
      ctx.extra.principal = principal;
      ctx.extra.token = token;
      const remaining = principal.expiresAt * 1000 - this.auth.now().getTime();
      ctx.extra.expiryTimer = setTimeout(
        () => ctx.extra.socket.close(CLOSE_TOKEN_EXPIRED, 'Token expired'),
        Math.max(remaining, 0),
      );
      ctx.extra.expiryTimer.unref();
      return true;
    } catch (error) {
      if (error instanceof DomainError) {
        this.securityEvents.record({
          kind: SecurityEventKind.TOKEN_REFUSED,
          code: error.code,
          clientAddress: ctx.extra.request.socket.remoteAddress ?? null,
          operation: 'subscription connect',
        });
        return false;
      }
      this.logger.pino.error(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'socket authentication failed',
      );
      ctx.extra.socket.close(CLOSE_FORBIDDEN, 'Forbidden');
      return false;
    }
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
