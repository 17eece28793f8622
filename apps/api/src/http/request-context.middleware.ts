import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import { RequestContext, type AppLogger } from '@app/core/logging';

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

// Gives each HTTP request an id (the caller's X-Request-Id when well-formed), makes it
// available to everything the request runs, echoes it back, and writes one access line
// without query strings or bodies (they can carry personal data).
export function requestContextMiddleware(logger: AppLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && VALID_REQUEST_ID.test(header) ? header : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('Cache-Control', 'no-store');
    // The access line is an info line: at a higher level (the bench runs at warn) pino drops it,
    // so the clock, the listener and the line's object are not made at all (issue 20). The level
    // is asked per request, so a level changed at run time takes effect at once.
    if (logger.isLevelEnabled('info')) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        logger.info(
          {
            requestId,
            method: req.method,
            path: req.path,
            status: res.statusCode,
            durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'request',
        );
      });
    }
    RequestContext.run({ requestId, sqlStatements: 0 }, next);
  };
}
