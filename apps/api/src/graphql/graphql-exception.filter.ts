import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

import { DomainError, ErrorCode } from '@app/core/errors';
import { RequestContext } from '@app/core/logging';

// HTTP status of a refusal on a plain HTTP route (the file routes, POST /signals/import); GraphQL answers 200 with the
// code in `extensions` instead.
const HTTP_STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.AUTH_UNAUTHENTICATED]: 401,
  [ErrorCode.AUTH_TOKEN_EXPIRED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FILE_NOT_FOUND]: 404,
  [ErrorCode.FILE_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  // POST /signals/import (a school system's integration credential)
  [ErrorCode.INTEGRATION_CREDENTIAL_INVALID]: 401,
  [ErrorCode.INTEGRATION_CREDENTIAL_REVOKED]: 401,
  [ErrorCode.INTEGRATION_CREDENTIAL_EXPIRED]: 401,
  [ErrorCode.SIGNAL_IMPORT_KEY_REUSED]: 409,
  // POST /early-warning/absence-days/import (the same credential)
  [ErrorCode.ABSENCE_IMPORT_KEY_REUSED]: 409,
  [ErrorCode.SIGNAL_IMPORT_CONTENT_TYPE_UNSUPPORTED]: 415,
};

// Nest's exception handler logs every error that a resolver, guard or pipe throws at error
// level, expected refusals included ("ExceptionsHandler: DomainError: Wrong e-mail or password"),
// so operators could not tell real failures from wrong passwords. A GraphQL error goes on as it
// is to formatError, which logs it once at the level it deserves (refusals at info or warn with
// their code, faults at error with the request id). On a plain HTTP route a DomainError is
// answered with its code as JSON and a fitting status; anything else keeps Nest's own handling
// (a generic 500).
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    if (exception instanceof DomainError && host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.status(HTTP_STATUS_OF[exception.code] ?? 400).json({
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
        requestId: RequestContext.requestId(),
      });
      return;
    }
    super.catch(exception, host);
  }
}
