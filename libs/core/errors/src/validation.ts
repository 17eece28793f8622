import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';

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
// @nestjs/graphql's GqlParamtype.ARGS (the enum is not exported): GraphQL parameters are numeric
// types, and only arguments come from the client.
const GRAPHQL_ARGS = 3;

// Validates what the client sent, and nothing else: the parent object of a field resolver,
// the context and the resolve info are ours. Left to the stock pipe they were copied and
// validated once per field of every row of a page.
class ClientInputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type = metadata.type as ArgumentMetadata['type'] | number;
    if (typeof type === 'number' && type !== GRAPHQL_ARGS) return false;
    return super.toValidate(metadata);
  }
}

// BAD_USER_INPUT naming each field and its problems, the one shape of every input error.
export function invalidInput(fields: ReadonlyArray<{ field: string; problems: string[] }>): DomainError {
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `Invalid input: ${fields.map((f) => `${f.field} (${f.problems.join('; ')})`).join(', ')}`,
    { fields: fields.map((f) => f.field) },
  );
}

export function createValidationPipe(): ValidationPipe {
  return new ClientInputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors: ValidationError[]) => invalidInput(flatten(errors)),
  });
}
