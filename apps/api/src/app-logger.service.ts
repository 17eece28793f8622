import { Injectable, LoggerService } from '@nestjs/common';

import type { AppLogger } from '@app/core/logging';

// Routes Nest's own log lines into the structured pino logger.
@Injectable()
export class AppLoggerService implements LoggerService {
  constructor(readonly pino: AppLogger) {}

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}
