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
    const started = process.hrtime.bigint();
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('Cache-Control', 'no-store');
    res.on('finish', () => {
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
    RequestContext.run({ requestId, sqlStatements: 0 }, next);
  };
}
