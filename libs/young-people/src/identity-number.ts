import Personnummer from 'personnummer';

import { DomainError, ErrorCode } from '@app/core/errors';

// A validated Swedish personal identity number (personnummer) or coordination number
// (samordningsnummer, day of birth + 60), kept as 12 digits YYYYMMDDNNNN so that equal numbers
// compare equal however they were typed.
export interface IdentityNumber {
  // 12 digits, no separator.
  normalized: string;
  coordinationNumber: boolean;
  // ISO date (YYYY-MM-DD); for a coordination number the day minus 60.
  dateOfBirth: string;
}

// The forms people type: YYYYMMDD or YYMMDD, an optional separator ('-', or '+' for someone
// 100 or older), then the serial and the check digit. Input rules check this form, so that
// malformed input of any length answers the same code as a wrong check digit.
export const IDENTITY_NUMBER_FORM = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

// The longest form (YYYYMMDD-NNNN).
export const IDENTITY_NUMBER_MAX_LENGTH = 13;

// Whether a search text is an identity number rather than the start of a name: it holds a digit,
// and names in the population register have none.
export function isIdentityNumberQuery(text: string): boolean {
  return /\d/.test(text);
}

// Why a number was refused, when the app can say something more helpful than "not valid":
// CENTURY_SEPARATOR: typed with '+', which means the person is 100 or older (never a young
// person here); the number itself is otherwise valid, so the hint is to use '-'.
export type IdentityNumberRefusal = 'CENTURY_SEPARATOR';

// Parses what was typed into `field` (named in the error), on the municipality's day `today`
// (YYYY-MM-DD). Every way the number can be wrong answers YOUNG_PERSON_IDENTITY_NUMBER_INVALID.
// The century of a 10-digit number is decided here, from `today` and not from the process
// clock: the most recent date of birth that is not in the future, so the person is under 100,
// as a '-' says. A '+' is refused rather than read as a hundred years earlier.
export function parseIdentityNumber(input: string, today: string, field = 'personalIdentityNumber'): IdentityNumber {
  const form = IDENTITY_NUMBER_FORM.exec(input.trim());
  if (!form) throw invalidIdentityNumber(field);
  const [, century, yy, mm, dd, separator, serial] = form;
  const coordinationNumber = Number.parseInt(dd, 10) > 60;
  const day = String(Number.parseInt(dd, 10) - (coordinationNumber ? 60 : 0)).padStart(2, '0');
  const fullYear = century !== undefined ? `${century}${yy}` : latestYear(yy, `${mm}-${day}`, today);
  const normalized = `${fullYear}${mm}${dd}${serial}`;
  try {
    // Check digit, a real date (day + 60 for a coordination number), serial 000 never issued,
    // interim numbers refused. Given 12 digits the library takes the century as it is.
    Personnummer.parse(normalized, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    throw invalidIdentityNumber(field);
  }
  const dateOfBirth = `${fullYear}-${mm}-${day}`;
  if (!isRealDate(dateOfBirth) || dateOfBirth > today) throw invalidIdentityNumber(field);
  if (separator === '+') throw invalidIdentityNumber(field, 'CENTURY_SEPARATOR');
  return { normalized, coordinationNumber, dateOfBirth };
}

// The most recent year ending in `yy` in which the day `monthDay` (MM-DD) is not after `today`.
function latestYear(yy: string, monthDay: string, today: string): string {
  const thisYear = Number.parseInt(today.slice(0, 4), 10);
  let year = thisYear - ((((thisYear - Number.parseInt(yy, 10)) % 100) + 100) % 100);
  if (`${year}-${monthDay}` > today) year -= 100;
  return String(year);
}

// YYYYMMDD-NNNN, the form people read and type.
export function formatIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

// The day someone born on `dateOfBirth` reaches `years`. Someone born on 29 February has the
// birthday on 28 February in other years (the last day of the month, as PostgreSQL's
// date + interval also gives, so SQL filters and this function agree).
export function anniversary(dateOfBirth: string, years: number): string {
  const [y, m, d] = dateOfBirth.split('-').map((part) => Number.parseInt(part, 10)) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function ageOn(dateOfBirth: string, on: string): number {
  const [y] = dateOfBirth.split('-').map((part) => Number.parseInt(part, 10)) as [number];
  const [onYear] = on.split('-').map((part) => Number.parseInt(part, 10)) as [number];
  const years = onYear - y;
  return anniversary(dateOfBirth, years) <= on ? years : years - 1;
}

// Builds a valid number for a date of birth and a three-digit serial (test data, demo data and
// the benchmark's generator). The check digit is the Luhn digit of YYMMDDNNN.
export function makeIdentityNumber(dateOfBirth: string, serial: number, coordinationNumber = false): string {
  // Serial 000 is never issued.
  if (!Number.isInteger(serial) || serial < 1 || serial > 999) throw new RangeError('serial must be 1 to 999');
  const [y, m, d] = dateOfBirth.split('-') as [string, string, string];
  const day = String(Number.parseInt(d, 10) + (coordinationNumber ? 60 : 0)).padStart(2, '0');
  const digits = `${y.slice(2)}${m}${day}${String(serial).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = Number.parseInt(digits[i], 10) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return `${y}${m}${day}${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
}

// The number itself is personal data: it is never echoed back or logged. `field` and `fields`
// name the input as the validation pipe does, so the two paths to this code look the same.
function invalidIdentityNumber(field: string, reason?: IdentityNumberRefusal): DomainError {
  return new DomainError(
    ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID,
    reason === 'CENTURY_SEPARATOR'
      ? "'+' means the person is 100 years or older; write the number with '-'"
      : 'Not a valid Swedish personal identity number or coordination number',
    { field, fields: [field], ...(reason ? { reason } : {}) },
  );
}
