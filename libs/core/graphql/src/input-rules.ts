import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, Length, Matches, MaxLength, Min, ValidateBy } from 'class-validator';

import { ErrorCode } from '@app/core/errors';

// Validation rules shared by every feature's inputs, so a date or a version means the same
// everywhere.

// A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not).
export function IsIsoDate(): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date (YYYY-MM-DD)' }),
    MaxLength(10),
  );
}

// The version a change is based on (optimistic locking).
export function IsVersion(): PropertyDecorator {
  return applyDecorators(IsInt(), Min(1));
}

// Words of letters or digits, in any script (Swedish å, ä, ö included).
const WORD = /[\p{L}\p{N}]+/gu;

// Whether a text, as given, says something a reader can act on: at least two different words
// that are not one character repeated. Refuses what only fills the field: blank ("   "), one
// character repeated ("aaaaaaaaaaaa"), a single word ("akut") and one word repeated ("test test
// test"). A heuristic, not a judge of content: the log reviewer reads the text.
export function isMeaningfulText(text: string): boolean {
  const words = new Set(
    (text.toLocaleLowerCase('sv').match(WORD) ?? []).filter((word) => new Set(Array.from(word)).size >= 2),
  );
  return words.size >= 2;
}

// A reason, or the text of a legal ground, that someone must give before the system lets them do
// something (open an emergency access, decline a referral, rely on a provision). Trimmed before it
// is checked and stored, so the length counts what is kept; blank, one-word and repeated texts are
// refused. Every way it can be wrong answers INPUT_REASON_INVALID (the validation pipe reads the
// code from the rules' context), naming the field in `details.fields`.
export function IsReason(options: { max: number; min?: number }): PropertyDecorator {
  const context = { code: ErrorCode.INPUT_REASON_INVALID };
  const min = options.min ?? 1;
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    Length(min, options.max, {
      context,
      message: `$property must be ${min} to ${options.max} characters, not counting spaces around it`,
    }),
    ValidateBy(
      {
        name: 'isReason',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isMeaningfulText(value),
          defaultMessage: () =>
            '$property must say why in at least two different words (not blank, one word or repeated characters)',
        },
      },
      { context },
    ),
  );
}
