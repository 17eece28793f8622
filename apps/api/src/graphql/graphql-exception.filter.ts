import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

// Nest's exception handler logs every error that a resolver, guard or pipe throws at error
// level, expected refusals included ("ExceptionsHandler: DomainError: Wrong e-mail or password"),
// so operators could not tell real failures from wrong passwords. A GraphQL error goes on as it
// is to formatError, which logs it once at the level it deserves (refusals at info or warn with
// their code, faults at error with the request id). Other routes keep Nest's own handling.
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
