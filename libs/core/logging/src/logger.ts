import pino, { Logger, LoggerOptions } from 'pino';

import { RequestContext } from './request-context';

export type AppLogger = Logger;

// Structured JSON logs. Paths that could carry secrets or personal data are removed before
// a line is written; log call sites pass ids and codes, never names or free text.
export function createLogger(
  level: string,
  base: Record<string, unknown> = {},
  destination?: NodeJS.WritableStream,
): AppLogger {
  const options: LoggerOptions = {
    level,
    base: { service: 'brygga-api', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Every line written while serving a request carries its id, wherever it is logged from.
    mixin: () => {
      const requestId = RequestContext.requestId();
      return requestId ? { requestId } : {};
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'password',
        '*.password',
        'token',
        '*.token',
        'refreshToken',
        '*.refreshToken',
        'input.password',
        'accessToken',
        '*.accessToken',
        'variables',
        '*.variables',
        'secret',
        '*.secret',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
