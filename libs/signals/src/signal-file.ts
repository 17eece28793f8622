import { DomainError, ErrorCode } from '@app/core/errors';
import { findColumn, headerKey, IDENTITY_NUMBER_HEADERS, parseFileDate } from '@app/target-group';
import { parseIdentityNumber } from '@app/young-people';

import { SignalKind } from './signals.enums';

// How school systems name the columns of a signals file (matched loosely, as the target-group
// importer matches its headers: case, spaces, dots and å/ä/ö do not matter).
const NAMES = {
  kind: ['signal', 'signaltyp', 'typ', 'handelse', 'anmalan', 'anmalningstyp', 'kind'],
  occurredOn: ['datum', 'handelsedatum', 'anmalningsdatum', 'date', 'occurredon'],
  periodStart: ['fran', 'fromdatum', 'periodfran', 'periodstart', 'franochmed'],
  periodEnd: ['till', 'tom', 'tilldatum', 'periodtill', 'periodslut', 'periodend', 'tillochmed'],
  absencePercent: ['franvaro', 'franvaroprocent', 'procent', 'andel', 'franvaroandel', 'absencepercent'],
  details: ['kommentar', 'beskrivning', 'anteckning', 'ovrigt', 'details'],
  homeMunicipality: [
    'hemkommun',
    'hemkommunkod',
    'folkbokforingskommun',
    'kommun',
    'kommunkod',
    'homemunicipality',
    'homemunicipalitycode',
  ],
} as const;

// The kinds as codes or in the words school systems use.
const KIND_WORDS: Readonly<Record<string, SignalKind>> = {
  unexcusedabsence: SignalKind.UNEXCUSED_ABSENCE,
  ogiltigfranvaro: SignalKind.UNEXCUSED_ABSENCE,
  betydandeogiltigfranvaro: SignalKind.UNEXCUSED_ABSENCE,
  absenceinvestigationstarted: SignalKind.ABSENCE_INVESTIGATION_STARTED,
  franvaroutredning: SignalKind.ABSENCE_INVESTIGATION_STARTED,
  utredning: SignalKind.ABSENCE_INVESTIGATION_STARTED,
  utredningstartad: SignalKind.ABSENCE_INVESTIGATION_STARTED,
  starteduppersecondary: SignalKind.STARTED_UPPER_SECONDARY,
  paborjat: SignalKind.STARTED_UPPER_SECONDARY,
  paborjatgymnasiet: SignalKind.STARTED_UPPER_SECONDARY,
  borjat: SignalKind.STARTED_UPPER_SECONDARY,
  inskriven: SignalKind.STARTED_UPPER_SECONDARY,
  leftuppersecondary: SignalKind.LEFT_UPPER_SECONDARY,
  avbrott: SignalKind.LEFT_UPPER_SECONDARY,
  avbrutit: SignalKind.LEFT_UPPER_SECONDARY,
  avhopp: SignalKind.LEFT_UPPER_SECONDARY,
  slutat: SignalKind.LEFT_UPPER_SECONDARY,
  slutatutanexamen: SignalKind.LEFT_UPPER_SECONDARY,
  utskriven: SignalKind.LEFT_UPPER_SECONDARY,
  absenceperiod: SignalKind.ABSENCE_PERIOD,
  franvaro: SignalKind.ABSENCE_PERIOD,
  franvaroperiod: SignalKind.ABSENCE_PERIOD,
  periodfranvaro: SignalKind.ABSENCE_PERIOD,
};

export interface SignalColumns {
  identityNumber: number;
  kind: number;
  occurredOn?: number;
  periodStart?: number;
  periodEnd?: number;
  absencePercent?: number;
  details?: number;
  homeMunicipality?: number;
}

// What one signal says, checked (one row of a file, or the input of recordSignal).
export interface SignalFacts {
  kind: SignalKind;
  personalIdentityNumber: string;
  coordinationNumber: boolean;
  dateOfBirth: string;
  occurredOn: string;
  periodStart: string | null;
  periodEnd: string | null;
  absencePercent: number | null;
  details: string | null;
  // The pupil's home municipality as the file or the input names it (an SCB code or a name), or
  // null for the school's own.
  homeMunicipality: string | null;
}

export interface RowError {
  line: number;
  code: string;
  field: string;
}

function missing(column: string, columns: readonly string[]): DomainError {
  return new DomainError(ErrorCode.SIGNAL_COLUMN_MISSING, `The file has no column ${column}`, {
    column,
    columns: columns.slice(0, 50).map((name) => name.slice(0, 100)),
  });
}

