import Personnummer from 'personnummer';

import { DomainError, ErrorCode } from '@app/core/errors';

// A validated Swedish personal identity number (personnummer) or coordination number
// (samordningsnummer, day of birth + 60), kept as 12 digits YYYYMMDDNNNN so that equal numbers
// compare equal however they were typed. The century of a 10-digit number follows the
// separator rule ('+' for people 100 or older); 12 digits are taken as given.
export interface IdentityNumber {
  // 12 digits, no separator.
  normalized: string;
  coordinationNumber: boolean;
  // ISO date (YYYY-MM-DD); for a coordination number the day minus 60.
  dateOfBirth: string;
}

export function parseIdentityNumber(input: string, today: Date = new Date()): IdentityNumber {
  const trimmed = input.trim();
  let parsed: Personnummer;
  try {
    // The library decides the century of 10-digit numbers from the current date.
    parsed = Personnummer.parse(trimmed, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    throw invalid();
  }
  const coordinationNumber = parsed.isCoordinationNumber();
  const day = Number.parseInt(parsed.day, 10) - (coordinationNumber ? 60 : 0);
  const dateOfBirth = `${parsed.fullYear}-${parsed.month}-${String(day).padStart(2, '0')}`;
  if (!isRealDate(dateOfBirth) || dateOfBirth > isoDate(today)) throw invalid();
  return {
    normalized: `${parsed.fullYear}${parsed.month}${parsed.day}${parsed.num}${parsed.check}`,
    coordinationNumber,
    dateOfBirth,
  };
}

// YYYYMMDD-NNNN, the form people read and type.
export function formatIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === iso;
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

function invalid(): DomainError {
  // The number itself is personal data: it is never echoed back or logged.
  return new DomainError(
    ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID,
    'Not a valid Swedish personal identity number or coordination number',
    { field: 'personalIdentityNumber' },
  );
}
