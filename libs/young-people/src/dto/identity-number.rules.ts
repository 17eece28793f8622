import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches, MaxLength, ValidateBy } from 'class-validator';

import { ErrorCode } from '@app/core/errors';

import { IDENTITY_NUMBER_FORM, IDENTITY_NUMBER_MAX_LENGTH, isIdentityNumberQuery } from '../identity-number';

// The validation pipe answers a rule's own code when its context names one, so every way an
// identity number can be wrong has one code: these rules refuse its form (blank, too long, too
// short, letters) with the code the service gives a wrong check digit, an impossible or future
// date, or a '+' (parseIdentityNumber, which needs the municipality's day).
const context = { code: ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID };
const message = '$property must be a personnummer or samordningsnummer: YYYYMMDD-NNNN, YYMMDD-NNNN or digits only';

function trim({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

// A field that holds an identity number and nothing else.
export function IsIdentityNumber(): PropertyDecorator {
  return applyDecorators(
    Transform(trim),
    MaxLength(IDENTITY_NUMBER_MAX_LENGTH, { context, message }),
    Matches(IDENTITY_NUMBER_FORM, { context, message }),
  );
}

// A search text: an identity number when it holds a digit, otherwise the start of a name. A
// number in the wrong form answers YOUNG_PERSON_IDENTITY_NUMBER_INVALID, as at registration; a
// name shorter than 2 or longer than 100 characters BAD_USER_INPUT.
export function IsYoungPersonQuery(): PropertyDecorator {
  return applyDecorators(
    Transform(trim),
    MaxLength(100),
    ValidateBy(
      {
        name: 'isIdentityNumberQuery',
        validator: {
          validate: (value: unknown) =>
            typeof value !== 'string' ||
            !isIdentityNumberQuery(value) ||
            (value.length <= IDENTITY_NUMBER_MAX_LENGTH && IDENTITY_NUMBER_FORM.test(value)),
          defaultMessage: () => message,
        },
      },
      { context },
    ),
    ValidateBy({
      name: 'isNameQuery',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (isIdentityNumberQuery(value) || value.length >= 2),
        defaultMessage: () => '$property must be an identity number or at least 2 characters of a name',
      },
    }),
  );
}
