import { EventEmitter } from 'node:events';

import type { NextFunction, Request, Response } from 'express';

import { createLogger, RequestContext } from '@app/core/logging';
import { captureLogLines } from '@app/core/testing';

import { requestContextMiddleware } from './request-context.middleware';

// Just what the middleware touches of Express's request and response.
function exchange(headers: Record<string, string> = {}): {
  req: Request;
  res: Response & EventEmitter;
  sent: Map<string, string>;
} {
  const sent = new Map<string, string>();
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader: (name: string, value: string) => sent.set(name.toLowerCase(), value),
  }) as unknown as Response & EventEmitter;
  const req = { headers, method: 'POST', path: '/graphql' } as unknown as Request;
  return { req, res, sent };
}

describe('requestContextMiddleware', () => {
  it('runs the request with its id, echoes it and writes one access line at info', () => {
    const out = captureLogLines();
    const middleware = requestContextMiddleware(createLogger('info', {}, out.stream));
    const { req, res, sent } = exchange({ 'x-request-id': 'caller-id-123' });
    let seen: string | undefined;
    const next: NextFunction = () => {
      seen = RequestContext.requestId();
    };
    middleware(req, res, next);
    expect(seen).toBe('caller-id-123');
    expect(sent.get('x-request-id')).toBe('caller-id-123');
    expect(sent.get('cache-control')).toBe('no-store');
    res.emit('finish');
    res.emit('finish');
    const lines = out.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request', requestId: 'caller-id-123', method: 'POST', path: '/graphql' });
    expect(typeof lines[0]?.durationMs).toBe('number');
  });

  it('gives a malformed or missing request id a fresh one', () => {
    const middleware = requestContextMiddleware(createLogger('info', {}, captureLogLines().stream));
    const { req, res, sent } = exchange({ 'x-request-id': 'bad id with spaces' });
    middleware(req, res, () => undefined);
    expect(sent.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  // Issue 20: at warn the access line is dropped by pino anyway, so no listener, clock or
  // object is made for it on every request.
  it('adds no finish listener when info lines are not written, and does once the level allows them', () => {
    const out = captureLogLines();
    const logger = createLogger('warn', {}, out.stream);
    const middleware = requestContextMiddleware(logger);
    const quiet = exchange();
    middleware(quiet.req, quiet.res, () => undefined);
    expect(quiet.res.listenerCount('finish')).toBe(0);
    quiet.res.emit('finish');
    expect(out.lines()).toHaveLength(0);

    logger.level = 'info';
    const loud = exchange();
    middleware(loud.req, loud.res, () => undefined);
    expect(loud.res.listenerCount('finish')).toBe(1);
    loud.res.emit('finish');
    expect(out.lines()).toHaveLength(1);
  });
});
