import { ValidationPipe, type ValidationError } from '@nestjs/common';

import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; problems: string[] }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// Validates every GraphQL argument and input against its class-validator rules. Properties
// without a rule are refused rather than silently stripped (a test checks every input field
// has one), and a failure is a BAD_USER_INPUT naming each field, never an internal error.
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flatten(errors);
      return new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `Invalid input: ${fields.map((f) => `${f.field} (${f.problems.join('; ')})`).join(', ')}`,
        { fields: fields.map((f) => f.field) },
      );
    },
  });
}
