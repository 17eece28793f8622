import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';

import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

export interface FieldProblems {
  field: string;
  problems: string[];
  // The field's own code, when its rule names one (below).
  code?: ErrorCode;
}

const OWN_CODES = new Set<string>(Object.values(ErrorCode));

// A rule may name its field's own code in its validation context (`{ context: { code } }`), so
// that an input answers one code for every way it can be wrong: a reason is INPUT_REASON_INVALID
// whether it is blank, too short or a single word.
function ownCode(error: ValidationError): ErrorCode | undefined {
  for (const context of Object.values(error.contexts ?? {}) as unknown[]) {
    const code = (context as { code?: unknown } | null | undefined)?.code;
    if (typeof code === 'string' && OWN_CODES.has(code)) return code as ErrorCode;
  }
  return undefined;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblems[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints), code: ownCode(error) }] : [];
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

// BAD_USER_INPUT naming each field and its problems, the one shape of every input error. When a
// failing field has its own code the error carries that code instead (the first such field's),
// still naming every failing field.
export function invalidInput(fields: ReadonlyArray<FieldProblems>): DomainError {
  return new DomainError(
    fields.find((f) => f.code !== undefined)?.code ?? ErrorCode.BAD_USER_INPUT,
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
