import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';

// The GraphQL fast lane (issue 20, docs/PERFORMANCE.md): a plain `POST /graphql` with a JSON
// body is answered without Express's router. Express 5 with Nest's middleware wrappers walked
// about fifteen layers, matched each against the path and answered through `res.send`; that
// layering cost more per request than everything the request itself does. The lane applies
// the same steps as the Express chain, in the same order and with the same functions:
//
//   Express's handle()   the request and response prototypes (`req.ip` under `trust proxy`,
//                        `req.res.cookie`, `req.hostname`), `req.res`/`res.req`, `res.locals`
//   cors                 the very function Nest registered (`enableCors`), the allow list
//   security headers     the same function as in the Express chain
//   JSON parser          the very function Nest registered (`useBodyParser('json')`, 100 kB)
//   request context      the same middleware (X-Request-Id, Cache-Control: no-store, the
//                        AsyncLocalStorage store, the access line)
//   Apollo               what @as-integrations/express5 does, with the context function Nest
//                        built (`GraphQLModule.completeOptions.context`), so resolvers, guards
//                        and plugins (persisted operations, CSRF prevention, cost, access log,
//                        security events) see the same context and `req`
//
// Everything else goes to Express unchanged: other methods and paths, a query string, a
// content type that is not JSON, an empty body. A body the parser refuses (malformed, too
// large, a wrong charset) is handed to Express with the parser's error, which the Express
// chain raises at the parser's place, so the refusal is Express's and Nest's own answer.
// GRAPHQL_FAST_LANE=off leaves every request to Express.

type Handler = (req: Request, res: Response, next: NextFunction) => void;

type ContextFunction = (arg: { req: Request; res: Response }) => Promise<BaseContext>;

export interface FastLaneSteps {
  expressApp: Express;
  cors: Handler;
  securityHeaders: Handler;
  jsonParser: Handler;
  requestContext: Handler;
  apollo: ApolloServer<BaseContext>;
  context: ContextFunction;
}

// What the Express chain answers with from `res.send` unchanged: the content types Apollo
// writes already carry `charset=utf-8`, which `res.send` would set again to the same text.
const JSON_TYPES = new Set(['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8']);

// The Express step at the JSON parser's place: raises the error the fast lane's parser ran
// into (the request's body is already read), else parses as before.
export class FastLaneParserErrors {
  private readonly errors = new WeakMap<IncomingMessage, unknown>();

  hand(req: IncomingMessage, error: unknown): void {
    this.errors.set(req, error);
  }

  step(parser: Handler): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (this.errors.has(req)) {
        const error = this.errors.get(req);
        this.errors.delete(req);
        next(error);
        return;
      }
      parser(req, res, next);
    };
  }
}

export class GraphqlFastLane {
  constructor(
    private readonly steps: FastLaneSteps,
    private readonly parserErrors: FastLaneParserErrors,
  ) {}

  // Puts the lane in Express's place on the server's 'request' event (Nest's adapter created
  // the server with Express as its listener); the lane calls Express for whatever it does not
  // take. Other listeners keep their place.
  install(server: Server): void {
    const listeners = server.listeners('request') as Array<(...args: unknown[]) => void>;
    if (listeners.filter((listener) => listener === this.steps.expressApp).length !== 1) {
      throw new Error('GraphQL fast lane: Express is not a request listener of the server');
    }
    const lane = (req: IncomingMessage, res: ServerResponse): void => this.handle(req, res);
    server.removeAllListeners('request');
    for (const listener of listeners) {
      server.on('request', listener === this.steps.expressApp ? lane : listener);
    }
  }

