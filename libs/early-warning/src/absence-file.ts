import { DomainError, ErrorCode } from '@app/core/errors';
import { findColumn, headerKey, IDENTITY_NUMBER_HEADERS, parseFileDate } from '@app/target-group';
import { parseIdentityNumber } from '@app/young-people';

import type { AbsenceDayRow } from './early-warning.repository';

// How school systems name the columns of an absence file (matched loosely, as the signals and
// target-group importers match theirs: case, spaces, dots and å/ä/ö do not matter).
const NAMES = {
  day: ['datum', 'dag', 'franvarodatum', 'franvarodag', 'day', 'date'],
  unexcused: ['ogiltig', 'ogiltigfranvaro', 'franvarotyp', 'typ', 'giltighet', 'unexcused'],
  className: ['klass', 'klassnamn', 'grupp', 'class', 'classname'],
} as const;

// The words of the unexcused column: "Ogiltig" / "Giltig" (a type column), or "Ja" / "Nej", "x"
// and empty (an "Ogiltig" column). Anything else is refused rather than guessed.
const UNEXCUSED_WORDS: Readonly<Record<string, boolean>> = {
  ogiltig: true,
  ogiltigfranvaro: true,
  ja: true,
  j: true,
  x: true,
  true: true,
  yes: true,
  unexcused: true,
  giltig: false,
  giltigfranvaro: false,
  anmald: false,
  nej: false,
  n: false,
  false: false,
  no: false,
  excused: false,
};

const MAX_CLASS = 40;

export interface AbsenceColumns {
  identityNumber: number;
  day: number;
  unexcused: number;
  className?: number;
}

export interface AbsenceRowError {
  line: number;
  code: string;
  field: string;
}

function missing(column: string, columns: readonly string[]): DomainError {
  return new DomainError(ErrorCode.ABSENCE_IMPORT_COLUMN_MISSING, `The file has no column ${column}`, {
    column,
    columns: columns.slice(0, 50).map((name) => name.slice(0, 100)),
  });
}

export function resolveAbsenceColumns(columns: readonly string[]): AbsenceColumns {
  const identityNumber = findColumn(columns, IDENTITY_NUMBER_HEADERS);
  if (identityNumber === undefined) throw missing('personnummer', columns);
  const day = findColumn(columns, NAMES.day);
  if (day === undefined) throw missing('datum', columns);
  const unexcused = findColumn(columns, NAMES.unexcused);
  if (unexcused === undefined) throw missing('ogiltig', columns);
  return { identityNumber, day, unexcused, className: findColumn(columns, NAMES.className) };
}

// Whether a cell of the unexcused column says unexcused; undefined when it says neither.
export function unexcusedOf(text: string): boolean | undefined {
  const value = text.trim();
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  return UNEXCUSED_WORDS[headerKey(value)];
}

function cell(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

// One row of an absence file into an absence day, or the reason it is refused (line, code,
// column as the file names it).
export function parseAbsenceRow(
  line: number,
  cells: readonly string[],
  columns: AbsenceColumns,
  names: readonly string[],
  today: string,
): AbsenceDayRow | AbsenceRowError {
  const refuse = (code: string, index: number | undefined, fallback: string): AbsenceRowError => ({
    line,
    code,
    field: (index === undefined ? undefined : names[index]) ?? fallback,
  });
  const raw = cell(cells, columns.identityNumber);
  // 1.20101E+11: Excel turned the number into a float; the digits are lost.
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(raw)) {
    return refuse(ErrorCode.ABSENCE_ROW_IDENTITY_NUMBER_INVALID, columns.identityNumber, 'personnummer');
  }
  let normalized: string;
  try {
    normalized = parseIdentityNumber(raw.replace(/\s/g, ''), today).normalized;
  } catch {
    return refuse(ErrorCode.ABSENCE_ROW_IDENTITY_NUMBER_INVALID, columns.identityNumber, 'personnummer');
  }
  const day = parseFileDate(cell(cells, columns.day));
  if (!day || day > today) return refuse(ErrorCode.ABSENCE_ROW_DATE_INVALID, columns.day, 'datum');
  const unexcused = unexcusedOf(cell(cells, columns.unexcused));
  if (unexcused === undefined) return refuse(ErrorCode.ABSENCE_ROW_UNEXCUSED_INVALID, columns.unexcused, 'ogiltig');
  const className = cell(cells, columns.className) || null;
  if (className && className.length > MAX_CLASS) {
    return refuse(ErrorCode.ABSENCE_ROW_VALUE_TOO_LONG, columns.className, 'klass');
  }
  return { personalIdentityNumber: normalized, day, unexcused, className };
}