export function resolveSignalColumns(columns: readonly string[]): SignalColumns {
  const identityNumber = findColumn(columns, IDENTITY_NUMBER_HEADERS);
  if (identityNumber === undefined) throw missing('personnummer', columns);
  const kind = findColumn(columns, NAMES.kind);
  if (kind === undefined) throw missing('signal', columns);
  const occurredOn = findColumn(columns, NAMES.occurredOn);
  const periodStart = findColumn(columns, NAMES.periodStart);
  if (occurredOn === undefined && periodStart === undefined) throw missing('datum', columns);
  return {
    identityNumber,
    kind,
    occurredOn,
    periodStart,
    periodEnd: findColumn(columns, NAMES.periodEnd),
    absencePercent: findColumn(columns, NAMES.absencePercent),
    details: findColumn(columns, NAMES.details),
    homeMunicipality: findColumn(columns, NAMES.homeMunicipality),
  };
}

export function kindOf(text: string): SignalKind | undefined {
  return KIND_WORDS[headerKey(text)];
}

// The date rules of a signal, for one signal and for a file's rows alike: nothing in the future,
// and a period of absence has both ends, in order, and its share.
export function factsError(
  facts: Omit<SignalFacts, 'dateOfBirth' | 'coordinationNumber' | 'homeMunicipality'>,
  today: string,
): string | null {
  if (facts.occurredOn > today) return 'datum';
  if (facts.kind === SignalKind.ABSENCE_PERIOD) {
    if (!facts.periodStart || !facts.periodEnd) return 'period';
    if (facts.absencePercent === null) return 'frånvaro';
  }
  if (facts.periodStart && facts.periodEnd && facts.periodEnd < facts.periodStart) return 'period';
  if (facts.periodEnd && facts.periodEnd > today) return 'period';
  return null;
}

function cell(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

// One row of a file into a signal's facts, or the reason it is refused (line, code, column).
export function parseSignalRow(
  line: number,
  cells: readonly string[],
  columns: SignalColumns,
  names: readonly string[],
  today: string,
): SignalFacts | RowError {
  const refuse = (code: string, field: string): RowError => ({ line, code, field });
  const raw = cell(cells, columns.identityNumber);
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(raw)) {
    return refuse(ErrorCode.SIGNAL_ROW_IDENTITY_NUMBER_INVALID, names[columns.identityNumber] ?? 'personnummer');
  }
  let pin;
  try {
    pin = parseIdentityNumber(raw.replace(/\s/g, ''), today);
  } catch {
    return refuse(ErrorCode.SIGNAL_ROW_IDENTITY_NUMBER_INVALID, names[columns.identityNumber] ?? 'personnummer');
  }
  const kind = kindOf(cell(cells, columns.kind));
  if (!kind) return refuse(ErrorCode.SIGNAL_ROW_KIND_INVALID, names[columns.kind] ?? 'signal');
  const date = (index: number | undefined): string | null | false => {
    const text = cell(cells, index);
    if (!text) return null;
    return parseFileDate(text) ?? false;
  };
  const periodStart = date(columns.periodStart);
  const periodEnd = date(columns.periodEnd);
  const occurred = date(columns.occurredOn);
  if (periodStart === false || periodEnd === false || occurred === false) {
    return refuse(ErrorCode.SIGNAL_ROW_DATE_INVALID, 'datum');
  }
  // A period's signal happened when the period ended.
  const occurredOn = occurred ?? periodEnd ?? periodStart;
  if (!occurredOn) return refuse(ErrorCode.SIGNAL_ROW_DATE_INVALID, 'datum');
  const percentText = cell(cells, columns.absencePercent).replace('%', '').replace(',', '.').trim();
  let absencePercent: number | null = null;
  if (percentText) {
    const value = Number(percentText);
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      return refuse(ErrorCode.SIGNAL_ROW_PERCENT_INVALID, names[columns.absencePercent ?? -1] ?? 'frånvaro');
    }
    absencePercent = Math.round(value);
  }
  const details = cell(cells, columns.details) || null;
  if ((details?.length ?? 0) > 1000) return refuse(ErrorCode.SIGNAL_ROW_VALUE_TOO_LONG, 'kommentar');
  const facts: SignalFacts = {
    kind,
    personalIdentityNumber: pin.normalized,
    coordinationNumber: pin.coordinationNumber,
    dateOfBirth: pin.dateOfBirth,
    occurredOn,
    periodStart: periodStart || null,
    periodEnd: periodEnd || null,
    absencePercent,
    details,
    homeMunicipality: cell(cells, columns.homeMunicipality) || null,
  };
  const wrong = factsError(facts, today);
  if (wrong) {
    return refuse(
      wrong === 'frånvaro' ? ErrorCode.SIGNAL_ROW_PERCENT_INVALID : ErrorCode.SIGNAL_ROW_DATE_INVALID,
      wrong,
    );
  }
  return facts;
}
