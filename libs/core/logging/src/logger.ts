import pino, { Logger } from 'pino';

export type AppLogger = Logger;

// Structured JSON logs. Paths that could carry secrets or personal data are removed before
// a line is written; log call sites pass ids and codes, never names or free text.
export function createLogger(level: string, base: Record<string, unknown> = {}): AppLogger {
  return pino({
    level,
    base: { service: 'brygga-api', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
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
        'variables',
        '*.variables',
        'secret',
        '*.secret',
      ],
      censor: '[redacted]',
    },
  });
}
