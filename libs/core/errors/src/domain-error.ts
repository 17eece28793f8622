import { ErrorCode } from './error-codes';

// Thrown by services for an expected refusal. The code reaches the client as
// `extensions.code`; `details` must hold no personal data (it is shown to the caller).
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, string | number | boolean | string[]>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

// A missing row and a forbidden row look the same to the caller, so existence never leaks.
export function notFound(subjectType: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${subjectType} not found`, { subjectType });
}

export function forbidden(): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, 'Not allowed');
}

export function conflict(message = 'The record was changed by someone else; reload and try again'): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message);
}
