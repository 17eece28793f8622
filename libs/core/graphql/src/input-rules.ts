import { applyDecorators } from '@nestjs/common';
import { IsInt, IsISO8601, Matches, MaxLength, Min } from 'class-validator';

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
