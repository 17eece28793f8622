import { DomainError, ErrorCode } from '@app/core/errors';

import { TargetGroupImportKind } from './target-group.enums';

// Which column of an imported file holds what. Headers are matched loosely (case, spaces, dots,
// dashes and å/ä/ö do not matter), as the population register's extracts and the schools'
// systems name them differently.
export interface ImportColumns {
  identityNumber: number;
  identityNumberName: string;
  givenName?: number;
  familyName?: number;
  // "Namn": given names then the family name, in one cell.
  fullName?: number;
  municipalityCode?: number;
  school?: number;
  leftOn?: number;
  leftOnName?: string;
  diploma?: number;
}

// Exported for the other importers of school files (libs/signals), so every file is read alike.
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

const NAMES = {
  identityNumber: [
    'personnummer',
    'personnr',
    'persnr',
    'pnr',
    'personid',
    'identitetsnummer',
    'samordningsnummer',
    'personnummersamordningsnummer',
    'personalidentitynumber',
  ],
  givenName: ['fornamn', 'tilltalsnamn', 'givenname', 'fornamnen'],
  familyName: ['efternamn', 'familyname', 'familjenamn'],
  fullName: ['namn', 'name', 'fulltnamn'],
  municipalityCode: ['kommunkod', 'kommun', 'folkbokforingskommun', 'kommunnr', 'municipalitycode'],
  school: ['skola', 'skolenhet', 'skolnamn', 'skolenhetsnamn', 'school', 'skolansnamn'],
  leftOn: [
    'slutdatum',
    'avgangsdatum',
    'avgang',
    'slutat',
    'utskriven',
    'utskrivningsdatum',
    'avslutad',
    'leftdate',
    'lefton',
  ],
  diploma: ['examen', 'gymnasieexamen', 'diploma', 'examenutfardad'],
} as const;

export function findColumn(columns: readonly string[], names: readonly string[]): number | undefined {
  const index = columns.findIndex((column) => names.includes(headerKey(column)));
  return index === -1 ? undefined : index;
}

export function resolveColumns(
  columns: readonly string[],
  kind: TargetGroupImportKind,
  schoolName: string | null,
): ImportColumns {
  const identityNumber = findColumn(columns, NAMES.identityNumber);
  if (identityNumber === undefined) {
    throw new DomainError(ErrorCode.TARGET_GROUP_COLUMN_MISSING, 'The file has no column of identity numbers', {
      column: 'personnummer',
      columns: columns.slice(0, 50).map((column) => column.slice(0, 100)),
    });
  }
  const school = findColumn(columns, NAMES.school);
  if (kind === TargetGroupImportKind.ENROLLMENT && school === undefined && !schoolName) {
    throw new DomainError(
      ErrorCode.TARGET_GROUP_COLUMN_MISSING,
      'An enrolment list needs a column naming the school, or the school named with the import',
      { column: 'skola', columns: columns.slice(0, 50).map((column) => column.slice(0, 100)) },
    );
  }
  const leftOn = findColumn(columns, NAMES.leftOn);
  return {
    identityNumber,
    identityNumberName: columns[identityNumber] ?? 'personnummer',
    givenName: findColumn(columns, NAMES.givenName),
    familyName: findColumn(columns, NAMES.familyName),
    fullName: findColumn(columns, NAMES.fullName),
    municipalityCode: findColumn(columns, NAMES.municipalityCode),
    school,
    leftOn,
    leftOnName: leftOn === undefined ? undefined : columns[leftOn],
    diploma: findColumn(columns, NAMES.diploma),
  };
}

// A date as the files write it: 2026-08-15, 20260815, or 2026-08-15 00:00 from a spreadsheet.
export function parseFileDate(text: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T]00:00(?::00)?)?$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

// "Ja", "x", "1", "true", or the diploma named (gymnasieexamen, gymnasiesärskolebevis, IB): a
// diploma is recorded. A leaving certificate (studiebevis) is not one: it does not end the
// activity responsibility (domain.md §2.1).
export function isYes(text: string): boolean {
  const value = text.trim().toLowerCase();
  return (
    ['ja', 'j', 'x', '1', 'true', 'yes', 'sant'].includes(value) ||
    ['examen', 'gymnasieexamen', 'yrkesexamen', 'högskoleförberedande examen', 'gymnasiesärskolebevis', 'ib'].includes(
      value,
    )
  );
}

// "Åsa Maria Öberg": given names and the family name (the last word).
export function splitFullName(text: string): { givenName: string | null; familyName: string | null } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { givenName: null, familyName: null };
  if (words.length === 1) return { givenName: null, familyName: words[0] ?? null };
  return { givenName: words.slice(0, -1).join(' '), familyName: words[words.length - 1] ?? null };
}
export const IDENTITY_NUMBER_HEADERS: readonly string[] = NAMES.identityNumber;