  // Only the exact form the lane reproduces; the parser makes the final call on the type
  // (`type-is`), this only keeps other requests away from it.
  static takes(req: IncomingMessage): boolean {
    if (req.method !== 'POST' || req.url !== '/graphql') return false;
    const type = req.headers['content-type'];
    return type !== undefined && type.startsWith('application/json');
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    if (!GraphqlFastLane.takes(req)) {
      this.fallThrough(req, res);
      return;
    }
    const expressReq = req as Request;
    const expressRes = res as Response;
    // The parser first: it reads only the headers before deciding, so when it declines (an
    // empty body, a type it does not parse) nothing has been done to the request and Express
    // takes it from the start. cors and the security headers never end a POST, so running
    // them after the body is read changes nothing that can be observed.
    this.steps.jsonParser(expressReq, expressRes, (error?: unknown) => {
      if (error !== undefined) {
        this.parserErrors.hand(req, error);
        this.fallThrough(req, res);
        return;
      }
      if (expressReq.body === undefined) {
        this.fallThrough(req, res);
        return;
      }
      this.afterBody(expressReq, expressRes);
    });
  }

  private fallThrough(req: IncomingMessage, res: ServerResponse): void {
    this.steps.expressApp(req, res);
  }

  private afterBody(req: Request, res: Response): void {
    const { expressApp } = this.steps;
    // Express's handle(), as it runs for every request (x-powered-by is disabled).
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, expressApp.request);
    Object.setPrototypeOf(res, expressApp.response);
    if (!res.locals) res.locals = Object.create(null) as Response['locals'];
    // What the router leaves on the request inside Apollo's `app.use('/graphql')` layer.
    req.originalUrl = '/graphql';
    req.baseUrl = '/graphql';
    req.url = '/';
    req.params = {};
    // None of these steps calls next with an error for a POST: cors with a fixed allow list
    // and the header step are synchronous, the request context only runs what follows.
    this.steps.cors(req, res, () => {
      this.steps.securityHeaders(req, res, () => {
        this.steps.requestContext(req, res, () => {
          this.execute(req, res).catch((error: unknown) => this.failed(req, res, error));
        });
      });
    });
  }

  // @as-integrations/express5's middleware, with the response written in one `end`.
  private async execute(req: Request, res: Response): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await this.steps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body as unknown },
      context: () => this.steps.context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    await write(res, response);
  }

  // Apollo answers its own failures (a context that throws is a 500 it writes); anything that
  // still escapes goes to Express's error handling as it would from Apollo's middleware.
  private failed(req: Request, res: Response, error: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    this.parserErrors.hand(req, error);
    this.fallThrough(req, res);
  }
}

async function write(res: Response, response: HTTPGraphQLResponse): Promise<void> {
  if (response.body.kind === 'complete') {
    const body = response.body.string;
    const type = res.getHeader('content-type');
    const status = res.statusCode;
    if (typeof type === 'string' && JSON_TYPES.has(type) && status !== 204 && status !== 205 && status !== 304) {
      // What `res.send(string)` does for these: the length, then one `end`.
      res.setHeader('Content-Length', String(Buffer.byteLength(body, 'utf8')));
      res.end(body, 'utf8');
      return;
    }
    res.send(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    res.write(chunk);
  }
  res.end();
}

// The one middleware function that `register` (a Nest call such as `enableCors`) adds to
// Express, so the fast lane runs that very function; `wrap` decides what the chain gets in
// its place (the same function unless given).
export function registeredHandler(
  expressApp: Express,
  register: () => void,
  wrap: (handler: Handler) => Handler = (handler) => handler,
): Handler {
  const use = expressApp.use;
  let registered: Handler | undefined;
  const intercept = (...args: unknown[]): Express => {
    const [handler] = args;
    if (registered !== undefined || args.length !== 1 || typeof handler !== 'function') {
      throw new Error('GraphQL fast lane: expected one middleware function');
    }
    registered = handler as Handler;
    return (use as (handler: Handler) => Express).call(expressApp, wrap(registered));
  };
  expressApp.use = intercept as Express['use'];
  try {
    register();
  } finally {
    // Express mixes its methods into the app function itself: `use` is its own property.
    expressApp.use = use;
  }
  if (registered === undefined) throw new Error('GraphQL fast lane: no middleware was registered');
  return registered;
}
